namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.LazyBatchNorm1d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)</c>: a
/// <see cref="BatchNorm1d"/> whose num_features is the first input's <c>shape[1]</c>; a BatchNorm1d after the first forward.
/// </summary>
public sealed class LazyBatchNorm1d : BatchNorm1d
{
    /// <summary>A lazy batch norm; <paramref name="bias"/> is PyTorch 2.x's keyword-only argument.</summary>
    public LazyBatchNorm1d(double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool trackRunningStats = true, DType? dtype = null, bool bias = true)
        : base(0, eps, momentum, false, false, dtype) => BecomeLazy(affine, trackRunningStats, bias, dtype);

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        InferLazily(input);
        return base.Forward(input);
    }

    internal override string ReprName => IsMaterialized ? nameof(BatchNorm1d) : base.ReprName;
}

/// <summary>
/// Python's <c>torch.nn.LazyBatchNorm2d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)</c>: a
/// <see cref="BatchNorm2d"/> whose num_features is the first input's <c>shape[1]</c>; a BatchNorm2d after the first forward.
/// </summary>
public sealed class LazyBatchNorm2d : BatchNorm2d
{
    /// <summary>A lazy batch norm; <paramref name="bias"/> is PyTorch 2.x's keyword-only argument.</summary>
    public LazyBatchNorm2d(double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool trackRunningStats = true, DType? dtype = null, bool bias = true)
        : base(0, eps, momentum, false, false, dtype) => BecomeLazy(affine, trackRunningStats, bias, dtype);

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        InferLazily(input);
        return base.Forward(input);
    }

    internal override string ReprName => IsMaterialized ? nameof(BatchNorm2d) : base.ReprName;
}

/// <summary>
/// Python's <c>torch.nn.LazyBatchNorm3d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)</c>: a
/// <see cref="BatchNorm3d"/> whose num_features is the first input's <c>shape[1]</c>; a BatchNorm3d after the first forward.
/// </summary>
public sealed class LazyBatchNorm3d : BatchNorm3d
{
    /// <summary>A lazy batch norm; <paramref name="bias"/> is PyTorch 2.x's keyword-only argument.</summary>
    public LazyBatchNorm3d(double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool trackRunningStats = true, DType? dtype = null, bool bias = true)
        : base(0, eps, momentum, false, false, dtype) => BecomeLazy(affine, trackRunningStats, bias, dtype);

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        InferLazily(input);
        return base.Forward(input);
    }

    internal override string ReprName => IsMaterialized ? nameof(BatchNorm3d) : base.ReprName;
}

/// <summary>
/// Python's <c>torch.nn.LazyInstanceNorm1d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)</c> (note
/// the lazy defaults): an <see cref="InstanceNorm1d"/> whose num_features is the first input's <c>shape[1]</c>.
/// </summary>
public sealed class LazyInstanceNorm1d : InstanceNorm1d
{
    /// <summary>A lazy instance norm; <paramref name="bias"/> is PyTorch 2.x's keyword-only argument.</summary>
    public LazyInstanceNorm1d(double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool trackRunningStats = true, DType? dtype = null, bool bias = true)
        : base(0, eps, momentum, false, false, dtype) => BecomeLazy(affine, trackRunningStats, bias, dtype);

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        InferLazily(input);
        return base.Forward(input);
    }

    internal override string ReprName => IsMaterialized ? nameof(InstanceNorm1d) : base.ReprName;
}

/// <summary>
/// Python's <c>torch.nn.LazyInstanceNorm2d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)</c> (note
/// the lazy defaults): an <see cref="InstanceNorm2d"/> whose num_features is the first input's <c>shape[1]</c>.
/// </summary>
public sealed class LazyInstanceNorm2d : InstanceNorm2d
{
    /// <summary>A lazy instance norm; <paramref name="bias"/> is PyTorch 2.x's keyword-only argument.</summary>
    public LazyInstanceNorm2d(double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool trackRunningStats = true, DType? dtype = null, bool bias = true)
        : base(0, eps, momentum, false, false, dtype) => BecomeLazy(affine, trackRunningStats, bias, dtype);

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        InferLazily(input);
        return base.Forward(input);
    }

    internal override string ReprName => IsMaterialized ? nameof(InstanceNorm2d) : base.ReprName;
}

/// <summary>
/// Python's <c>torch.nn.LazyInstanceNorm3d(eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)</c> (note
/// the lazy defaults): an <see cref="InstanceNorm3d"/> whose num_features is the first input's <c>shape[1]</c>.
/// </summary>
public sealed class LazyInstanceNorm3d : InstanceNorm3d
{
    /// <summary>A lazy instance norm; <paramref name="bias"/> is PyTorch 2.x's keyword-only argument.</summary>
    public LazyInstanceNorm3d(double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool trackRunningStats = true, DType? dtype = null, bool bias = true)
        : base(0, eps, momentum, false, false, dtype) => BecomeLazy(affine, trackRunningStats, bias, dtype);

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        InferLazily(input);
        return base.Forward(input);
    }

    internal override string ReprName => IsMaterialized ? nameof(InstanceNorm3d) : base.ReprName;
}
