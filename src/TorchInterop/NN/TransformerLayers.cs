namespace TorchInterop.NN;

/// <summary>
/// What PyTorch's transformer layers share: the feed-forward block (<c>linear1</c>, activation, <c>dropout</c>,
/// <c>linear2</c>) and the activation, given as <c>"relu"</c>, <c>"gelu"</c> or a module (which is then registered,
/// as Python registers a module attribute).
/// </summary>
public abstract class TransformerLayer : Module<Tensor, Tensor>
{
    private readonly Func<Tensor, Tensor> _activation;

    private protected TransformerLayer(string? activationName, Module<Tensor, Tensor>? activation)
    {
        ActivationName = activationName;
        _activation = activation is not null ? activation.Forward : activationName switch
        {
            "relu" => x => Functional.Relu(x),
            "gelu" => x => Torch.Gelu(x),
            _ => throw new TorchException($"activation should be relu/gelu, not {activationName}"),
        };
        Activation = activation;
    }

    /// <summary><c>"relu"</c> or <c>"gelu"</c>, or null when the activation is a module.</summary>
    public string? ActivationName { get; }

    /// <summary>The activation module, or null when it is given by name.</summary>
    public Module<Tensor, Tensor>? Activation { get; }

    /// <summary>Whether the layer norms come before the blocks (pre-norm).</summary>
    public bool NormFirst { get; private protected init; }

    private protected static Module<Tensor, Tensor> Child(Module parent, string name) =>
        (Module<Tensor, Tensor>)parent.NamedChildren().First(c => c.Name == name).Value;

    private protected Tensor FeedForward(Tensor x, string lastDropout) =>
        Child(this, lastDropout).Call(Child(this, "linear2").Call(Child(this, "dropout").Call(_activation(Child(this, "linear1").Call(x)))));

    private protected static Tensor Attend(MultiheadAttention attention, Tensor x, Tensor memory, Tensor? mask, Tensor? keyPaddingMask, bool isCausal) =>
        attention.Forward(x, memory, memory, keyPaddingMask, needWeights: false, attnMask: mask, isCausal: isCausal).Output;

    private protected void RegisterActivation()
    {
        if (Activation is not null) RegisterModule("activation", Activation);
    }
}

/// <summary>
/// Python's <c>torch.nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=2048, dropout=0.1, activation=relu,
/// layer_norm_eps=1e-05, batch_first=False, norm_first=False)</c>: self-attention and a feed-forward block, with
/// PyTorch's fused eval fast path where PyTorch takes it.
/// </summary>
public sealed class TransformerEncoderLayer : TransformerLayer
{
    /// <summary>A layer with the activation named <paramref name="activation"/> (<c>"relu"</c> or <c>"gelu"</c>).</summary>
    public TransformerEncoderLayer(long dModel, long nhead, long dimFeedforward = 2048, double dropout = 0.1, string activation = "relu",
        double layerNormEps = 1e-5, bool batchFirst = false, bool normFirst = false, DType? dtype = null, bool bias = true)
        : this(dModel, nhead, dimFeedforward, dropout, activation, null, layerNormEps, batchFirst, normFirst, dtype, bias) { }

    /// <summary>A layer with an activation module (<c>activation=torch.nn.GELU()</c>).</summary>
    public TransformerEncoderLayer(long dModel, long nhead, Module<Tensor, Tensor> activation, long dimFeedforward = 2048, double dropout = 0.1,
        double layerNormEps = 1e-5, bool batchFirst = false, bool normFirst = false, DType? dtype = null, bool bias = true)
        : this(dModel, nhead, dimFeedforward, dropout, null, activation ?? throw new ArgumentNullException(nameof(activation)), layerNormEps, batchFirst, normFirst, dtype, bias) { }

    private TransformerEncoderLayer(long dModel, long nhead, long dimFeedforward, double dropout, string? activationName,
        Module<Tensor, Tensor>? activation, double layerNormEps, bool batchFirst, bool normFirst, DType? dtype, bool bias)
        : base(activationName, activation)
    {
        SelfAttn = RegisterModule("self_attn", new MultiheadAttention(dModel, nhead, dropout, bias, batchFirst: batchFirst, dtype: dtype))!;
        Linear1 = RegisterModule("linear1", new Linear(dModel, dimFeedforward, bias, dtype: dtype))!;
        RegisterModule("dropout", new Dropout(dropout));
        Linear2 = RegisterModule("linear2", new Linear(dimFeedforward, dModel, bias, dtype: dtype))!;
        NormFirst = normFirst;
        Norm1 = RegisterModule("norm1", new LayerNorm(dModel, layerNormEps, bias: bias))!;
        Norm2 = RegisterModule("norm2", new LayerNorm(dModel, layerNormEps, bias: bias))!;
        RegisterModule("dropout1", new Dropout(dropout));
        RegisterModule("dropout2", new Dropout(dropout));
        RegisterActivation();
    }

