using TorchInterop.Distributed;
using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        /// <summary>Python's <c>torch.nn.parallel</c>: data parallelism over processes.</summary>
        public static partial class parallel
        {
            /// <summary>
            /// <c>torch.nn.parallel.DistributedDataParallel(module, device_ids=None, output_device=None, dim=0, broadcast_buffers=True,
            /// process_group=None, bucket_cap_mb=25, find_unused_parameters=False, check_reduction=False, gradient_as_bucket_view=False,
            /// static_graph=False)</c> over LibTorch's c10d::Reducer; every rank of the group calls it with the same model.
            /// </summary>
            public static DistributedDataParallel<TInput, TOutput> DistributedDataParallel<TInput, TOutput>(Module<TInput, TOutput> module,
                IReadOnlyList<int>? device_ids = null, int? output_device = null, int dim = 0, bool broadcast_buffers = true,
                ProcessGroup? process_group = null, double? bucket_cap_mb = null, bool find_unused_parameters = false,
                bool check_reduction = false, bool gradient_as_bucket_view = false, bool static_graph = false) =>
                new(module, device_ids, output_device, dim, broadcast_buffers, process_group, bucket_cap_mb, find_unused_parameters,
                    check_reduction, gradient_as_bucket_view, static_graph);
        }
    }
}
#pragma warning restore CS8981, IDE1006

/// <summary>The Python names of <see cref="DistributedDataParallel{TInput, TOutput}"/>'s members.</summary>
public static class DistributedDataParallelExtensions
{
    extension<TInput, TOutput>(DistributedDataParallel<TInput, TOutput> ddp)
    {
        /// <summary><c>ddp.module</c>: the wrapped module.</summary>
        public Module<TInput, TOutput> module => ddp.Module;

        /// <summary><c>with ddp.no_sync():</c>, written <c>using (ddp.no_sync()) { ... }</c>: backward accumulates without all-reducing.</summary>
        public IDisposable no_sync() => ddp.NoSync();

        /// <summary><c>ddp.process_group</c></summary>
        public ProcessGroup process_group => ddp.ProcessGroup;

        /// <summary><c>ddp.device_ids</c>: None for a CPU module.</summary>
        public List<int>? device_ids => null;

        /// <summary><c>ddp.output_device</c>: None for a CPU module.</summary>
        public int? output_device => null;

        /// <summary><c>ddp.dim</c></summary>
        public int dim => ddp.Dim;

        /// <summary><c>ddp.broadcast_buffers</c></summary>
        public bool broadcast_buffers => ddp.BroadcastBuffers;

        /// <summary><c>ddp.find_unused_parameters</c></summary>
        public bool find_unused_parameters => ddp.FindUnusedParameters;

        /// <summary><c>ddp.gradient_as_bucket_view</c></summary>
        public bool gradient_as_bucket_view => ddp.GradientAsBucketView;

        /// <summary><c>ddp.static_graph</c></summary>
        public bool static_graph => ddp.StaticGraph;

        /// <summary><c>ddp.bucket_bytes_cap</c></summary>
        public long bucket_bytes_cap => ddp.BucketBytesCap;

        /// <summary><c>ddp.broadcast_bucket_size</c>: 250 MiB.</summary>
        public long broadcast_bucket_size => DistributedDataParallel<TInput, TOutput>.BroadcastBucketBytes;

        /// <summary><c>ddp.num_iterations</c></summary>
        public long num_iterations => ddp.Iterations;

        /// <summary><c>ddp.require_backward_grad_sync</c></summary>
        public bool require_backward_grad_sync { get => ddp.RequireBackwardGradSync; set => ddp.RequireBackwardGradSync = value; }

        /// <summary><c>ddp.require_forward_param_sync</c></summary>
        public bool require_forward_param_sync => ddp.RequireForwardParamSync;

        /// <summary><c>ddp.will_sync_module_buffers()</c></summary>
        public bool will_sync_module_buffers() => ddp.WillSyncModuleBuffers;
    }
}
