namespace TorchInterop.NN;

public static partial class Functional
{
    /// <summary>
    /// <c>F.interpolate(input, size=None, scale_factor=None, mode='nearest', align_corners=None,
    /// recompute_scale_factor=None, antialias=False)</c>: resamples the spatial dimensions of an (N, C, d1, ..., dK)
    /// input with PyTorch's checks, messages and ATen kernels (modes <c>nearest</c>, <c>nearest-exact</c>,
    /// <c>linear</c>, <c>bilinear</c>, <c>bicubic</c>, <c>trilinear</c>, <c>area</c>, and 2.x's <c>lanczos</c>).
    /// </summary>
    public static Tensor Interpolate(Tensor input, IntOrTuple? size = null, FloatOrTuple? scaleFactor = null, string mode = "nearest",
        bool? alignCorners = null, bool? recomputeScaleFactor = null, bool antialias = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(mode);
        if (mode is "nearest" or "area" or "nearest-exact")
        {
            if (alignCorners is not null)
                throw new TorchException("align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear",
                    TorchErrorKind.ValueError);
        }
        else
        {
            alignCorners ??= false;
        }

        int dim = (int)input.Dim - 2;
        long[]? outputSize = null;
        double[]? scaleFactors = null;
        string spatial = "[" + string.Join(", ", input.Shape.Skip(2)) + "]";
        if (size is not null && scaleFactor is not null)
            throw new TorchException("only one of size or scale_factor should be defined", TorchErrorKind.ValueError);
        if (size is { } s)
        {
            if (!s.IsNumber && s.Values.Count != dim)
                throw new TorchException("Input and output must have the same number of spatial dimensions, but got " +
                    $"input with spatial dimensions of {spatial} and output size of {s}. " +
                    "Please provide input tensor in (N, C, d1, d2, ...,dK) format and output size in (o1, o2, ...,oK) format.", TorchErrorKind.ValueError);
            outputSize = s.Expand(Math.Max(dim, 0));
        }
        else if (scaleFactor is { } f)
        {
            if (!f.IsNumber && f.Values.Count != dim)
                throw new TorchException("Input and scale_factor must have the same number of spatial dimensions, but " +
                    $"got input with spatial dimensions of {spatial} and scale_factor of shape {f}. " +
                    "Please provide input tensor in (N, C, d1, d2, ...,dK) format and scale_factor in (s1, s2, ...,sK) format.", TorchErrorKind.ValueError);
            scaleFactors = f.Expand(Math.Max(dim, 0));
        }
        else
        {
            throw new TorchException("either size or scale_factor should be defined", TorchErrorKind.ValueError);
        }

        if (recomputeScaleFactor == true && size is not null)
            throw new TorchException("recompute_scale_factor is not meaningful with an explicit size.", TorchErrorKind.ValueError);
        // "area" needs an explicit size: it takes the recompute path.
        if (mode == "area" && outputSize is null) recomputeScaleFactor = true;
        if (recomputeScaleFactor == true)
        {
            outputSize = [.. scaleFactors!.Select((factor, i) => (long)Math.Floor(input.Size(i + 2) * factor))];
            scaleFactors = null;
        }

        if (antialias && !(mode is "bilinear" or "bicubic" or "lanczos" && input.Dim == 4 && (mode != "lanczos" || LibTorch.IsAtLeast(2))))
            throw new TorchException(LibTorch.IsAtLeast(2)
                ? "Anti-alias option is restricted to bilinear, bicubic, and lanczos modes and requires a 4-D tensor as input"
                : "Anti-alias option is only supported for bilinear and bicubic modes", TorchErrorKind.ValueError);

        bool corners = alignCorners ?? false;
        switch (input.Dim, mode)
        {
            case (3, "nearest"): return Torch.UpsampleNearest1d(input, outputSize, scaleFactors);
            case (4, "nearest"): return Torch.UpsampleNearest2d(input, outputSize, scaleFactors);
            case (5, "nearest"): return Torch.UpsampleNearest3d(input, outputSize, scaleFactors);
            case (3, "nearest-exact"): return Torch._UpsampleNearestExact1d(input, outputSize, scaleFactors);
            case (4, "nearest-exact"): return Torch._UpsampleNearestExact2d(input, outputSize, scaleFactors);
            case (5, "nearest-exact"): return Torch._UpsampleNearestExact3d(input, outputSize, scaleFactors);
            case (3, "area"): return AdaptiveAvgPool1d(input, IntOrTuple.Tuple(outputSize!));
            case (4, "area"): return AdaptiveAvgPool2d(input, IntOrTuple.Tuple(outputSize!));
            case (5, "area"): return AdaptiveAvgPool3d(input, IntOrTuple.Tuple(outputSize!));
            case (3, "linear"): return Torch.UpsampleLinear1d(input, outputSize, corners, scaleFactors);
            case (4, "bilinear"):
                return antialias ? Torch._UpsampleBilinear2dAa(input, outputSize, corners, scaleFactors) : Torch.UpsampleBilinear2d(input, outputSize, corners, scaleFactors);
            case (5, "trilinear"): return Torch.UpsampleTrilinear3d(input, outputSize, corners, scaleFactors);
            case (4, "bicubic"):
                return antialias ? Torch._UpsampleBicubic2dAa(input, outputSize, corners, scaleFactors) : Torch.UpsampleBicubic2d(input, outputSize, corners, scaleFactors);
#if LIBTORCH_2
            case (4, "lanczos"):
                if (corners) throw new TorchException("Lanczos mode does not support align_corners=True", TorchErrorKind.ValueError);
                if (!antialias) throw new TorchException("Lanczos mode requires antialias=True", TorchErrorKind.ValueError);
                return Torch._UpsampleLanczos2dAa(input, outputSize, corners, scaleFactors);
#endif
            case (3, "bilinear"): throw NotImplemented("Got 3D input, but bilinear mode needs 4D input");
            case (3, "trilinear"): throw NotImplemented("Got 3D input, but trilinear mode needs 5D input");
            case (4, "linear"): throw NotImplemented("Got 4D input, but linear mode needs 3D input");
            case (4, "trilinear"): throw NotImplemented("Got 4D input, but trilinear mode needs 5D input");
            case (5, "linear"): throw NotImplemented("Got 5D input, but linear mode needs 3D input");
            case (5, "bilinear"): throw NotImplemented("Got 5D input, but bilinear mode needs 4D input");
        }
        string modes = LibTorch.IsAtLeast(2)
            ? "nearest | linear | bilinear | bicubic | trilinear | lanczos | area | nearest-exact"
            : "nearest | linear | bilinear | bicubic | trilinear | area | nearest-exact";
        throw NotImplemented($"Input Error: Only 3D, 4D and 5D input Tensors supported (got {input.Dim}D) for the modes: {modes} (got {mode})");
    }

