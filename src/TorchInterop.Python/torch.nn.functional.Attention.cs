using F = TorchInterop.NN.Functional;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>
            /// <c>F.scaled_dot_product_attention(query, key, value, attn_mask=None, dropout_p=0.0, is_causal=False,
            /// scale=None, enable_gqa=False)</c> (PyTorch 2.0 and later)
            /// </summary>
            public static Tensor scaled_dot_product_attention(Tensor query, Tensor key, Tensor value, Tensor? attn_mask = null,
                                                              double dropout_p = 0.0, bool is_causal = false,
                                                              double? scale = null, bool enable_gqa = false) =>
                F.ScaledDotProductAttention(query, key, value, attn_mask, dropout_p, is_causal, scale, enable_gqa);
        }
    }
}
#pragma warning restore CS8981, IDE1006
