namespace TorchInterop.Vision.Models;

/// <summary>
/// A set of pretrained weights as torchvision names them (<c>ResNet18_Weights.IMAGENET1K_V1</c>): where torchvision
/// downloads the file from, and how many classes the classifier has.
/// </summary>
/// <param name="Name">torchvision's name, e.g. <c>ResNet18_Weights.IMAGENET1K_V1</c>.</param>
/// <param name="Url">The file's address; its name (with the hash prefix) is the name in the torch hub cache.</param>
/// <param name="NumClasses">The classifier's outputs (ImageNet-1k: 1000).</param>
public sealed record Weights(string Name, string Url, long NumClasses = 1000)
{
    /// <summary>The file name in the cache: the last segment of <see cref="Url"/>.</summary>
    public string FileName => Url[(Url.LastIndexOf('/') + 1)..];

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>torchvision 0.14's pretrained ResNet weights; <c>Default</c> is torchvision's <c>DEFAULT</c>.</summary>
public static class ResNetWeights
{
    private const string Models = "https://download.pytorch.org/models/";

#pragma warning disable CS1591 // each is named after torchvision's entry
    public static Weights ResNet18ImageNet1KV1 { get; } = new("ResNet18_Weights.IMAGENET1K_V1", Models + "resnet18-f37072fd.pth");
    public static Weights ResNet34ImageNet1KV1 { get; } = new("ResNet34_Weights.IMAGENET1K_V1", Models + "resnet34-b627a593.pth");
    public static Weights ResNet50ImageNet1KV1 { get; } = new("ResNet50_Weights.IMAGENET1K_V1", Models + "resnet50-0676ba61.pth");
    public static Weights ResNet50ImageNet1KV2 { get; } = new("ResNet50_Weights.IMAGENET1K_V2", Models + "resnet50-11ad3fa6.pth");
    public static Weights ResNet101ImageNet1KV1 { get; } = new("ResNet101_Weights.IMAGENET1K_V1", Models + "resnet101-63fe2227.pth");
    public static Weights ResNet101ImageNet1KV2 { get; } = new("ResNet101_Weights.IMAGENET1K_V2", Models + "resnet101-cd907fc2.pth");
    public static Weights ResNet152ImageNet1KV1 { get; } = new("ResNet152_Weights.IMAGENET1K_V1", Models + "resnet152-394f9c45.pth");
    public static Weights ResNet152ImageNet1KV2 { get; } = new("ResNet152_Weights.IMAGENET1K_V2", Models + "resnet152-f82ba261.pth");
#pragma warning restore CS1591

    /// <summary>torchvision's <c>ResNet18_Weights.DEFAULT</c>.</summary>
    public static Weights ResNet18Default => ResNet18ImageNet1KV1;

    /// <summary>torchvision's <c>ResNet34_Weights.DEFAULT</c>.</summary>
    public static Weights ResNet34Default => ResNet34ImageNet1KV1;

    /// <summary>torchvision's <c>ResNet50_Weights.DEFAULT</c>.</summary>
    public static Weights ResNet50Default => ResNet50ImageNet1KV2;

    /// <summary>torchvision's <c>ResNet101_Weights.DEFAULT</c>.</summary>
    public static Weights ResNet101Default => ResNet101ImageNet1KV2;

    /// <summary>torchvision's <c>ResNet152_Weights.DEFAULT</c>.</summary>
    public static Weights ResNet152Default => ResNet152ImageNet1KV2;
}
