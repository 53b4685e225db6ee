using TorchInterop.NN;
using static TorchInterop.Vision.Models.Convolutions;

namespace TorchInterop.Vision.Models;

/// <summary>torchvision's <c>BasicBlock</c>: two 3×3 convolutions with batch norm, plus the shortcut.</summary>
public sealed class BasicBlock : Module<Tensor, Tensor>
{
    /// <summary>Output channels per planes.</summary>
    public const int Expansion = 1;

    private readonly Module<Tensor, Tensor> _conv1, _bn1, _relu, _conv2, _bn2;
    private readonly Module<Tensor, Tensor>? _downsample;

    /// <summary>A block as <c>_make_layer</c> builds it.</summary>
    public BasicBlock(ResNetBlockArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Groups != 1 || args.BaseWidth != 64)
            throw new ArgumentException("BasicBlock only supports groups=1 and base_width=64", nameof(args));
        if (args.Dilation > 1) throw new NotSupportedException("Dilation > 1 not supported in BasicBlock");
        _conv1 = RegisterModule("conv1", Conv3x3(args.Inplanes, args.Planes, args.Stride))!;
        _bn1 = RegisterModule("bn1", args.NormLayer(args.Planes))!;
        _relu = RegisterModule("relu", new ReLU(inplace: true))!;
        _conv2 = RegisterModule("conv2", Conv3x3(args.Planes, args.Planes))!;
        _bn2 = RegisterModule("bn2", args.NormLayer(args.Planes))!;
        _downsample = RegisterModule("downsample", args.Downsample);
    }

    /// <summary>The second batch norm, which <c>zero_init_residual</c> starts at zero.</summary>
    public Module<Tensor, Tensor> Bn2 => _bn2;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        var output = _bn2.Forward(_conv2.Forward(_relu.Forward(_bn1.Forward(_conv1.Forward(input)))));
        output = output.Add_(_downsample?.Forward(input) ?? input);
        return _relu.Forward(output);
    }
}
