using System.Globalization;

namespace TorchInterop.NN;

// PyTorch's _LazyConvXdMixin: the shapes a lazy convolution takes from its first input.
public abstract partial class ConvNd
{
    /// <summary>Whether a lazy convolution's parameters have their shapes (always true for the others).</summary>
    public bool IsMaterialized { get; private protected set; } = true;

    // The lazy constructor's part after the base (0, 0, ..., bias=False) construction: placeholders for the weight and bias.
    private protected void BecomeLazy(long outChannels, bool bias, DType? dtype)
    {
        LazyModule.WarnExperimental();
        RegisterParameter("weight", LazyModule.UninitializedParameter(dtype: dtype));
        OutChannels = outChannels;
        if (bias) RegisterParameter("bias", LazyModule.UninitializedParameter(dtype: dtype));
        IsMaterialized = false;
    }

    // The lazy reset_parameters: nothing while the shapes are unknown.
    private protected bool CanResetLazily => !LazyModule.HasUninitializedParams(this) && InChannels != 0;

    // _LazyConvXdMixin.initialize_parameters: in_channels from the input's channel dimension, then the initialization.
    private protected void InitializeLazily(Tensor input, string className)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!LazyModule.HasUninitializedParams(this)) return;
        int spatial = KernelSize.Length;
        if (input.Dim != spatial + 1 && input.Dim != spatial + 2)
            throw new TorchException(string.Create(CultureInfo.InvariantCulture,
                $"Expected {spatial + 1}D (unbatched) or {spatial + 2}D (batched) input to {className}, but got input of size: torch.Size([{string.Join(", ", input.Shape)}])"));
        InChannels = input.Dim == spatial + 2 ? input.Shape[1] : input.Shape[0];
        if (InChannels % Groups != 0) throw new TorchException("in_channels must be divisible by groups", TorchErrorKind.ValueError);
        long[] weightShape = Transposed ? [InChannels, OutChannels / Groups, .. KernelSize] : [OutChannels, InChannels / Groups, .. KernelSize];
        LazyModule.Materialize(Weight, weightShape);
        if (Bias is { } bias) LazyModule.Materialize(bias, [OutChannels]);
        ResetParameters();
        IsMaterialized = true;
    }
}
