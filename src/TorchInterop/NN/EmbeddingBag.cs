using System.Globalization;
using TorchInterop.Formatting;

namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.EmbeddingBag</c>: sums, means or maxima of bags of embeddings without materializing the
/// embeddings; weights drawn from N(0, 1), the padding row zero, as PyTorch initializes them.
/// </summary>
public sealed class EmbeddingBag : Module
{
    /// <summary>
    /// <c>EmbeddingBag(num_embeddings, embedding_dim, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, mode='mean',
    /// sparse=False, _weight=None, include_last_offset=False, padding_idx=None)</c>.
    /// </summary>
    /// <exception cref="TorchException">AssertionError <c>padding_idx must be within num_embeddings</c>, or a <paramref name="weight"/> of the wrong shape.</exception>
    public EmbeddingBag(long numEmbeddings, long embeddingDim, double? maxNorm = null, double normType = 2.0, bool scaleGradByFreq = false,
        string mode = "mean", bool sparse = false, Tensor? weight = null, bool includeLastOffset = false, long? paddingIdx = null, DType? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(mode);
        NumEmbeddings = numEmbeddings;
        EmbeddingDim = embeddingDim;
        MaxNorm = maxNorm;
        NormType = normType;
        ScaleGradByFreq = scaleGradByFreq;
        if (paddingIdx is { } p && (p >= numEmbeddings && p > 0 || p < -numEmbeddings))
            throw new TorchException("padding_idx must be within num_embeddings", TorchErrorKind.AssertionError);
        PaddingIdx = paddingIdx is < 0 ? paddingIdx + numEmbeddings : paddingIdx;
        if (weight is null)
        {
            RegisterParameter("weight", Parameter.Create(Torch.Empty([numEmbeddings, embeddingDim], dtype)));
            ResetParameters();
        }
        else
        {
            if (!weight.Shape.SequenceEqual([numEmbeddings, embeddingDim]))
                throw new TorchException("Shape of weight does not match num_embeddings and embedding_dim", TorchErrorKind.AssertionError);
            RegisterParameter("weight", Parameter.Create(weight));
        }
        Mode = mode;
        Sparse = sparse;
        IncludeLastOffset = includeLastOffset;
    }

    /// <summary>
    /// Python's <c>EmbeddingBag.from_pretrained(embeddings, freeze=True, ...)</c>: a bag over <paramref name="embeddings"/>
    /// (shared, not copied), learned unless <paramref name="freeze"/>.
    /// </summary>
    /// <exception cref="TorchException">AssertionError <c>Embeddings parameter is expected to be 2-dimensional</c>.</exception>
    public static EmbeddingBag FromPretrained(Tensor embeddings, bool freeze = true, double? maxNorm = null, double normType = 2.0,
        bool scaleGradByFreq = false, string mode = "mean", bool sparse = false, bool includeLastOffset = false, long? paddingIdx = null)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        if (embeddings.Dim != 2) throw new TorchException("Embeddings parameter is expected to be 2-dimensional", TorchErrorKind.AssertionError);
        var bag = new EmbeddingBag(embeddings.Shape[0], embeddings.Shape[1], maxNorm, normType, scaleGradByFreq, mode, sparse, embeddings,
            includeLastOffset, paddingIdx);
        bag.Weight.RequiresGrad = !freeze;
        return bag;
    }

    /// <summary>How many vectors.</summary>
    public long NumEmbeddings { get; }

    /// <summary>The size of each vector.</summary>
    public long EmbeddingDim { get; }

    /// <summary>Looked-up rows with a larger norm are renormalized to this norm (in place), or null.</summary>
    public double? MaxNorm { get; }

    /// <summary>The p of the norm for <see cref="MaxNorm"/>.</summary>
    public double NormType { get; }

    /// <summary>Whether gradients are scaled by the inverse frequency of the words in the mini-batch.</summary>
    public bool ScaleGradByFreq { get; }

    /// <summary><c>"sum"</c>, <c>"mean"</c> or <c>"max"</c>.</summary>
    public string Mode { get; }

    /// <summary>Whether the weight's gradient is sparse.</summary>
    public bool Sparse { get; }

    /// <summary>Whether <c>offsets</c> has one more element, the end of the last bag.</summary>
    public bool IncludeLastOffset { get; }

    /// <summary>The row that contributes nothing to a bag and gets no gradient (null if none).</summary>
    public long? PaddingIdx { get; }

    /// <summary>The table, shape (num_embeddings, embedding_dim).</summary>
    public Tensor Weight => GetParameter("weight")!;

    /// <summary>PyTorch's <c>reset_parameters</c>: N(0, 1), then the padding row zero.</summary>
    public void ResetParameters()
    {
        Init.Normal_(Weight);
        if (PaddingIdx is { } padding)
            using (Autograd.NoGrad()) Weight[padding].Fill_(0);
    }

    /// <summary>
    /// The bags of <paramref name="input"/>: a 2-D input is one bag per row; a 1-D input is split at
    /// <paramref name="offsets"/>. <paramref name="perSampleWeights"/> (mode <c>"sum"</c>) weighs each looked-up row.
    /// </summary>
    public Tensor Forward(Tensor input, Tensor? offsets = null, Tensor? perSampleWeights = null) =>
        Functional.EmbeddingBag(input, Weight, offsets, MaxNorm, NormType, ScaleGradByFreq, Mode, Sparse, perSampleWeights, IncludeLastOffset, PaddingIdx);

    /// <summary>Python's <c>bag(input, offsets=None, per_sample_weights=None)</c>.</summary>
    public Tensor Call(Tensor input, Tensor? offsets = null, Tensor? perSampleWeights = null) => Forward(input, offsets, perSampleWeights);

    /// <inheritdoc/>
    protected override string ExtraRepr()
    {
        string text = string.Create(CultureInfo.InvariantCulture, $"{NumEmbeddings}, {EmbeddingDim}");
        if (MaxNorm is { } maxNorm) text += $", max_norm={PythonNumberFormat.Repr(maxNorm)}";
        if (NormType != 2) text += $", norm_type={PythonNumberFormat.Repr(NormType)}";
        if (ScaleGradByFreq) text += ", scale_grad_by_freq=True";
        text += LibTorch.IsAtLeast(2) ? $", mode='{Mode}'" : $", mode={Mode}"; // 2.x's extra_repr quotes it (a {mode!r})
        if (PaddingIdx is { } p) text += string.Create(CultureInfo.InvariantCulture, $", padding_idx={p}");
        return text;
    }
}
