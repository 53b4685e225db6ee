namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.TransformerEncoder(encoder_layer, num_layers, norm=None, enable_nested_tensor=True,
/// mask_check=True)</c>: <c>num_layers</c> deep copies of a layer in a <c>layers</c> ModuleList, then the
/// optional norm. Where PyTorch would take its nested-tensor path (eval, no grad, a left-aligned padding mask), the
/// padded positions of the output are zeros, as the nested tensor's padding gives.
/// </summary>
public sealed class TransformerEncoder : Module<Tensor, Tensor>
{
    /// <summary>A stack of copies of <paramref name="encoderLayer"/>.</summary>
    public TransformerEncoder(TransformerEncoderLayer encoderLayer, long numLayers, Module<Tensor, Tensor>? norm = null,
        bool enableNestedTensor = true, bool maskCheck = true)
    {
        ArgumentNullException.ThrowIfNull(encoderLayer);
        Layers = RegisterModule("layers", new ModuleList<TransformerEncoderLayer>(
            Enumerable.Range(0, checked((int)numLayers)).Select(_ => (TransformerEncoderLayer)encoderLayer.DeepCopy())))!;
        NumLayers = numLayers;
        Norm = norm is null ? null : RegisterModule("norm", norm);
        EnableNestedTensor = enableNestedTensor;
        UseNestedTensor = enableNestedTensor;
        MaskCheck = maskCheck;
        if (LibTorch.IsAtLeast(2) && enableNestedTensor && WhyNotNestedTensor(encoderLayer) is { } why)
        {
            Warnings.Raise($"enable_nested_tensor is True, but self.use_nested_tensor is False because {why}", "torch/nn/modules/transformer.py");
            UseNestedTensor = false;
        }
    }

    /// <summary>The layers, in order.</summary>
    public ModuleList<TransformerEncoderLayer> Layers { get; }

    /// <summary>How many layers.</summary>
    public long NumLayers { get; }

    /// <summary>The norm after the last layer, or null.</summary>
    public Module<Tensor, Tensor>? Norm { get; }

    /// <summary>Python's <c>enable_nested_tensor</c> as given.</summary>
    public bool EnableNestedTensor { get; }

    /// <summary>PyTorch 2.x's <c>use_nested_tensor</c>: whether the nested-tensor path may be taken.</summary>
    public bool UseNestedTensor { get; }

    /// <summary>Whether the padding mask is checked to be left-aligned before the nested-tensor path.</summary>
    public bool MaskCheck { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Forward(input, null, null);

    /// <summary>
    /// Python's <c>forward(src, mask=None, src_key_padding_mask=None, is_causal=None)</c> (<paramref name="isCausal"/>
    /// is PyTorch 2.x's hint: a mask equal to the causal mask is detected when it is null).
    /// </summary>
    public Tensor Forward(Tensor src, Tensor? mask, Tensor? srcKeyPaddingMask, bool? isCausal = null)
    {
        ArgumentNullException.ThrowIfNull(src);
        if (srcKeyPaddingMask is not null && srcKeyPaddingMask.Dtype != DType.Bool && !srcKeyPaddingMask.IsFloatingPoint())
            throw new ArgumentException("only bool and floating types of key_padding_mask are supported", nameof(srcKeyPaddingMask));
        var first = Layers[0];
        // 2.x detects the hint once (a mask equal to the causal one) and hands it to every layer; 1.13 has none.
        bool causal = LibTorch.IsAtLeast(2)
            && TransformerMasks.DetectIsCausal(mask, isCausal, TransformerMasks.SequenceLength(src, first.SelfAttn.BatchFirst));
        bool nested = TakesNestedPath(src, mask, srcKeyPaddingMask, first);
        var output = src;
        foreach (var layer in Layers) output = layer.Forward(output, mask, srcKeyPaddingMask, causal);
        if (nested) output = PadLikeNestedTensor(output, srcKeyPaddingMask!);
        return Norm is null ? output : Norm.Call(output);
    }

    /// <summary>Same as <see cref="Forward(Tensor, Tensor?, Tensor?, bool?)"/>.</summary>
    public Tensor Call(Tensor src, Tensor? mask, Tensor? srcKeyPaddingMask, bool? isCausal = null) => Forward(src, mask, srcKeyPaddingMask, isCausal);

    // 2.x's constructor check: the reason the nested-tensor path can never be taken with this layer, or null.
    private static string? WhyNotNestedTensor(TransformerEncoderLayer layer)
    {
        const string name = "encoder_layer";
        if (layer.NormFirst) return $"{name}.norm_first was True";
        if (!layer.SelfAttn.BatchFirst) return $"{name}.self_attn.batch_first was not True(use batch_first for better inference performance)";
        if (layer.SelfAttn.Kdim != layer.SelfAttn.EmbedDim || layer.SelfAttn.Vdim != layer.SelfAttn.EmbedDim)
            return $"{name}.self_attn._qkv_same_embed_dim was not True";
        if (layer.SelfAttn.GetParameter("in_proj_bias") is null) return $"{name}.self_attn was passed bias=False";
        if (!layer.ActivationIsReluOrGelu) return $"{name}.activation_relu_or_gelu was not True";
        if (layer.Norm1.Eps != layer.Norm2.Eps) return $"{name}.norm1.eps was not equal to {name}.norm2.eps";
        if (layer.SelfAttn.NumHeads % 2 == 1) return $"{name}.self_attn.num_heads is odd";
        return null;
    }

    // The conditions of PyTorch's forward for converting to a nested tensor (each version's order of checks).
    private bool TakesNestedPath(Tensor src, Tensor? mask, Tensor? keyPaddingMask, TransformerEncoderLayer first)
    {
        if (LibTorch.IsAtLeast(2))
        {
            if (!UseNestedTensor) return false;
        }
        else if (!EnableNestedTensor || first.NormFirst || !first.SelfAttn.BatchFirst || !first.ActivationIsReluOrGelu
                 || first.SelfAttn.Kdim != first.SelfAttn.EmbedDim || first.SelfAttn.Vdim != first.SelfAttn.EmbedDim
                 || first.Norm1.Eps != first.Norm2.Eps || first.SelfAttn.NumHeads % 2 == 1)
        {
            return false;
        }
        if (first.Training || src.Dim != 3 || keyPaddingMask is null) return false;
        if (MaskCheck && !IsLeftAligned(keyPaddingMask)) return false;
        if (mask is not null) return false;
        Tensor?[] arguments = [src, .. first.Parameters()];
        return !(Autograd.IsGradEnabled && arguments.Any(t => t is { RequiresGrad: true }));
    }

    // torch._nested_tensor_from_mask_left_aligned: every row's kept positions come before its padded ones.
    private static bool IsLeftAligned(Tensor keyPaddingMask)
    {
        using var scope = Torch.NewDisposeScope();
        var kept = keyPaddingMask.Dtype == DType.Bool ? keyPaddingMask.LogicalNot() : keyPaddingMask.Eq(0);
        var keptInt = kept.To(DType.Int64);
        // Left-aligned: the kept flags never rise along a row (1...1 0...0).
        return keptInt.Size(1) < 2 || (keptInt.Narrow(1, 1, keptInt.Size(1) - 1) <= keptInt.Narrow(1, 0, keptInt.Size(1) - 1)).All().Item<bool>();
    }

    // to_padded_tensor(0.) of the nested output: zeros at the padded positions; 1.13 pads only to the longest
    // sequence, 2.x back to the input's size.
    private static Tensor PadLikeNestedTensor(Tensor output, Tensor keyPaddingMask)
    {
        var kept = keyPaddingMask.Dtype == DType.Bool ? keyPaddingMask.LogicalNot() : keyPaddingMask.Eq(0);
        var zeroed = output.MaskedFill(kept.LogicalNot().Unsqueeze(-1), 0.0);
        if (LibTorch.IsAtLeast(2)) return zeroed;
        long longest = kept.To(DType.Int64).Sum([1]).Max().Item<long>();
        return zeroed.Narrow(1, 0, longest).Contiguous();
    }
}

/// <summary>
/// Python's <c>torch.nn.TransformerDecoder(decoder_layer, num_layers, norm=None)</c>: <c>num_layers</c> deep
/// copies of a layer in a <c>layers</c> ModuleList, then the optional norm.
/// </summary>
public sealed class TransformerDecoder : Module
{
    /// <summary>A stack of copies of <paramref name="decoderLayer"/>.</summary>
    public TransformerDecoder(TransformerDecoderLayer decoderLayer, long numLayers, Module<Tensor, Tensor>? norm = null)
    {
        ArgumentNullException.ThrowIfNull(decoderLayer);
        Layers = RegisterModule("layers", new ModuleList<TransformerDecoderLayer>(
            Enumerable.Range(0, checked((int)numLayers)).Select(_ => (TransformerDecoderLayer)decoderLayer.DeepCopy())))!;
        NumLayers = numLayers;
        Norm = norm is null ? null : RegisterModule("norm", norm);
    }

    /// <summary>The layers, in order.</summary>
    public ModuleList<TransformerDecoderLayer> Layers { get; }

    /// <summary>How many layers.</summary>
    public long NumLayers { get; }

    /// <summary>The norm after the last layer, or null.</summary>
    public Module<Tensor, Tensor>? Norm { get; }

    /// <summary>
    /// Python's <c>forward(tgt, memory, tgt_mask=None, memory_mask=None, tgt_key_padding_mask=None,
    /// memory_key_padding_mask=None, tgt_is_causal=None, memory_is_causal=False)</c> (the causal hints are PyTorch 2.x's).
    /// </summary>
    public Tensor Forward(Tensor tgt, Tensor memory, Tensor? tgtMask = null, Tensor? memoryMask = null, Tensor? tgtKeyPaddingMask = null,
        Tensor? memoryKeyPaddingMask = null, bool? tgtIsCausal = null, bool memoryIsCausal = false)
    {
        ArgumentNullException.ThrowIfNull(tgt);
        bool causal = LibTorch.IsAtLeast(2)
            && TransformerMasks.DetectIsCausal(tgtMask, tgtIsCausal, TransformerMasks.SequenceLength(tgt, Layers[0].SelfAttn.BatchFirst));
        var output = tgt;
        foreach (var layer in Layers)
            output = layer.Forward(output, memory, tgtMask, memoryMask, tgtKeyPaddingMask, memoryKeyPaddingMask, causal, LibTorch.IsAtLeast(2) && memoryIsCausal);
        return Norm is null ? output : Norm.Call(output);
    }

    /// <summary>Same as <see cref="Forward"/>.</summary>
    public Tensor Call(Tensor tgt, Tensor memory, Tensor? tgtMask = null, Tensor? memoryMask = null, Tensor? tgtKeyPaddingMask = null,
        Tensor? memoryKeyPaddingMask = null, bool? tgtIsCausal = null, bool memoryIsCausal = false) =>
        Forward(tgt, memory, tgtMask, memoryMask, tgtKeyPaddingMask, memoryKeyPaddingMask, tgtIsCausal, memoryIsCausal);
}

/// <summary>
/// Python's <c>torch.nn.Transformer(d_model=512, nhead=8, num_encoder_layers=6, num_decoder_layers=6,
/// dim_feedforward=2048, dropout=0.1, activation=relu, custom_encoder=None, custom_decoder=None, layer_norm_eps=1e-05,
/// batch_first=False, norm_first=False, bias=True)</c>: an encoder and a decoder stack, every matrix re-initialized with
/// xavier_uniform_ as PyTorch's <c>_reset_parameters</c> does.
/// </summary>
public sealed class Transformer : Module
{
    /// <summary>A transformer with PyTorch's defaults.</summary>
    public Transformer(long dModel = 512, long nhead = 8, long numEncoderLayers = 6, long numDecoderLayers = 6, long dimFeedforward = 2048,
        double dropout = 0.1, string activation = "relu", TransformerEncoder? customEncoder = null, TransformerDecoder? customDecoder = null,
        double layerNormEps = 1e-5, bool batchFirst = false, bool normFirst = false, bool bias = true, DType? dtype = null)
    {
        Encoder = RegisterModule("encoder", customEncoder ?? new TransformerEncoder(
            new TransformerEncoderLayer(dModel, nhead, dimFeedforward, dropout, activation, layerNormEps, batchFirst, normFirst, dtype, bias),
            numEncoderLayers, new LayerNorm(dModel, layerNormEps, bias: bias)))!;
        Decoder = RegisterModule("decoder", customDecoder ?? new TransformerDecoder(
            new TransformerDecoderLayer(dModel, nhead, dimFeedforward, dropout, activation, layerNormEps, batchFirst, normFirst, dtype, bias),
            numDecoderLayers, new LayerNorm(dModel, layerNormEps, bias: bias)))!;
        foreach (var p in Parameters())
            if (p.Dim > 1) Init.XavierUniform_(p);
        DModel = dModel;
        Nhead = nhead;
        BatchFirst = batchFirst;
    }

    /// <summary>The encoder stack.</summary>
    public TransformerEncoder Encoder { get; }

    /// <summary>The decoder stack.</summary>
    public TransformerDecoder Decoder { get; }

    /// <summary>The model dimension.</summary>
    public long DModel { get; }

    /// <summary>Attention heads.</summary>
    public long Nhead { get; }

    /// <summary>Inputs and outputs are (N, S, E) instead of (S, N, E).</summary>
    public bool BatchFirst { get; }

    /// <summary>
    /// Python's <c>forward(src, tgt, src_mask=None, tgt_mask=None, memory_mask=None, src_key_padding_mask=None,
    /// tgt_key_padding_mask=None, memory_key_padding_mask=None, src_is_causal=None, tgt_is_causal=None,
    /// memory_is_causal=False)</c> (the causal hints are PyTorch 2.x's).
    /// </summary>
    public Tensor Forward(Tensor src, Tensor tgt, Tensor? srcMask = null, Tensor? tgtMask = null, Tensor? memoryMask = null,
        Tensor? srcKeyPaddingMask = null, Tensor? tgtKeyPaddingMask = null, Tensor? memoryKeyPaddingMask = null,
        bool? srcIsCausal = null, bool? tgtIsCausal = null, bool memoryIsCausal = false)
    {
        ArgumentNullException.ThrowIfNull(src);
        ArgumentNullException.ThrowIfNull(tgt);
        bool isBatched = src.Dim == 3;
        if (isBatched && (BatchFirst ? src.Size(0) != tgt.Size(0) : src.Size(1) != tgt.Size(1)))
            throw new TorchException("the batch number of src and tgt must be equal");
        if (src.Size(-1) != DModel || tgt.Size(-1) != DModel)
            throw new TorchException("the feature number of src and tgt must be equal to d_model");
        var memory = Encoder.Forward(src, srcMask, srcKeyPaddingMask, srcIsCausal);
        return Decoder.Forward(tgt, memory, tgtMask, memoryMask, tgtKeyPaddingMask, memoryKeyPaddingMask, tgtIsCausal, memoryIsCausal);
    }

    /// <summary>Same as <see cref="Forward"/>.</summary>
    public Tensor Call(Tensor src, Tensor tgt, Tensor? srcMask = null, Tensor? tgtMask = null, Tensor? memoryMask = null,
        Tensor? srcKeyPaddingMask = null, Tensor? tgtKeyPaddingMask = null, Tensor? memoryKeyPaddingMask = null,
        bool? srcIsCausal = null, bool? tgtIsCausal = null, bool memoryIsCausal = false) =>
        Forward(src, tgt, srcMask, tgtMask, memoryMask, srcKeyPaddingMask, tgtKeyPaddingMask, memoryKeyPaddingMask, srcIsCausal, tgtIsCausal, memoryIsCausal);

    /// <summary>
    /// Python's <c>Transformer.generate_square_subsequent_mask(sz, device=None, dtype=None)</c>: <c>-inf</c> above
    /// the diagonal, zeros elsewhere.
    /// </summary>
    public static Tensor GenerateSquareSubsequentMask(long sz, DType? dtype = null) => TransformerMasks.SquareSubsequent(sz, dtype);
}

/// <summary>The helpers of PyTorch's transformer.py: the causal mask and its detection.</summary>
internal static class TransformerMasks
{
    // _generate_square_subsequent_mask
    internal static Tensor SquareSubsequent(long sz, DType? dtype)
    {
        using var full = Torch.Full([sz, sz], double.NegativeInfinity, dtype);
        return Torch.Triu(full, 1);
    }

    // _get_seq_len
    internal static long SequenceLength(Tensor src, bool batchFirst) => src.Dim == 2 ? src.Size(0) : src.Size(batchFirst ? 1 : 0);

    // _detect_is_causal_mask: the hint as given, or whether the mask equals the causal mask of that size.
    internal static bool DetectIsCausal(Tensor? mask, bool? isCausal, long size)
    {
        if (isCausal is { } given) return given;
        if (mask is null) return false;
        using var scope = Torch.NewDisposeScope();
        var causal = SquareSubsequent(size, mask.Dtype);
        return mask.Shape.AsSpan().SequenceEqual(causal.Shape) && mask.Eq(causal).All().Item<bool>();
    }
}
