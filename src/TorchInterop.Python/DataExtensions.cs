using System.Diagnostics.CodeAnalysis;
using TorchInterop.Data;

namespace TorchInterop.Python;

/// <summary>Python's attributes of <c>torch.utils.data</c> objects (<c>subset.indices</c>, <c>loader.batch_size</c>, ...), as C# 14 extension members.</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class DataExtensions
{
    extension<T>(Subset<T> s)
    {
        /// <summary><c>subset.indices</c></summary>
        public IReadOnlyList<int> indices => s.Indices;

        /// <summary><c>subset.dataset</c></summary>
        public Dataset<T> dataset => s.Dataset;
    }

    extension(TensorDataset d)
    {
        /// <summary><c>dataset.tensors</c></summary>
        public IReadOnlyList<Tensor> tensors => d.Tensors;
    }

    extension<T>(ConcatDataset<T> d)
    {
        /// <summary><c>dataset.cumulative_sizes</c></summary>
        public IReadOnlyList<int> cumulative_sizes => d.CumulativeSizes;
    }

    extension<TSample, TBatch>(DataLoader<TSample, TBatch> loader)
    {
        /// <summary><c>loader.batch_size</c> (None with a batch sampler given)</summary>
        public int? batch_size => loader.Options.BatchSampler is null ? loader.Options.BatchSize : null;

        /// <summary><c>loader.drop_last</c></summary>
        public bool drop_last => loader.Options.DropLast;

        /// <summary><c>loader.sampler</c></summary>
        public Sampler<int>? sampler => loader.Sampler;

        /// <summary><c>loader.batch_sampler</c></summary>
        public Sampler<IReadOnlyList<int>>? batch_sampler => loader.BatchSampler;
    }
}
