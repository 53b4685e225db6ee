namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.Upsample(size=None, scale_factor=None, mode='nearest', align_corners=None,
/// recompute_scale_factor=None)</c>: <see cref="Functional.Interpolate"/> as a module. A number or tuple scale factor
/// is kept as floats, as PyTorch's constructor converts it.
/// </summary>
public class Upsample : Module<Tensor, Tensor>
{
    /// <summary>A module resampling to <paramref name="size"/> or by <paramref name="scaleFactor"/>.</summary>
    public Upsample(IntOrTuple? size = null, FloatOrTuple? scaleFactor = null, string mode = "nearest", bool? alignCorners = null,
        bool? recomputeScaleFactor = null)
    {
        ArgumentNullException.ThrowIfNull(mode);
        Size = size;
        // Python: tuple(float(f) for f in scale_factor) for a tuple, float(scale_factor) if scale_factor else None otherwise.
        ScaleFactor = scaleFactor is { } f && (f.IsTuple || f.Values.Any(v => v != 0)) ? f.AsFloats() : (FloatOrTuple?)null;
        Mode = mode;
        AlignCorners = alignCorners;
        RecomputeScaleFactor = recomputeScaleFactor;
    }

    /// <summary>The output size, or null when a scale factor is used.</summary>
    public IntOrTuple? Size { get; }

    /// <summary>The scale factor (as floats), or null when a size is used.</summary>
    public FloatOrTuple? ScaleFactor { get; }

    /// <summary>The interpolation mode.</summary>
    public string Mode { get; }

    /// <summary>Python's <c>align_corners</c>; null leaves interpolate's default.</summary>
    public bool? AlignCorners { get; }

    /// <summary>Python's <c>recompute_scale_factor</c>.</summary>
    public bool? RecomputeScaleFactor { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Interpolate(input, Size, ScaleFactor, Mode, AlignCorners, RecomputeScaleFactor);

    /// <inheritdoc/>
    protected override string ExtraRepr()
    {
        // 1.13 prints str() of the values, 2.x their repr() (the mode in quotes).
        string info = ScaleFactor is { } f ? "scale_factor=" + f : "size=" + (Size?.ToString() ?? "None");
        return info + ", mode=" + (LibTorch.IsAtLeast(2) ? "'" + Mode + "'" : Mode);
    }
}

/// <summary>Python's <c>torch.nn.UpsamplingNearest2d(size=None, scale_factor=None)</c>: <see cref="Upsample"/> with <c>mode='nearest'</c>.</summary>
public sealed class UpsamplingNearest2d(IntOrTuple? size = null, FloatOrTuple? scaleFactor = null) : Upsample(size, scaleFactor, "nearest");

/// <summary>
/// Python's <c>torch.nn.UpsamplingBilinear2d(size=None, scale_factor=None)</c>: <see cref="Upsample"/> with
/// <c>mode='bilinear', align_corners=True</c>.
/// </summary>
public sealed class UpsamplingBilinear2d(IntOrTuple? size = null, FloatOrTuple? scaleFactor = null) : Upsample(size, scaleFactor, "bilinear", alignCorners: true);
