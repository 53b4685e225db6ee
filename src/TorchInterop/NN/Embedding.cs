using System.Globalization;

namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.Embedding(num_embeddings, embedding_dim, padding_idx=None)</c>: weights drawn from N(0, 1), the padding row zero.</summary>
public sealed class Embedding : Module<Tensor, Tensor>
{
    /// <summary>A lookup table of <paramref name="numEmbeddings"/> vectors of size <paramref name="embeddingDim"/>.</summary>
    public Embedding(long numEmbeddings, long embeddingDim, long? paddingIdx = null)
    {
        if (paddingIdx is { } p)
        {
            if (p >= numEmbeddings || p < -numEmbeddings) throw new TorchException("Padding_idx must be within num_embeddings");
            paddingIdx = p < 0 ? p + numEmbeddings : p;
        }
        NumEmbeddings = numEmbeddings;
        EmbeddingDim = embeddingDim;
        PaddingIdx = paddingIdx;
        var weight = RegisterParameter("weight", Parameter.Create(Torch.Empty([numEmbeddings, embeddingDim])))!;
        Init.Normal_(weight);
        if (PaddingIdx is { } padding)
            using (Autograd.NoGrad()) weight[padding].Fill_(0);
    }

    /// <summary>How many vectors.</summary>
    public long NumEmbeddings { get; }

    /// <summary>The size of each vector.</summary>
    public long EmbeddingDim { get; }

    /// <summary>The row whose gradient is always zero (null if none).</summary>
    public long? PaddingIdx { get; }

    /// <summary>The table, shape (num_embeddings, embedding_dim).</summary>
    public Tensor Weight => GetParameter("weight")!;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Torch.Embedding(Weight, input, PaddingIdx ?? -1);

    /// <inheritdoc/>
    protected override string ExtraRepr() =>
        string.Create(CultureInfo.InvariantCulture, $"{NumEmbeddings}, {EmbeddingDim}") + (PaddingIdx is { } p ? $", padding_idx={p}" : "");
}
