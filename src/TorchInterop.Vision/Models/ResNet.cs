using TorchInterop.NN;

namespace TorchInterop.Vision.Models;

/// <summary>
/// torchvision's <c>ResNet</c> (0.14): the same modules, names, order and initialization, so that after the same
/// <c>manual_seed</c> the parameters equal torchvision's bit for bit and a state dict saved by Python loads here.
/// </summary>
public sealed class ResNet : Module<Tensor, Tensor>
{
    private readonly ResNetBlock _block;
    private readonly Func<long, Module<Tensor, Tensor>> _normLayer;
    private readonly long _groups, _baseWidth;
    private long _inplanes = 64, _dilation = 1;
    private readonly Module<Tensor, Tensor> _conv1, _bn1, _relu, _maxpool, _layer1, _layer2, _layer3, _layer4, _avgpool;

    /// <summary>
    /// Python's <c>ResNet(block, layers, num_classes=1000, zero_init_residual=False, groups=1, width_per_group=64,
    /// replace_stride_with_dilation=None, norm_layer=None)</c>.
    /// </summary>
    /// <param name="block">The residual block: <see cref="ResNetBlock.Basic"/> or <see cref="ResNetBlock.Bottleneck"/>.</param>
    /// <param name="layers">How many blocks in each of the four stages.</param>
    /// <param name="numClasses">Outputs of the final linear layer.</param>
    /// <param name="zeroInitResidual">Start each block's last batch norm at zero, so that blocks begin as identities.</param>
    /// <param name="groups">Convolution groups in the blocks (ResNeXt).</param>
    /// <param name="widthPerGroup">Channels per group.</param>
    /// <param name="replaceStrideWithDilation">For stages 2 to 4: dilate instead of striding.</param>
    /// <param name="normLayer">Makes the normalization layer for a number of channels; <see cref="BatchNorm2d"/> by default.</param>
    public ResNet(ResNetBlock block, IReadOnlyList<int> layers, long numClasses = 1000, bool zeroInitResidual = false,
        long groups = 1, long widthPerGroup = 64, IReadOnlyList<bool>? replaceStrideWithDilation = null,
        Func<long, Module<Tensor, Tensor>>? normLayer = null)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(layers);
        if (layers.Count != 4) throw new ArgumentException($"layers should have 4 elements, got {layers.Count}", nameof(layers));
        replaceStrideWithDilation ??= [false, false, false];
        if (replaceStrideWithDilation.Count != 3)
            throw new ArgumentException("replace_stride_with_dilation should be None or a 3-element tuple, got [" +
                string.Join(", ", replaceStrideWithDilation.Select(b => b ? "True" : "False")) + "]", nameof(replaceStrideWithDilation));
        _block = block;
        _normLayer = normLayer ?? (channels => new BatchNorm2d(channels));
        _groups = groups;
        _baseWidth = widthPerGroup;

        _conv1 = RegisterModule("conv1", new Conv2d(3, _inplanes, kernelSize: 7, stride: 2, padding: 3, bias: false))!;
        _bn1 = RegisterModule("bn1", _normLayer(_inplanes))!;
        _relu = RegisterModule("relu", new ReLU(inplace: true))!;
        _maxpool = RegisterModule("maxpool", new MaxPool2d(kernelSize: 3, stride: 2, padding: 1))!;
        _layer1 = RegisterModule("layer1", MakeLayer(64, layers[0]))!;
        _layer2 = RegisterModule("layer2", MakeLayer(128, layers[1], stride: 2, dilate: replaceStrideWithDilation[0]))!;
        _layer3 = RegisterModule("layer3", MakeLayer(256, layers[2], stride: 2, dilate: replaceStrideWithDilation[1]))!;
        _layer4 = RegisterModule("layer4", MakeLayer(512, layers[3], stride: 2, dilate: replaceStrideWithDilation[2]))!;
        _avgpool = RegisterModule("avgpool", new AdaptiveAvgPool2d(1, 1))!;
        Fc = RegisterModule("fc", new Linear(512 * block.Expansion, numClasses))!;

        foreach (var module in Modules())
        {
            if (module is Conv2d conv)
                Init.KaimingNormal_(conv.Weight, mode: "fan_out", nonlinearity: "relu");
            else if (module is BatchNorm2d or GroupNorm)
            {
                if (module.GetParameter("weight") is { } weight) Init.Constant_(weight, 1);
                if (module.GetParameter("bias") is { } bias) Init.Constant_(bias, 0);
            }
        }
        if (zeroInitResidual)
        {
            foreach (var module in Modules())
            {
                var lastNorm = module switch { Bottleneck b => b.Bn3, BasicBlock b => b.Bn2, _ => null };
                if (lastNorm?.GetParameter("weight") is { } weight) Init.Constant_(weight, 0);
            }
        }
    }

    /// <summary>The classifier: a linear layer from the pooled features to the classes.</summary>
    public Linear Fc { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        var x = _maxpool.Forward(_relu.Forward(_bn1.Forward(_conv1.Forward(input))));
        x = _layer4.Forward(_layer3.Forward(_layer2.Forward(_layer1.Forward(x))));
        return Fc.Forward(Torch.Flatten(_avgpool.Forward(x), 1));
    }

    private Sequential MakeLayer(long planes, int blocks, long stride = 1, bool dilate = false)
    {
        Module<Tensor, Tensor>? downsample = null;
        long previousDilation = _dilation;
        if (dilate)
        {
            _dilation *= stride;
            stride = 1;
        }
        if (stride != 1 || _inplanes != planes * _block.Expansion)
            downsample = new Sequential(Convolutions.Conv1x1(_inplanes, planes * _block.Expansion, stride), _normLayer(planes * _block.Expansion));

        var layer = new Sequential(_block.Create(new(_inplanes, planes, stride, downsample, _groups, _baseWidth, previousDilation, _normLayer)));
        _inplanes = planes * _block.Expansion;
        for (int i = 1; i < blocks; i++)
            layer.Append(_block.Create(new(_inplanes, planes, 1, null, _groups, _baseWidth, _dilation, _normLayer)));
        return layer;
    }
}
