using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        /// <summary><c>torch.nn.ParameterList(values=None)</c>: plain tensors become parameters.</summary>
        public static NN.ParameterList ParameterList(IEnumerable<Tensor>? values = null) => new(values);

        /// <summary><c>torch.nn.ParameterDict({'a': p, ...})</c>: a plain dict's keys are taken sorted, as in Python.</summary>
        public static NN.ParameterDict ParameterDict(Dictionary<string, Tensor?>? parameters = null) => parameters is null ? new() : new(parameters);

        /// <summary><c>torch.nn.ParameterDict(OrderedDict([...]))</c> or a list of pairs: in their order.</summary>
        public static NN.ParameterDict ParameterDict(IEnumerable<(string, Tensor?)> parameters) => new(parameters);

        /// <summary><c>torch.nn.EmbeddingBag(num_embeddings, embedding_dim, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, mode='mean', sparse=False, _weight=None, include_last_offset=False, padding_idx=None)</c></summary>
        public static NN.EmbeddingBag EmbeddingBag(long num_embeddings, long embedding_dim, double? max_norm = null, double norm_type = 2.0,
            bool scale_grad_by_freq = false, string mode = "mean", bool sparse = false, Tensor? _weight = null, bool include_last_offset = false,
            long? padding_idx = null, DType? dtype = null) =>
            new(num_embeddings, embedding_dim, max_norm, norm_type, scale_grad_by_freq, mode, sparse, _weight, include_last_offset, padding_idx, dtype);
    }
}
#pragma warning restore CS8981, IDE1006
