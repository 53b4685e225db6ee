namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.LazyConvTranspose1d(out_channels, kernel_size, ...)</c>: a <see cref="ConvTranspose1d"/> whose
/// in_channels is taken from the first input; a ConvTranspose1d to every observer after the first forward.
/// </summary>
public sealed class LazyConvTranspose1d : ConvTranspose1d
{
    /// <summary>A lazy 1-D transposed convolution to <paramref name="outChannels"/> channels.</summary>
    public LazyConvTranspose1d(long outChannels, long kernelSize, long stride = 1, long padding = 0, long outputPadding = 0, long groups = 1,
        bool bias = true, long dilation = 1, string paddingMode = "zeros", DType? dtype = null)
        : base(0, 0, kernelSize, stride, padding, outputPadding, groups, false, dilation, paddingMode, dtype) => BecomeLazy(outChannels, bias, dtype);

    /// <inheritdoc/>
    public override void ResetParameters()
    {
        if (CanResetLazily) base.ResetParameters();
    }

    internal override string ReprName => IsMaterialized ? nameof(ConvTranspose1d) : base.ReprName;
}

/// <summary>
/// Python's <c>torch.nn.LazyConvTranspose2d(out_channels, kernel_size, ...)</c>: a <see cref="ConvTranspose2d"/> whose
/// in_channels is taken from the first input; a ConvTranspose2d to every observer after the first forward.
/// </summary>
public sealed class LazyConvTranspose2d : ConvTranspose2d
{
    /// <summary>A lazy 2-D transposed convolution with square sizes.</summary>
    public LazyConvTranspose2d(long outChannels, long kernelSize, long stride = 1, long padding = 0, long outputPadding = 0, long groups = 1,
        bool bias = true, long dilation = 1, string paddingMode = "zeros", DType? dtype = null)
        : base(0, 0, kernelSize, stride, padding, outputPadding, groups, false, dilation, paddingMode, dtype) => BecomeLazy(outChannels, bias, dtype);

    /// <summary>A lazy 2-D transposed convolution with per-dimension sizes.</summary>
    public LazyConvTranspose2d(long outChannels, long[] kernelSize, long[]? stride = null, long[]? padding = null, long[]? outputPadding = null,
        long groups = 1, bool bias = true, long[]? dilation = null, string paddingMode = "zeros", DType? dtype = null)
        : base(0, 0, kernelSize, stride, padding, outputPadding, groups, false, dilation, paddingMode, dtype) => BecomeLazy(outChannels, bias, dtype);

    /// <inheritdoc/>
    public override void ResetParameters()
    {
        if (CanResetLazily) base.ResetParameters();
    }

    internal override string ReprName => IsMaterialized ? nameof(ConvTranspose2d) : base.ReprName;
}

/// <summary>
/// Python's <c>torch.nn.LazyConvTranspose3d(out_channels, kernel_size, ...)</c>: a <see cref="ConvTranspose3d"/> whose
/// in_channels is taken from the first input; a ConvTranspose3d to every observer after the first forward.
/// </summary>
public sealed class LazyConvTranspose3d : ConvTranspose3d
{
    /// <summary>A lazy 3-D transposed convolution with cubic sizes.</summary>
    public LazyConvTranspose3d(long outChannels, long kernelSize, long stride = 1, long padding = 0, long outputPadding = 0, long groups = 1,
        bool bias = true, long dilation = 1, string paddingMode = "zeros", DType? dtype = null)
        : base(0, 0, kernelSize, stride, padding, outputPadding, groups, false, dilation, paddingMode, dtype) => BecomeLazy(outChannels, bias, dtype);

    /// <summary>A lazy 3-D transposed convolution with per-dimension sizes.</summary>
    public LazyConvTranspose3d(long outChannels, long[] kernelSize, long[]? stride = null, long[]? padding = null, long[]? outputPadding = null,
        long groups = 1, bool bias = true, long[]? dilation = null, string paddingMode = "zeros", DType? dtype = null)
        : base(0, 0, kernelSize, stride, padding, outputPadding, groups, false, dilation, paddingMode, dtype) => BecomeLazy(outChannels, bias, dtype);

    /// <inheritdoc/>
    public override void ResetParameters()
    {
        if (CanResetLazily) base.ResetParameters();
    }

    internal override string ReprName => IsMaterialized ? nameof(ConvTranspose3d) : base.ReprName;
}
