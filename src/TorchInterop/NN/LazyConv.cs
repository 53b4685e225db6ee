namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.LazyConv1d(out_channels, kernel_size, ...)</c>: a <see cref="Conv1d"/> whose in_channels is
/// taken from the first input; a Conv1d to every observer after the first forward.
/// </summary>
public sealed class LazyConv1d : Conv1d
{
    /// <summary>A lazy 1-D convolution to <paramref name="outChannels"/> channels.</summary>
    public LazyConv1d(long outChannels, long kernelSize, long stride = 1, long padding = 0, long dilation = 1, long groups = 1, bool bias = true,
        string paddingMode = "zeros", DType? dtype = null)
        : base(0, 0, kernelSize, stride, padding, dilation, groups, false, paddingMode, dtype) => BecomeLazy(outChannels, bias, dtype);

    /// <summary>A lazy 1-D convolution with its sizes as one-element tuples (<c>kernel_size=(3,)</c>).</summary>
    public LazyConv1d(long outChannels, long[] kernelSize, long[]? stride = null, long[]? padding = null, long[]? dilation = null, long groups = 1,
        bool bias = true, string paddingMode = "zeros", DType? dtype = null)
        : base(0, 0, kernelSize, stride, padding, dilation, groups, false, paddingMode, dtype) => BecomeLazy(outChannels, bias, dtype);

    /// <summary>With padding <c>"same"</c> or <c>"valid"</c>.</summary>
    public LazyConv1d(long outChannels, long kernelSize, string padding, long stride = 1, long dilation = 1, long groups = 1, bool bias = true,
        string paddingMode = "zeros", DType? dtype = null)
        : base(0, 0, kernelSize, padding, stride, dilation, groups, false, paddingMode, dtype) => BecomeLazy(outChannels, bias, dtype);

    /// <inheritdoc/>
    public override void ResetParameters()
    {
        if (CanResetLazily) base.ResetParameters();
    }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        InferLazily(input);
        return base.Forward(input);
    }

    internal override string ReprName => IsMaterialized ? nameof(Conv1d) : base.ReprName;
}

/// <summary>
/// Python's <c>torch.nn.LazyConv2d(out_channels, kernel_size, ...)</c>: a <see cref="Conv2d"/> whose in_channels is
/// taken from the first input; a Conv2d to every observer after the first forward.
/// </summary>
public sealed class LazyConv2d : Conv2d
{
    /// <summary>A lazy 2-D convolution with square sizes.</summary>
    public LazyConv2d(long outChannels, long kernelSize, long stride = 1, long padding = 0, long dilation = 1, long groups = 1, bool bias = true,
        string paddingMode = "zeros", DType? dtype = null)
        : base(0, 0, kernelSize, stride, padding, dilation, groups, false, paddingMode, dtype) => BecomeLazy(outChannels, bias, dtype);

    /// <summary>A lazy 2-D convolution with per-dimension sizes.</summary>
    public LazyConv2d(long outChannels, long[] kernelSize, long[]? stride = null, long[]? padding = null, long[]? dilation = null, long groups = 1,
        bool bias = true, string paddingMode = "zeros", DType? dtype = null)
        : base(0, 0, kernelSize, stride, padding, dilation, groups, false, paddingMode, dtype) => BecomeLazy(outChannels, bias, dtype);

    /// <summary>With padding <c>"same"</c> or <c>"valid"</c>.</summary>
    public LazyConv2d(long outChannels, long[] kernelSize, string padding, long[]? stride = null, long[]? dilation = null, long groups = 1,
        bool bias = true, string paddingMode = "zeros", DType? dtype = null)
        : base(0, 0, kernelSize, padding, stride, dilation, groups, false, paddingMode, dtype) => BecomeLazy(outChannels, bias, dtype);

    /// <inheritdoc/>
    public override void ResetParameters()
    {
        if (CanResetLazily) base.ResetParameters();
    }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        InferLazily(input);
        return base.Forward(input);
    }

    internal override string ReprName => IsMaterialized ? nameof(Conv2d) : base.ReprName;
}

/// <summary>
/// Python's <c>torch.nn.LazyConv3d(out_channels, kernel_size, ...)</c>: a <see cref="Conv3d"/> whose in_channels is
/// taken from the first input; a Conv3d to every observer after the first forward.
/// </summary>
public sealed class LazyConv3d : Conv3d
{
    /// <summary>A lazy 3-D convolution with cubic sizes.</summary>
    public LazyConv3d(long outChannels, long kernelSize, long stride = 1, long padding = 0, long dilation = 1, long groups = 1, bool bias = true,
        string paddingMode = "zeros", DType? dtype = null)
        : base(0, 0, kernelSize, stride, padding, dilation, groups, false, paddingMode, dtype) => BecomeLazy(outChannels, bias, dtype);

    /// <summary>A lazy 3-D convolution with per-dimension sizes.</summary>
    public LazyConv3d(long outChannels, long[] kernelSize, long[]? stride = null, long[]? padding = null, long[]? dilation = null, long groups = 1,
        bool bias = true, string paddingMode = "zeros", DType? dtype = null)
        : base(0, 0, kernelSize, stride, padding, dilation, groups, false, paddingMode, dtype) => BecomeLazy(outChannels, bias, dtype);

    /// <summary>With padding <c>"same"</c> or <c>"valid"</c>.</summary>
    public LazyConv3d(long outChannels, long[] kernelSize, string padding, long[]? stride = null, long[]? dilation = null, long groups = 1,
        bool bias = true, string paddingMode = "zeros", DType? dtype = null)
        : base(0, 0, kernelSize, padding, stride, dilation, groups, false, paddingMode, dtype) => BecomeLazy(outChannels, bias, dtype);

    /// <inheritdoc/>
    public override void ResetParameters()
    {
        if (CanResetLazily) base.ResetParameters();
    }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        InferLazily(input);
        return base.Forward(input);
    }

    internal override string ReprName => IsMaterialized ? nameof(Conv3d) : base.ReprName;
}
