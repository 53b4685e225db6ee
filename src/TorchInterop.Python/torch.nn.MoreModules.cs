using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        /// <summary><c>torch.nn.SyncBatchNorm(num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, process_group=None, *, bias=True)</c> (<c>bias</c>: PyTorch 2.x)</summary>
        public static NN.SyncBatchNorm SyncBatchNorm(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = true,
            bool track_running_stats = true, object? process_group = null, DType? dtype = null, bool bias = true) =>
            new(num_features, eps, momentum, affine, track_running_stats, process_group, dtype, bias);

        /// <summary><c>torch.nn.DataParallel(module)</c> on a machine without GPU: a call runs <c>.module</c>.</summary>
        public static DataParallel<TInput, TOutput> DataParallel<TInput, TOutput>(Module<TInput, TOutput> module) => new(module);

#if LIBTORCH_2
        /// <summary><c>torch.nn.RMSNorm(normalized_shape, eps=None, elementwise_affine=True)</c> (PyTorch 2.4+)</summary>
        public static NN.RMSNorm RMSNorm(long normalized_shape, double? eps = null, bool elementwise_affine = true, DType? dtype = null) =>
            new(normalized_shape, eps, elementwise_affine, dtype);

        /// <summary><c>torch.nn.RMSNorm([d1, d2, ...], eps=None, elementwise_affine=True)</c> (PyTorch 2.4+)</summary>
        public static NN.RMSNorm RMSNorm(long[] normalized_shape, double? eps = null, bool elementwise_affine = true, DType? dtype = null) =>
            new(normalized_shape, eps, elementwise_affine, dtype);
#endif
    }
}
#pragma warning restore CS8981, IDE1006

/// <summary>The Python names of the modules' class-level members.</summary>
public static class MoreModuleExtensions
{
    extension(NN.SyncBatchNorm)
    {
        /// <summary><c>torch.nn.SyncBatchNorm.convert_sync_batchnorm(module, process_group=None)</c>, written <c>NN.SyncBatchNorm.convert_sync_batchnorm(module)</c>.</summary>
        public static Module convert_sync_batchnorm(Module module, object? process_group = null) => NN.SyncBatchNorm.ConvertSyncBatchNorm(module, process_group);
    }

    extension<TInput, TOutput>(DataParallel<TInput, TOutput> parallel)
    {
        /// <summary><c>dp.module</c>: the wrapped module.</summary>
        public Module<TInput, TOutput> module => parallel.Module;

        /// <summary><c>dp.device_ids</c>: empty without GPU.</summary>
        public List<long> device_ids => [.. parallel.DeviceIds];
    }
}
