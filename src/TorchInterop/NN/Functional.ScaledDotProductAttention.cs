namespace TorchInterop.NN;

public static partial class Functional
{
    /// <summary>
    /// <c>F.scaled_dot_product_attention(query, key, value, attn_mask=None, dropout_p=0.0, is_causal=False,
    /// scale=None, enable_gqa=False)</c>: softmax(QKᵀ·scale + mask)·V, by LibTorch's own kernel (PyTorch 2.0 and
    /// later; <c>enable_gqa</c> from 2.5).
    /// </summary>
    /// <exception cref="NotSupportedException">LibTorch 1.x, which has no such function.</exception>
    public static Tensor ScaledDotProductAttention(Tensor query, Tensor key, Tensor value, Tensor? attnMask = null,
                                                   double dropoutP = 0.0, bool isCausal = false, double? scale = null,
                                                   bool enableGqa = false)
    {
        LibTorch.Require("torch.nn.functional.scaled_dot_product_attention", 2, 0);
#if LIBTORCH_2
        return Torch.ScaledDotProductAttention(query, key, value, attnMask, dropoutP, isCausal, scale, enableGqa);
#else
        throw new System.Diagnostics.UnreachableException();
#endif
    }
}
