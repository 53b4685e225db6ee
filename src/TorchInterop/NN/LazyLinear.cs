namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.LazyLinear(out_features, bias=True)</c>: a <see cref="Linear"/> whose <c>in_features</c> is
/// taken from the first input's last dimension. Until then the weight and bias are uninitialized placeholders;
/// after the first forward the module is a Linear to every observer (its repr, <c>Parameters()</c>, state dict),
/// initialized as PyTorch initializes it from the same seed.
/// </summary>
public sealed class LazyLinear : Linear
{
    /// <summary>A linear layer to <paramref name="outFeatures"/> features, its input size inferred.</summary>
    public LazyLinear(long outFeatures, bool bias = true, DType? dtype = null) : base(0, 0, false, dtype)
    {
        LazyModule.WarnExperimental();
        RegisterParameter("weight", LazyModule.UninitializedParameter(dtype: dtype));
        OutFeatures = outFeatures;
        if (bias) RegisterParameter("bias", LazyModule.UninitializedParameter(dtype: dtype));
        _lazyInitialization = LazyInitialization.Register(this, InitializeParameters);
    }

    private readonly LazyInitialization _lazyInitialization;

    /// <summary>Whether the module is a Linear to every observer (after the first forward).</summary>
    public bool IsMaterialized => _lazyInitialization.Done;

    /// <summary>PyTorch's <c>reset_parameters</c>: nothing while the shapes are unknown.</summary>
    public override void ResetParameters()
    {
        if (!LazyModule.HasUninitializedParams(this) && InFeatures != 0) base.ResetParameters();
    }

    /// <summary>PyTorch's <c>initialize_parameters</c>: in_features from <paramref name="input"/>'s last dimension, then the initialization.</summary>
    public void InitializeParameters(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!LazyModule.HasUninitializedParams(this)) return;
        using (Autograd.NoGrad())
        {
            InFeatures = input.Shape[^1];
            LazyModule.Materialize(Weight, [OutFeatures, InFeatures]);
            if (Bias is { } bias) LazyModule.Materialize(bias, [OutFeatures]);
            ResetParameters();
        }
    }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        _lazyInitialization.Infer(this, input);
        return base.Forward(input);
    }

    internal override string ReprName => IsMaterialized ? "Linear" : base.ReprName;
}
