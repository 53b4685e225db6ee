using TorchInterop.NN;

namespace TorchInterop.Vision.Models;

/// <summary>What torchvision's <c>_make_layer</c> passes to a residual block's constructor.</summary>
/// <param name="Inplanes">Channels coming in.</param>
/// <param name="Planes">The block's width before expansion.</param>
/// <param name="Stride">The block's stride (downsampling when not 1).</param>
/// <param name="Downsample">The shortcut's projection, or null for the identity.</param>
/// <param name="Groups">Convolution groups (ResNeXt).</param>
/// <param name="BaseWidth">Channels per group at the first stage (64 for ResNet).</param>
/// <param name="Dilation">The 3×3 convolution's dilation.</param>
/// <param name="NormLayer">Makes the normalization layer for a number of channels.</param>
public sealed record ResNetBlockArgs(
    long Inplanes, long Planes, long Stride, Module<Tensor, Tensor>? Downsample, long Groups, long BaseWidth, long Dilation,
    Func<long, Module<Tensor, Tensor>> NormLayer);

/// <summary>
/// A kind of residual block, as the class torchvision's <c>ResNet</c> receives: its channel expansion and how to build
/// one. <see cref="Basic"/> and <see cref="Bottleneck"/> are torchvision's two.
/// </summary>
/// <param name="Expansion">Output channels are <c>planes × Expansion</c>.</param>
/// <param name="Create">Builds one block.</param>
public sealed record ResNetBlock(int Expansion, Func<ResNetBlockArgs, Module<Tensor, Tensor>> Create)
{
    /// <summary>torchvision's <c>BasicBlock</c> (two 3×3 convolutions): resnet18 and resnet34.</summary>
    public static ResNetBlock Basic { get; } = new(BasicBlock.Expansion, args => new BasicBlock(args));

    /// <summary>torchvision's <c>Bottleneck</c> (1×1, 3×3, 1×1): resnet50 and deeper, ResNeXt, wide ResNet.</summary>
    public static ResNetBlock Bottleneck { get; } = new(Models.Bottleneck.Expansion, args => new Bottleneck(args));
}
