using TorchInterop.NN;

namespace TorchInterop.Vision.Models;

/// <summary>
/// torchvision's ResNet builders (<c>torchvision.models.resnet18(weights=None, **kwargs)</c> and the others): the
/// architecture, seeded initialization, and optionally pretrained weights read from the torch hub cache.
/// </summary>
public static class ResNets
{
    /// <summary>ResNet-18: basic blocks [2, 2, 2, 2].</summary>
    public static ResNet ResNet18(Weights? weights = null, long numClasses = 1000, bool zeroInitResidual = false) =>
        Build(ResNetBlock.Basic, [2, 2, 2, 2], weights, numClasses, zeroInitResidual);

    /// <summary>ResNet-34: basic blocks [3, 4, 6, 3].</summary>
    public static ResNet ResNet34(Weights? weights = null, long numClasses = 1000, bool zeroInitResidual = false) =>
        Build(ResNetBlock.Basic, [3, 4, 6, 3], weights, numClasses, zeroInitResidual);

    /// <summary>ResNet-50: bottleneck blocks [3, 4, 6, 3].</summary>
    public static ResNet ResNet50(Weights? weights = null, long numClasses = 1000, bool zeroInitResidual = false) =>
        Build(ResNetBlock.Bottleneck, [3, 4, 6, 3], weights, numClasses, zeroInitResidual);

    /// <summary>ResNet-101: bottleneck blocks [3, 4, 23, 3].</summary>
    public static ResNet ResNet101(Weights? weights = null, long numClasses = 1000, bool zeroInitResidual = false) =>
        Build(ResNetBlock.Bottleneck, [3, 4, 23, 3], weights, numClasses, zeroInitResidual);

    /// <summary>ResNet-152: bottleneck blocks [3, 8, 36, 3].</summary>
    public static ResNet ResNet152(Weights? weights = null, long numClasses = 1000, bool zeroInitResidual = false) =>
        Build(ResNetBlock.Bottleneck, [3, 8, 36, 3], weights, numClasses, zeroInitResidual);

    /// <summary>ResNeXt-50 32×4d: bottleneck blocks [3, 4, 6, 3], 32 groups of width 4.</summary>
    public static ResNet ResNeXt50_32X4D(long numClasses = 1000, bool zeroInitResidual = false) =>
        new(ResNetBlock.Bottleneck, [3, 4, 6, 3], numClasses, zeroInitResidual, groups: 32, widthPerGroup: 4);

    /// <summary>Wide ResNet-50-2: bottleneck blocks [3, 4, 6, 3], twice as wide inside.</summary>
    public static ResNet WideResNet50_2(long numClasses = 1000, bool zeroInitResidual = false) =>
        new(ResNetBlock.Bottleneck, [3, 4, 6, 3], numClasses, zeroInitResidual, widthPerGroup: 128);

    private static ResNet Build(ResNetBlock block, int[] layers, Weights? weights, long numClasses, bool zeroInitResidual)
    {
        if (weights is not null && numClasses != weights.NumClasses)
            throw new ArgumentException($"The parameter 'num_classes' expected value {weights.NumClasses} but got {numClasses} instead.", nameof(numClasses));
        var model = new ResNet(block, layers, numClasses, zeroInitResidual);
        if (weights is not null) model.LoadStateDict(TorchHub.LoadStateDictFromUrl(weights.Url));
        return model;
    }
}
