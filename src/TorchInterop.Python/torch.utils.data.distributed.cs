using TorchInterop.Data;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class utils
    {
        public static partial class data
        {
            /// <summary>
            /// Python's <c>torch.utils.data.distributed</c>, the module <c>DistributedSampler</c> lives in
            /// (<c>from torch.utils.data.distributed import DistributedSampler</c> is
            /// <c>using static TorchInterop.Python.torch.utils.data.distributed;</c>).
            /// </summary>
            public static class distributed
            {
                /// <summary>
                /// <c>torch.utils.data.distributed.DistributedSampler(dataset, num_replicas=None, rank=None, shuffle=True, seed=0, drop_last=False)</c>,
                /// the same sampler as <c>torch.utils.data.DistributedSampler</c>.
                /// </summary>
                public static TorchInterop.Data.DistributedSampler DistributedSampler(IDataset dataset, long? num_replicas = null, long? rank = null,
                    bool shuffle = true, long seed = 0, bool drop_last = false) =>
                    data.DistributedSampler(dataset, num_replicas, rank, shuffle, seed, drop_last);

                /// <summary><c>torch.utils.data.distributed.DistributedSampler(range(n), ...)</c> and other sized collections.</summary>
                public static TorchInterop.Data.DistributedSampler DistributedSampler<T>(IReadOnlyCollection<T> dataset, long? num_replicas = null, long? rank = null,
                    bool shuffle = true, long seed = 0, bool drop_last = false) =>
                    data.DistributedSampler(dataset, num_replicas, rank, shuffle, seed, drop_last);
            }
        }
    }
}