    /// <summary>The self-attention.</summary>
    public MultiheadAttention SelfAttn { get; }

    /// <summary>The feed-forward block's first layer.</summary>
    public Linear Linear1 { get; }

    /// <summary>The feed-forward block's second layer.</summary>
    public Linear Linear2 { get; }

    /// <summary>The norm around the self-attention.</summary>
    public LayerNorm Norm1 { get; }

    /// <summary>The norm around the feed-forward block.</summary>
    public LayerNorm Norm2 { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Forward(input, null, null);

    /// <summary>
    /// Python's <c>forward(src, src_mask=None, src_key_padding_mask=None, is_causal=False)</c> (<paramref name="isCausal"/>,
    /// PyTorch 2.x's hint that the mask is causal, goes to the self-attention).
    /// </summary>
    public Tensor Forward(Tensor src, Tensor? srcMask, Tensor? srcKeyPaddingMask, bool isCausal = false)
    {
        ArgumentNullException.ThrowIfNull(src);
        if (srcKeyPaddingMask is not null && srcKeyPaddingMask.Dtype != DType.Bool && !srcKeyPaddingMask.IsFloatingPoint())
            throw new ArgumentException("only bool and floating types of key_padding_mask are supported", nameof(srcKeyPaddingMask));
        if (TakesFastPath(src, srcMask))
        {
            return Torch._TransformerEncoderLayerFwd(src, SelfAttn.EmbedDim, SelfAttn.NumHeads, SelfAttn.GetParameter("in_proj_weight")!,
                SelfAttn.GetParameter("in_proj_bias")!, SelfAttn.OutProj.Weight, SelfAttn.OutProj.Bias!, ActivationIsGelu, NormFirst, Norm1.Eps,
                Norm1.GetParameter("weight")!, Norm1.GetParameter("bias")!, Norm2.GetParameter("weight")!, Norm2.GetParameter("bias")!,
                Linear1.Weight, Linear1.Bias!, Linear2.Weight, Linear2.Bias!, srcMask ?? srcKeyPaddingMask,
                srcKeyPaddingMask is not null ? 1 : srcMask is not null ? 0 : null);
        }
        var x = src;
        if (NormFirst)
        {
            x = x + SelfAttention(Norm1.Call(x), srcMask, srcKeyPaddingMask, isCausal);
            return x + FeedForward(Norm2.Call(x), "dropout2");
        }
        x = Norm1.Call(x + SelfAttention(x, srcMask, srcKeyPaddingMask, isCausal));
        return Norm2.Call(x + FeedForward(x, "dropout2"));
    }

    /// <summary>Same as <see cref="Forward(Tensor, Tensor?, Tensor?, bool)"/>.</summary>
    public Tensor Call(Tensor src, Tensor? srcMask, Tensor? srcKeyPaddingMask, bool isCausal = false) => Forward(src, srcMask, srcKeyPaddingMask, isCausal);

    private bool ActivationIsGelu => ActivationName == "gelu" || Activation is GELU;

    internal bool ActivationIsReluOrGelu => ActivationName is "relu" or "gelu" || Activation is ReLU or GELU;

    private Tensor SelfAttention(Tensor x, Tensor? mask, Tensor? keyPaddingMask, bool isCausal) =>
        Child(this, "dropout1").Call(Attend(SelfAttn, x, x, mask, keyPaddingMask, isCausal));

    // The conditions under which PyTorch 1.13 calls torch._transformer_encoder_layer_fwd.
    private bool TakesFastPath(Tensor src, Tensor? srcMask)
    {
        if (src.Dim != 3 || Training || !SelfAttn.BatchFirst || SelfAttn.Kdim != SelfAttn.EmbedDim || SelfAttn.Vdim != SelfAttn.EmbedDim) return false;
        if (!ActivationIsReluOrGelu || srcMask is not null || SelfAttn.NumHeads % 2 == 1) return false;
        if (SelfAttn.GetParameter("in_proj_bias") is null || Linear1.Bias is null || Norm1.GetParameter("bias") is null) return false;
        Tensor?[] arguments = [src, .. Parameters()];
        return !(Autograd.IsGradEnabled && arguments.Any(t => t is { RequiresGrad: true }));
    }
}

/// <summary>
/// Python's <c>torch.nn.TransformerDecoderLayer(d_model, nhead, dim_feedforward=2048, dropout=0.1, activation=relu,
/// layer_norm_eps=1e-05, batch_first=False, norm_first=False)</c>: self-attention, attention over the encoder's
/// output, and a feed-forward block.
/// </summary>
public sealed class TransformerDecoderLayer : TransformerLayer
{
    /// <summary>A layer with the activation named <paramref name="activation"/> (<c>"relu"</c> or <c>"gelu"</c>).</summary>
    public TransformerDecoderLayer(long dModel, long nhead, long dimFeedforward = 2048, double dropout = 0.1, string activation = "relu",
        double layerNormEps = 1e-5, bool batchFirst = false, bool normFirst = false, DType? dtype = null, bool bias = true)
        : base(activation, null)
    {
        SelfAttn = RegisterModule("self_attn", new MultiheadAttention(dModel, nhead, dropout, bias, batchFirst: batchFirst, dtype: dtype))!;
        MultiheadAttn = RegisterModule("multihead_attn", new MultiheadAttention(dModel, nhead, dropout, bias, batchFirst: batchFirst, dtype: dtype))!;
        RegisterModule("linear1", new Linear(dModel, dimFeedforward, bias, dtype: dtype));
        RegisterModule("dropout", new Dropout(dropout));
        RegisterModule("linear2", new Linear(dimFeedforward, dModel, bias, dtype: dtype));
        NormFirst = normFirst;
        foreach (var name in new[] { "norm1", "norm2", "norm3" }) RegisterModule(name, new LayerNorm(dModel, layerNormEps, bias: bias));
        foreach (var name in new[] { "dropout1", "dropout2", "dropout3" }) RegisterModule(name, new Dropout(dropout));
    }

