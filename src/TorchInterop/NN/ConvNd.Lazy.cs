using System.Globalization;

namespace TorchInterop.NN;

// PyTorch's _LazyConvXdMixin: the shapes a lazy convolution takes from its first input.
public abstract partial class ConvNd
{
    private LazyInitialization? _lazyInitialization;

    /// <summary>
    /// Whether the module is its non-lazy class to every observer: always for the others; for a lazy convolution, after
    /// its first forward (even where a loaded state dict had already given the parameters their shapes).
    /// </summary>
    public bool IsMaterialized => _lazyInitialization is not { Done: false };

    // The lazy constructor's part after the base (0, 0, ..., bias=False) construction: placeholders for the weight and
    // bias, and the pre-hook that materializes them.
    private protected void BecomeLazy(long outChannels, bool bias, DType? dtype)
    {
        LazyModule.WarnExperimental();
        RegisterParameter("weight", LazyModule.UninitializedParameter(dtype: dtype));
        OutChannels = outChannels;
        if (bias) RegisterParameter("bias", LazyModule.UninitializedParameter(dtype: dtype));
        _lazyInitialization = LazyInitialization.Register(this, InitializeLazily);
    }

    // The lazy reset_parameters: nothing while the shapes are unknown.
    private protected bool CanResetLazily => !LazyModule.HasUninitializedParams(this) && InChannels != 0;

    // A lazy module's forward called directly: what the pre-hook does on a call.
    private protected void InferLazily(Tensor input) => _lazyInitialization?.Infer(this, input);

    // _LazyConvXdMixin.initialize_parameters: in_channels from the input's channel dimension, then the initialization.
    private void InitializeLazily(Tensor input)
    {
        if (!LazyModule.HasUninitializedParams(this)) return;
        int spatial = KernelSize.Length;
        if (input.Dim != spatial + 1 && input.Dim != spatial + 2)
            throw new TorchException(string.Create(CultureInfo.InvariantCulture,
                $"Expected {spatial + 1}D (unbatched) or {spatial + 2}D (batched) input to {ReprName}, but got input of size: torch.Size([{string.Join(", ", input.Shape)}])"));
        InChannels = input.Dim == spatial + 2 ? input.Shape[1] : input.Shape[0];
        if (InChannels % Groups != 0) throw new TorchException("in_channels must be divisible by groups", TorchErrorKind.ValueError);
        using (Autograd.NoGrad())
        {
            long[] weightShape = Transposed ? [InChannels, OutChannels / Groups, .. KernelSize] : [OutChannels, InChannels / Groups, .. KernelSize];
            LazyModule.Materialize(Weight, weightShape);
            if (Bias is { } bias) LazyModule.Materialize(bias, [OutChannels]);
            ResetParameters();
        }
    }
}