    /// <summary><c>F.upsample(input, size=None, scale_factor=None, mode='nearest', align_corners=None)</c>: deprecated <see cref="Interpolate"/>.</summary>
    public static Tensor Upsample(Tensor input, IntOrTuple? size = null, FloatOrTuple? scaleFactor = null, string mode = "nearest", bool? alignCorners = null)
    {
        WarnDeprecatedUpsample("upsample");
        return Interpolate(input, size, scaleFactor, mode, alignCorners);
    }

    /// <summary><c>F.upsample_nearest(input, size=None, scale_factor=None)</c>: deprecated <see cref="Interpolate"/> with <c>mode='nearest'</c>.</summary>
    public static Tensor UpsampleNearest(Tensor input, IntOrTuple? size = null, FloatOrTuple? scaleFactor = null)
    {
        WarnDeprecatedUpsample("upsample_nearest");
        return Interpolate(input, size, scaleFactor, "nearest");
    }

    /// <summary>
    /// <c>F.upsample_bilinear(input, size=None, scale_factor=None)</c>: deprecated <see cref="Interpolate"/> with
    /// <c>mode='bilinear', align_corners=True</c>.
    /// </summary>
    public static Tensor UpsampleBilinear(Tensor input, IntOrTuple? size = null, FloatOrTuple? scaleFactor = null)
    {
        WarnDeprecatedUpsample("upsample_bilinear");
        return Interpolate(input, size, scaleFactor, "bilinear", alignCorners: true);
    }

    // 1.13 and 2.x word the deprecation differently (2.x quotes the names in backticks).
    private static void WarnDeprecatedUpsample(string name) => Warnings.Raise(LibTorch.IsAtLeast(2)
        ? $"`nn.functional.{name}` is deprecated. Use `nn.functional.interpolate` instead."
        : $"nn.functional.{name} is deprecated. Use nn.functional.interpolate instead.", FunctionalFile);

    private static TorchException NotImplemented(string message) => new(message, TorchErrorKind.NotImplementedError);
}
