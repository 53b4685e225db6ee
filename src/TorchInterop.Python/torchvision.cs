using TorchInterop.Vision.Models;

namespace TorchInterop.Python;

/// <summary>torchvision's module members under their Python names: <c>model.fc</c>.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class VisionModelExtensions
{
    extension(ResNet model)
    {
        /// <summary><c>model.fc</c>: the classifier.</summary>
        public TorchInterop.NN.Linear fc => model.Fc;
    }
}

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>The torchvision package: <c>torchvision.models.resnet18()</c> and the other ResNets.</summary>
public static class torchvision
{
    /// <summary><c>torchvision.models</c></summary>
    public static class models
    {
        /// <summary><c>torchvision.models.resnet18(weights=None, *, num_classes=1000, zero_init_residual=False)</c>; the deprecated <c>pretrained=True</c> warns as torchvision does.</summary>
        public static ResNet resnet18(Weights? weights = null, bool? pretrained = null, long num_classes = 1000, bool zero_init_residual = false) =>
            ResNets.ResNet18(Legacy(weights, pretrained, ResNetWeights.ResNet18Default), num_classes, zero_init_residual);

        /// <summary><c>torchvision.models.resnet34(weights=None, ...)</c></summary>
        public static ResNet resnet34(Weights? weights = null, bool? pretrained = null, long num_classes = 1000, bool zero_init_residual = false) =>
            ResNets.ResNet34(Legacy(weights, pretrained, ResNetWeights.ResNet34Default), num_classes, zero_init_residual);

        /// <summary><c>torchvision.models.resnet50(weights=None, ...)</c></summary>
        public static ResNet resnet50(Weights? weights = null, bool? pretrained = null, long num_classes = 1000, bool zero_init_residual = false) =>
            ResNets.ResNet50(Legacy(weights, pretrained, ResNetWeights.ResNet50ImageNet1KV1), num_classes, zero_init_residual);

        /// <summary><c>torchvision.models.resnet101(weights=None, ...)</c></summary>
        public static ResNet resnet101(Weights? weights = null, bool? pretrained = null, long num_classes = 1000, bool zero_init_residual = false) =>
            ResNets.ResNet101(Legacy(weights, pretrained, ResNetWeights.ResNet101ImageNet1KV1), num_classes, zero_init_residual);

        /// <summary><c>torchvision.models.resnet152(weights=None, ...)</c></summary>
        public static ResNet resnet152(Weights? weights = null, bool? pretrained = null, long num_classes = 1000, bool zero_init_residual = false) =>
            ResNets.ResNet152(Legacy(weights, pretrained, ResNetWeights.ResNet152ImageNet1KV1), num_classes, zero_init_residual);

        /// <summary><c>torchvision.models.ResNet18_Weights</c></summary>
        public static class ResNet18_Weights
        {
            /// <summary><c>IMAGENET1K_V1</c></summary>
            public static Weights IMAGENET1K_V1 => ResNetWeights.ResNet18ImageNet1KV1;

            /// <summary><c>DEFAULT</c></summary>
            public static Weights DEFAULT => ResNetWeights.ResNet18Default;
        }

        /// <summary><c>torchvision.models.ResNet50_Weights</c></summary>
        public static class ResNet50_Weights
        {
            /// <summary><c>IMAGENET1K_V1</c></summary>
            public static Weights IMAGENET1K_V1 => ResNetWeights.ResNet50ImageNet1KV1;

            /// <summary><c>IMAGENET1K_V2</c></summary>
            public static Weights IMAGENET1K_V2 => ResNetWeights.ResNet50ImageNet1KV2;

            /// <summary><c>DEFAULT</c></summary>
            public static Weights DEFAULT => ResNetWeights.ResNet50Default;
        }

        /// <summary>
        /// torchvision's <c>handle_legacy_interface</c>: <c>pretrained=True</c> means the weights the legacy API loaded
        /// (<paramref name="legacyWeights"/>, which for resnet50 and deeper is V1, not DEFAULT), with its two warnings.
        /// </summary>
        private static Weights? Legacy(Weights? weights, bool? pretrained, Weights legacyWeights)
        {
            if (pretrained is not { } isPretrained || weights is not null) return weights;
            const string file = "torchvision/models/_utils.py";
            Warnings.Raise("The parameter 'pretrained' is deprecated since 0.13 and may be removed in the future, please use 'weights' instead.", file);
            string message = "Arguments other than a weight enum or `None` for 'weights' are deprecated since 0.13 and may be removed in the future. " +
                $"The current behavior is equivalent to passing `weights={(isPretrained ? legacyWeights.Name : "None")}`.";
            if (isPretrained)
                message += $" You can also use `weights={legacyWeights.Name[..legacyWeights.Name.IndexOf('.')]}.DEFAULT` to get the most up-to-date weights.";
            Warnings.Raise(message, file);
            return isPretrained ? legacyWeights : null;
        }
    }
}