    /// <summary>The self-attention.</summary>
    public MultiheadAttention SelfAttn { get; }

    /// <summary>The attention over the encoder's output (<c>memory</c>).</summary>
    public MultiheadAttention MultiheadAttn { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => throw new ArgumentException("a decoder layer needs the memory: call Forward(tgt, memory)", nameof(input));

    /// <summary>
    /// Python's <c>forward(tgt, memory, tgt_mask=None, memory_mask=None, tgt_key_padding_mask=None, memory_key_padding_mask=None,
    /// tgt_is_causal=False, memory_is_causal=False)</c> (the causal hints are PyTorch 2.x's and go to the attentions).
    /// </summary>
    public Tensor Forward(Tensor tgt, Tensor memory, Tensor? tgtMask = null, Tensor? memoryMask = null, Tensor? tgtKeyPaddingMask = null,
        Tensor? memoryKeyPaddingMask = null, bool tgtIsCausal = false, bool memoryIsCausal = false)
    {
        ArgumentNullException.ThrowIfNull(tgt);
        ArgumentNullException.ThrowIfNull(memory);
        var x = tgt;
        if (NormFirst)
        {
            x = x + SelfAttention(Child(this, "norm1").Call(x), tgtMask, tgtKeyPaddingMask, tgtIsCausal);
            x = x + CrossAttention(Child(this, "norm2").Call(x), memory, memoryMask, memoryKeyPaddingMask, memoryIsCausal);
            return x + FeedForward(Child(this, "norm3").Call(x), "dropout3");
        }
        x = Child(this, "norm1").Call(x + SelfAttention(x, tgtMask, tgtKeyPaddingMask, tgtIsCausal));
        x = Child(this, "norm2").Call(x + CrossAttention(x, memory, memoryMask, memoryKeyPaddingMask, memoryIsCausal));
        return Child(this, "norm3").Call(x + FeedForward(x, "dropout3"));
    }

    /// <summary>Same as <see cref="Forward(Tensor, Tensor, Tensor?, Tensor?, Tensor?, Tensor?, bool, bool)"/>.</summary>
    public Tensor Call(Tensor tgt, Tensor memory, Tensor? tgtMask = null, Tensor? memoryMask = null, Tensor? tgtKeyPaddingMask = null,
        Tensor? memoryKeyPaddingMask = null, bool tgtIsCausal = false, bool memoryIsCausal = false) =>
        Forward(tgt, memory, tgtMask, memoryMask, tgtKeyPaddingMask, memoryKeyPaddingMask, tgtIsCausal, memoryIsCausal);

    private Tensor SelfAttention(Tensor x, Tensor? mask, Tensor? keyPaddingMask, bool isCausal) =>
        Child(this, "dropout1").Call(Attend(SelfAttn, x, x, mask, keyPaddingMask, isCausal));

    private Tensor CrossAttention(Tensor x, Tensor memory, Tensor? mask, Tensor? keyPaddingMask, bool isCausal) =>
        Child(this, "dropout2").Call(Attend(MultiheadAttn, x, memory, mask, keyPaddingMask, isCausal));
}
