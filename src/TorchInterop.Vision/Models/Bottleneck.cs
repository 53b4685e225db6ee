using TorchInterop.NN;
using static TorchInterop.Vision.Models.Convolutions;

namespace TorchInterop.Vision.Models;

/// <summary>
/// torchvision's <c>Bottleneck</c> (ResNet v1.5): 1×1, 3×3 (carrying the stride), 1×1 convolutions with batch norm,
/// plus the shortcut.
/// </summary>
public sealed class Bottleneck : Module<Tensor, Tensor>
{
    /// <summary>Output channels per planes.</summary>
    public const int Expansion = 4;

    private readonly Module<Tensor, Tensor> _conv1, _bn1, _conv2, _bn2, _conv3, _bn3, _relu;
    private readonly Module<Tensor, Tensor>? _downsample;

    /// <summary>A block as <c>_make_layer</c> builds it.</summary>
    public Bottleneck(ResNetBlockArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        long width = (long)(args.Planes * (args.BaseWidth / 64.0)) * args.Groups;
        _conv1 = RegisterModule("conv1", Conv1x1(args.Inplanes, width))!;
        _bn1 = RegisterModule("bn1", args.NormLayer(width))!;
        _conv2 = RegisterModule("conv2", Conv3x3(width, width, args.Stride, args.Groups, args.Dilation))!;
        _bn2 = RegisterModule("bn2", args.NormLayer(width))!;
        _conv3 = RegisterModule("conv3", Conv1x1(width, args.Planes * Expansion))!;
        _bn3 = RegisterModule("bn3", args.NormLayer(args.Planes * Expansion))!;
        _relu = RegisterModule("relu", new ReLU(inplace: true))!;
        _downsample = RegisterModule("downsample", args.Downsample);
    }

    /// <summary>The last batch norm, which <c>zero_init_residual</c> starts at zero.</summary>
    public Module<Tensor, Tensor> Bn3 => _bn3;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        var output = _relu.Forward(_bn1.Forward(_conv1.Forward(input)));
        output = _relu.Forward(_bn2.Forward(_conv2.Forward(output)));
        output = _bn3.Forward(_conv3.Forward(output));
        output = output.Add_(_downsample?.Forward(input) ?? input);
        return _relu.Forward(output);
    }
}
