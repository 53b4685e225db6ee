namespace TorchInterop.NN;

public static partial class Functional
{
    /// <summary>
    /// <c>F.embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False)</c>:
    /// rows of <paramref name="weight"/>; with <paramref name="maxNorm"/> the looked-up rows are renormalized in place
    /// first, outside autograd, as PyTorch does.
    /// </summary>
    public static Tensor Embedding(Tensor input, Tensor weight, long? paddingIdx = null, double? maxNorm = null, double normType = 2.0,
        bool scaleGradByFreq = false, bool sparse = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(weight);
        long padding = EmbeddingPaddingIndex(weight, paddingIdx);
        if (maxNorm is { } norm)
        {
            using var contiguous = input.Contiguous();
            RenormEmbedding(weight, contiguous, norm, normType);
            return Torch.Embedding(weight, contiguous, padding, scaleGradByFreq, sparse);
        }
        return Torch.Embedding(weight, input, padding, scaleGradByFreq, sparse);
    }

    /// <summary>
    /// <c>F.embedding_bag(input, weight, offsets=None, max_norm=None, norm_type=2, scale_grad_by_freq=False, mode='mean',
    /// sparse=False, per_sample_weights=None, include_last_offset=False, padding_idx=None)</c>: sums, means or maxima of
    /// bags of embeddings, with PyTorch's checks and messages.
    /// </summary>
    public static Tensor EmbeddingBag(Tensor input, Tensor weight, Tensor? offsets = null, double? maxNorm = null, double normType = 2,
        bool scaleGradByFreq = false, string mode = "mean", bool sparse = false, Tensor? perSampleWeights = null,
        bool includeLastOffset = false, long? paddingIdx = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(weight);
        ArgumentNullException.ThrowIfNull(mode);
        if (weight.Dtype == DType.Int64 && input.IsFloatingPoint())
        {
            Warnings.Raise("Argument order of nn.functional.embedding_bag was changed. Usage `embedding_bag(weight, input, ...)` is deprecated, " +
                "and should now be `embedding_bag(input, weight, ...)`.", FunctionalFile);
            (weight, input) = (input, weight);
        }
        if (perSampleWeights is not null && !SameSize(input, perSampleWeights))
            throw new TorchException($"embedding_bag: If per_sample_weights ({SizeText(perSampleWeights.Shape)}) is not None, then it must have " +
                $"the same shape as the input ({SizeText(input.Shape)})", TorchErrorKind.ValueError);
        if (LibTorch.IsAtLeast(2) && weight.Dim != 2)
            throw new TorchException($"weight has to be a 2D Tensor, but got Tensor of dimension {weight.Dim}", TorchErrorKind.ValueError);

        using var scope = new DisposeList();
        if (input.Dim == 2)
        {
            if (offsets is not null)
                throw new TorchException("if input is 2D, then offsets has to be None, as input is treated is a mini-batch of fixed length " +
                    "sequences. However, found offsets of type <class 'torch.Tensor'>", TorchErrorKind.ValueError);
            offsets = scope.Add(Torch.Arange(0, input.NumEl, input.Size(1), input.Dtype, input.Device));
            input = scope.Add(input.Reshape(-1));
            if (perSampleWeights is not null) perSampleWeights = scope.Add(perSampleWeights.Reshape(-1));
            if (LibTorch.IsAtLeast(2)) includeLastOffset = false;
        }
        else if (input.Dim == 1)
        {
            if (offsets is null) throw new TorchException("offsets has to be a 1D Tensor but got None", TorchErrorKind.ValueError);
            if (offsets.Dim != 1) throw new TorchException("offsets has to be a 1D Tensor", TorchErrorKind.ValueError);
        }
        else
        {
            throw new TorchException($"input has to be 1D or 2D Tensor, but got Tensor of dimension {input.Dim}", TorchErrorKind.ValueError);
        }

        long modeEnum;
        switch (mode)
        {
            case "sum": modeEnum = 0; break;
            case "mean": modeEnum = 1; break;
            case "max":
                modeEnum = 2;
                if (scaleGradByFreq) throw new TorchException("max mode does not support scaling the gradient by the frequency", TorchErrorKind.ValueError);
                if (sparse) throw new TorchException("max mode does not support sparse weights", TorchErrorKind.ValueError);
                break;
            default: throw new TorchException("mode has to be one of sum, mean or max", TorchErrorKind.ValueError);
        }
        if (maxNorm is { } norm) RenormEmbedding(weight, input, norm, normType);
        if (perSampleWeights is not null && mode != "sum")
            throw new TorchException("embedding_bag: per_sample_weights was not None. per_sample_weights is only supported for mode='sum' " +
                $"(got mode='{mode}'). Please open a feature request on GitHub.", TorchErrorKind.NotImplementedError);

        var (result, offset2bag, bagSize, maxIndices) = Torch.EmbeddingBag(weight, input, offsets, scaleGradByFreq, modeEnum, sparse,
            perSampleWeights, includeLastOffset, paddingIdx);
        offset2bag.Dispose();
        bagSize.Dispose();
        maxIndices.Dispose();
        return result;
    }

    // F.embedding's padding_idx: within ±num_embeddings, negative counted from the end; -1 means none to ATen.
    private static long EmbeddingPaddingIndex(Tensor weight, long? paddingIdx)
    {
        if (paddingIdx is not { } p) return -1;
        long rows = weight.Size(0);
        if ((p > 0 && p >= rows) || (p < 0 && p < -rows))
            throw new TorchException("Padding_idx must be within num_embeddings", TorchErrorKind.AssertionError);
        return p < 0 ? rows + p : p;
    }

    // F._no_grad_embedding_renorm_
    private static void RenormEmbedding(Tensor weight, Tensor input, double maxNorm, double normType)
    {
        using var noGrad = Autograd.NoGrad();
        using var detached = weight.Detach();
        Torch.EmbeddingRenorm_(detached, input, maxNorm, normType).Dispose();
    }

    // Tensors a function makes for itself and releases when done.
    private sealed class DisposeList : IDisposable
    {
        private readonly List<Tensor> _tensors = [];

        public Tensor Add(Tensor tensor)
        {
            _tensors.Add(tensor);
            return tensor;
        }

        public void Dispose() => _tensors.ForEach(t => t.Dispose());
    }
}
