namespace TorchInterop.NN;

// PyTorch's _LazyNormBase for the InstanceNorm classes: num_features taken from the first input's channel dimension.
public abstract partial class InstanceNorm
{
    private LazyInitialization? _lazyInitialization;

    /// <summary>
    /// Whether the module is its non-lazy class to every observer: always for the others; for a lazy norm, after its
    /// first forward.
    /// </summary>
    public bool IsMaterialized => _lazyInitialization is not { Done: false };

    // The lazy constructor's part after the base (0, ..., affine=False, track_running_stats=False) construction:
    // placeholders for what affine and track_running_stats ask for, and the pre-hook that materializes them.
    private protected void BecomeLazy(bool affine, bool trackRunningStats, bool bias, DType? dtype)
    {
        NormalizationBias.Check(bias, ReprName);
        LazyModule.WarnExperimental();
        Affine = affine;
        TrackRunningStats = trackRunningStats;
        if (affine)
        {
            RegisterParameter("weight", LazyModule.UninitializedParameter(dtype: dtype));
            if (bias) RegisterParameter("bias", LazyModule.UninitializedParameter(dtype: dtype));
        }
        if (trackRunningStats)
        {
            RegisterBuffer("running_mean", LazyModule.UninitializedBuffer(dtype: dtype));
            RegisterBuffer("running_var", LazyModule.UninitializedBuffer(dtype: dtype));
            RegisterBuffer("num_batches_tracked", Torch.Tensor(0L));
        }
        _lazyInitialization = LazyInitialization.Register(this, InitializeLazily);
    }

    /// <summary>PyTorch's <c>reset_parameters</c>: running statistics to zero mean, unit variance and no batch, weight ones, bias zeros.</summary>
    public void ResetParameters()
    {
        GetBuffer("running_mean")?.Zero_();
        GetBuffer("running_var")?.Fill_(1.0);
        GetBuffer("num_batches_tracked")?.Zero_();
        if (GetParameter("weight") is { } weight) Init.Ones_(weight);
        if (GetParameter("bias") is { } bias) Init.Zeros_(bias);
    }

    // A lazy module's forward called directly: what the pre-hook does on a call.
    private protected void InferLazily(Tensor input) => _lazyInitialization?.Infer(this, input);

    // _LazyNormBase.initialize_parameters, then its reset_parameters (which skips nothing once the shapes are known).
    private void InitializeLazily(Tensor input)
    {
        if (!LazyModule.HasUninitializedParams(this)) return;
        NumFeatures = LazyModule.ChannelCount(input);
        using (Autograd.NoGrad())
        {
            LazyModule.MaterializeOwnAsVectors(this, NumFeatures);
            if (NumFeatures != 0) ResetParameters();
        }
    }
}
