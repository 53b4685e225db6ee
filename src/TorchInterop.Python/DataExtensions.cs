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

    extension(DistributedSampler s)
    {
        // sampler.epoch is read as sampler.Epoch: an extension property `epoch` would reserve set_epoch's name.
        /// <summary><c>sampler.set_epoch(epoch)</c></summary>
        public void set_epoch(long epoch) => s.SetEpoch(epoch);

        /// <summary><c>sampler.num_replicas</c></summary>
        public int num_replicas => s.NumReplicas;

        /// <summary><c>sampler.rank</c></summary>
        public int rank => s.Rank;

        /// <summary><c>sampler.num_samples</c></summary>
        public int num_samples => s.NumSamples;

        /// <summary><c>sampler.total_size</c></summary>
        public int total_size => s.TotalSize;

        /// <summary><c>sampler.shuffle</c></summary>
        public bool shuffle => s.Shuffle;

        /// <summary><c>sampler.seed</c></summary>
        public long seed => s.Seed;

        /// <summary><c>sampler.drop_last</c></summary>
        public bool drop_last => s.DropLast;
    }

    extension(WorkerInfo w)
    {
        /// <summary><c>worker_info.id</c></summary>
        public int id => w.Id;

        /// <summary><c>worker_info.num_workers</c></summary>
        public int num_workers => w.NumWorkers;

        /// <summary><c>worker_info.seed</c></summary>
        public ulong seed => w.Seed;

        /// <summary><c>worker_info.dataset</c></summary>
        public object dataset => w.Dataset;
    }

    extension<T>(StackDataset<T> d)
    {
        /// <summary><c>dataset.datasets</c> (a tuple)</summary>
        public IReadOnlyList<Dataset<T>> datasets => d.Datasets;
    }

    extension<T>(StackDictDataset<T> d)
    {
        /// <summary><c>dataset.datasets</c> (a dict)</summary>
        public IReadOnlyList<KeyValuePair<string, Dataset<T>>> datasets => d.Datasets;
    }
}
