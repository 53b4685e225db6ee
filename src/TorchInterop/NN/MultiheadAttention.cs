namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.MultiheadAttention(embed_dim, num_heads, dropout=0.0, bias=True, add_bias_kv=False,
/// add_zero_attn=False, kdim=None, vdim=None, batch_first=False)</c>, with PyTorch's parameters, initialization,
/// checks, and its fast path (LibTorch's fused kernel) where PyTorch takes it.
/// </summary>
public sealed class MultiheadAttention : Module
{
    /// <summary>Attention of dimension <paramref name="embedDim"/> split over <paramref name="numHeads"/> heads.</summary>
    public MultiheadAttention(long embedDim, long numHeads, double dropout = 0.0, bool bias = true, bool addBiasKv = false,
        bool addZeroAttn = false, long? kdim = null, long? vdim = null, bool batchFirst = false, DType? dtype = null)
    {
        EmbedDim = embedDim;
        Kdim = kdim ?? embedDim;
        Vdim = vdim ?? embedDim;
        NumHeads = numHeads;
        Dropout = dropout;
        BatchFirst = batchFirst;
        AddZeroAttn = addZeroAttn;
        if (numHeads == 0 || (embedDim / numHeads) * numHeads != embedDim)
            throw new ArgumentException("embed_dim must be divisible by num_heads", nameof(numHeads));
        if (!QkvSameEmbedDim)
        {
            RegisterParameter("q_proj_weight", Parameter.Create(Torch.Empty([embedDim, embedDim], dtype)));
            RegisterParameter("k_proj_weight", Parameter.Create(Torch.Empty([embedDim, Kdim], dtype)));
            RegisterParameter("v_proj_weight", Parameter.Create(Torch.Empty([embedDim, Vdim], dtype)));
            RegisterParameter("in_proj_weight", null);
        }
        else
        {
            RegisterParameter("in_proj_weight", Parameter.Create(Torch.Empty([3 * embedDim, embedDim], dtype)));
        }
        RegisterParameter("in_proj_bias", bias ? Parameter.Create(Torch.Empty([3 * embedDim], dtype)) : null);
        OutProj = RegisterModule("out_proj", new NonDynamicallyQuantizableLinear(embedDim, embedDim, bias, dtype))!;
        if (addBiasKv)
        {
            RegisterParameter("bias_k", Parameter.Create(Torch.Empty([1, 1, embedDim], dtype)));
            RegisterParameter("bias_v", Parameter.Create(Torch.Empty([1, 1, embedDim], dtype)));
        }
        ResetParameters();
    }

    /// <summary>The model dimension.</summary>
    public long EmbedDim { get; }

    /// <summary>Features of the keys.</summary>
    public long Kdim { get; }

    /// <summary>Features of the values.</summary>
    public long Vdim { get; }

    /// <summary>Parallel attention heads.</summary>
    public long NumHeads { get; }

    /// <summary>Dropout on the attention weights, in training.</summary>
    public double Dropout { get; }

    /// <summary>Inputs and outputs are (N, L, E) instead of (L, N, E).</summary>
    public bool BatchFirst { get; }

    /// <summary>Whether a batch of zeros is appended to the keys and values.</summary>
    public bool AddZeroAttn { get; }

    /// <summary>The output projection.</summary>
    public Linear OutProj { get; }

    private bool QkvSameEmbedDim => Kdim == EmbedDim && Vdim == EmbedDim;

    private Tensor? InProjWeight => GetParameter("in_proj_weight");

    private Tensor? InProjBias => GetParameter("in_proj_bias");

    private Tensor? BiasK => GetParameter("bias_k");

    private Tensor? BiasV => GetParameter("bias_v");

    /// <summary>PyTorch's <c>_reset_parameters</c>: xavier_uniform_ projections, zero biases, xavier_normal_ bias_k/bias_v.</summary>
    public void ResetParameters()
    {
        if (QkvSameEmbedDim) Init.XavierUniform_(InProjWeight!);
        else
        {
            Init.XavierUniform_(GetParameter("q_proj_weight")!);
            Init.XavierUniform_(GetParameter("k_proj_weight")!);
            Init.XavierUniform_(GetParameter("v_proj_weight")!);
        }
        if (InProjBias is { } inBias)
        {
            Init.Constant_(inBias, 0);
            Init.Constant_(OutProj.Bias!, 0);
        }
        if (BiasK is { } biasK) Init.XavierNormal_(biasK);
        if (BiasV is { } biasV) Init.XavierNormal_(biasV);
    }

    /// <summary>
    /// Python's <c>forward(query, key, value, key_padding_mask=None, need_weights=True, attn_mask=None,
    /// average_attn_weights=True, is_causal=False)</c>: the attention output and, with <paramref name="needWeights"/>, the
    /// weights (<paramref name="isCausal"/>, PyTorch 2.x's hint that the mask is causal, goes to the functional form).
    /// </summary>
    public (Tensor Output, Tensor? Weights) Forward(Tensor query, Tensor key, Tensor value, Tensor? keyPaddingMask = null,
        bool needWeights = true, Tensor? attnMask = null, bool averageAttnWeights = true, bool isCausal = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        bool isBatched = query.Dim == 3;
        if (keyPaddingMask is not null && keyPaddingMask.Dtype != DType.Bool && !keyPaddingMask.IsFloatingPoint())
            throw new ArgumentException("only bool and floating types of key_padding_mask are supported", nameof(keyPaddingMask));
        if (TakesFastPath(query, key, value, attnMask))
        {
            var (output, weights) = Torch._NativeMultiHeadAttention(query, key, value, EmbedDim, NumHeads, InProjWeight!, InProjBias!,
                OutProj.Weight, OutProj.Bias!, keyPaddingMask ?? attnMask, needWeights, averageAttnWeights,
                keyPaddingMask is not null ? 1 : attnMask is not null ? 0 : null);
            return (output, needWeights ? weights : null);
        }
        if (BatchFirst && isBatched)
        {
            if (ReferenceEquals(key, value))
            {
                if (ReferenceEquals(query, key)) query = key = value = query.Transpose(1, 0);
                else
                {
                    (query, key) = (query.Transpose(1, 0), key.Transpose(1, 0));
                    value = key;
                }
            }
            else
            {
                (query, key, value) = (query.Transpose(1, 0), key.Transpose(1, 0), value.Transpose(1, 0));
            }
        }
        var (attnOutput, attnWeights) = Functional.MultiHeadAttentionForward(query, key, value, EmbedDim, NumHeads, InProjWeight, InProjBias,
            BiasK, BiasV, AddZeroAttn, Dropout, OutProj.Weight, OutProj.Bias, Training, keyPaddingMask, needWeights, attnMask,
            useSeparateProjWeight: !QkvSameEmbedDim, GetParameter("q_proj_weight"), GetParameter("k_proj_weight"), GetParameter("v_proj_weight"),
            averageAttnWeights, isCausal: isCausal);
        return BatchFirst && isBatched ? (attnOutput.Transpose(1, 0), attnWeights) : (attnOutput, attnWeights);
    }

    /// <summary>Same as <see cref="Forward"/>.</summary>
    public (Tensor Output, Tensor? Weights) Call(Tensor query, Tensor key, Tensor value, Tensor? keyPaddingMask = null,
        bool needWeights = true, Tensor? attnMask = null, bool averageAttnWeights = true, bool isCausal = false) =>
        Forward(query, key, value, keyPaddingMask, needWeights, attnMask, averageAttnWeights, isCausal);

    // The conditions under which PyTorch 1.13 calls torch._native_multi_head_attention instead of the Python path.
    private bool TakesFastPath(Tensor query, Tensor key, Tensor value, Tensor? attnMask)
    {
        if (query.Dim != 3 || !ReferenceEquals(query, key) || !ReferenceEquals(key, value)) return false;
        if (InProjBias is not { } b || query.Dtype != b.Dtype) return false;
        if (InProjWeight is not { } w || query.Dtype != w.Dtype) return false;
        if (Training || !BatchFirst || BiasK is not null || BiasV is not null || Dropout != 0 || AddZeroAttn || !QkvSameEmbedDim) return false;
        if (attnMask is not null || NumHeads % 2 == 1) return false;
        Tensor?[] arguments = [query, key, value, InProjWeight, InProjBias, OutProj.Weight, OutProj.Bias];
        return !(Autograd.IsGradEnabled && arguments.Any(t => t is { RequiresGrad: true }));
    }
}
