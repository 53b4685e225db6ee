using TorchInterop.Native;
using TorchInterop.NN;

namespace TorchInterop.Distributed;

/// <summary>
/// Python's <c>torch.nn.parallel.DistributedDataParallel</c> (torch/nn/parallel/distributed.py) over LibTorch's own
/// <c>c10d::Reducer</c>: at construction the ranks check that their parameters agree in shape, copy rank 0's
/// parameters and buffers to every rank, and bucket the parameters; each backward then all-reduces the buckets
/// through the group while autograd runs, so every rank's gradients become the average over the group. Each rank
/// wraps the same model and feeds it its own part of the batch.
/// </summary>
/// <example><code>
/// Distributed.InitProcessGroup("gloo", "env://");
/// var ddp = new DistributedDataParallel&lt;Tensor, Tensor&gt;(model);
/// ddp.Call(x).Sum().Backward();   // gradients averaged over the ranks
/// </code></example>
public sealed partial class DistributedDataParallel<TInput, TOutput> : Module<TInput, TOutput>, IDisposable
{
    /// <summary>Python's <c>broadcast_bucket_size</c>: the bucket of the parameter and buffer broadcasts, 250 MiB.</summary>
    public const long BroadcastBucketBytes = 250L * 1024 * 1024;

    /// <summary>Python's default <c>bucket_cap_mb</c>: 25.</summary>
    public const double DefaultBucketCapMb = 25;

    private readonly DdpGroupHandle _group;
    private readonly ReducerHandle _reducer;
    private readonly List<Tensor> _reducerParameters;

    /// <summary>
    /// Wraps <paramref name="module"/> for data-parallel training over <paramref name="processGroup"/> (default: the
    /// default group of <see cref="Distributed.InitProcessGroup"/>). Every rank of the group must construct it at
    /// the same point with the same model shapes. <paramref name="bucketCapMb"/> (default 25) bounds the gradient
    /// buckets; <paramref name="findUnusedParameters"/> walks the graph from the outputs each forward so that
    /// parameters that took no part do not stall the reduction; <paramref name="gradientAsBucketView"/> makes each
    /// <c>.grad</c> a view into its bucket; <paramref name="staticGraph"/> declares the graph the same every
    /// iteration. <paramref name="deviceIds"/> and <paramref name="outputDevice"/> must be null for a CPU module,
    /// as in PyTorch.
    /// </summary>
    public DistributedDataParallel(Module<TInput, TOutput> module, IReadOnlyList<int>? deviceIds = null, int? outputDevice = null,
                                   int dim = 0, bool broadcastBuffers = true, ProcessGroup? processGroup = null,
                                   double? bucketCapMb = null, bool findUnusedParameters = false, bool checkReduction = false,
                                   bool gradientAsBucketView = false, bool staticGraph = false)
    {
        ArgumentNullException.ThrowIfNull(module);
        var parameters = module.Parameters().ToList();
        if (!parameters.Any(p => p.RequiresGrad))
            throw new TorchException("DistributedDataParallel is not needed when a module doesn't have any parameter that requires a gradient.");
        if (deviceIds is { Count: > 1 })
            throw new TorchException("device_ids can only be None or contain a single element.", TorchErrorKind.ValueError);
        if (deviceIds is { Count: > 0 } || outputDevice is not null)
            throw new TorchException(
                "DistributedDataParallel device_ids and output_device arguments only work with single-device/multiple-device GPU modules " +
                $"or CPU modules, but got device_ids {PythonList(deviceIds)}, output_device {outputDevice?.ToString() ?? "None"}, and module " +
                "parameters {device(type='cpu')}.", TorchErrorKind.ValueError);

        ProcessGroup = processGroup ?? Distributed.DefaultGroup;
        Dim = dim;
        Module = RegisterModule("module", module)!;
        BroadcastBuffers = broadcastBuffers;
        FindUnusedParameters = findUnusedParameters;
        GradientAsBucketView = gradientAsBucketView;
        if (checkReduction)
            Warnings.Raise("The `check_reduction` argument in `DistributedDataParallel` module is deprecated. Please avoid using it.");

        // Python 2.x keeps a 1 MiB first bucket only with the default cap; a cap given explicitly applies to all.
        BucketBytesCap = (long)((bucketCapMb ?? DefaultBucketCapMb) * 1024 * 1024);
        long firstBucketBytes = NativeMethods.ti_ddp_default_first_bucket_bytes();
#if LIBTORCH_2
        if (bucketCapMb is not null) firstBucketBytes = BucketBytesCap;
#endif
        _reducerParameters = ParametersForReducer(module);
        var store = ProcessGroup.Store ?? throw new InvalidOperationException("This process is not a member of the group.");
        _group = ValidHandle.Of(NativeMethods.ti_ddp_group_new(ProcessGroup.Live, store.Handle));
        try
        {
            VerifyParameterShapes(_reducerParameters);
            BroadcastFromRankZero([.. module.Parameters().Select(p => p.Detach()), .. module.Buffers().Select(b => b.Detach())]);
            _reducer = NewReducer(BucketSizeLimits(staticGraph, findUnusedParameters, firstBucketBytes), firstBucketBytes);
        }
        catch
        {
            _group.Dispose();
            throw;
        }
        if (staticGraph) SetStaticGraph();
    }

    /// <summary>The wrapped module (Python's <c>.module</c>); its state dict keys appear under <c>module.</c> here.</summary>
    public Module<TInput, TOutput> Module { get; }

    /// <summary>The group the gradients are averaged over.</summary>
    public ProcessGroup ProcessGroup { get; }

    /// <summary>Python's <c>dim</c> (kept for the signature; CPU modules do not scatter their inputs).</summary>
    public int Dim { get; }

    /// <summary>Whether each forward first copies rank 0's buffers to every rank (Python's <c>broadcast_buffers</c>).</summary>
    public bool BroadcastBuffers { get; }

    /// <summary>Whether each forward finds the parameters its outputs do not depend on (Python's <c>find_unused_parameters</c>).</summary>
    public bool FindUnusedParameters { get; }

    /// <summary>Whether each gradient is a view into its bucket (Python's <c>gradient_as_bucket_view</c>).</summary>
    public bool GradientAsBucketView { get; }

    /// <summary>Whether the graph was declared the same every iteration (Python's <c>static_graph</c>).</summary>
    public bool StaticGraph { get; private set; }

    /// <summary>The gradient bucket cap in bytes (Python's <c>bucket_bytes_cap</c>).</summary>
    public long BucketBytesCap { get; }

    /// <summary>The number of buckets before the first rebuild (1 unless <see cref="FindUnusedParameters"/>, as in PyTorch).</summary>
    public int InitialBucketCount => Check.Status(NativeMethods.ti_reducer_initial_bucket_count(_reducer));

    /// <summary>The forwards that armed a gradient sync so far (Python's <c>num_iterations</c>).</summary>
    public long Iterations { get; private set; }

    /// <summary>Whether the next backward all-reduces the gradients (Python's <c>require_backward_grad_sync</c>); see <see cref="NoSync"/>.</summary>
    public bool RequireBackwardGradSync { get; set; } = true;

    /// <summary>Whether the last forward armed a sync, so the next one broadcasts buffers (Python's <c>require_forward_param_sync</c>).</summary>
    public bool RequireForwardParamSync { get; private set; } = true;

    /// <inheritdoc/>
    public override TOutput Forward(TInput input)
    {
        bool gradEnabled = Autograd.IsGradEnabled;
        bool arming = gradEnabled && RequireBackwardGradSync;
        if (arming)
        {
            Iterations++;
            Check.Status(NativeMethods.ti_reducer_prepare_for_forward(_reducer));
        }
        if (gradEnabled) Check.Status(NativeMethods.ti_reducer_rebuild_buckets(_reducer));
        if (WillSyncModuleBuffers) SyncBuffers();

        var output = Module.Call(input);

        if (arming)
        {
            RequireForwardParamSync = true;
            PrepareForBackward(FindUnusedParameters && !StaticGraph ? OutputTensors.Find(output) : []);
        }
        else
        {
            RequireForwardParamSync = false;
        }
        if (StaticGraph && Iterations == 1) DelayAllReduceOnBackward(OutputTensors.Find(output));
        return output;
    }

    /// <summary>
    /// A scope in which backward does not all-reduce (Python's <c>no_sync()</c>): gradients accumulate locally, and
    /// the first backward after the scope syncs them all. The previous setting comes back on dispose.
    /// </summary>
    public IDisposable NoSync() => new NoSyncScope(this);

    /// <summary>Whether the next forward broadcasts rank 0's buffers (Python's <c>will_sync_module_buffers()</c>).</summary>
    public bool WillSyncModuleBuffers => RequireForwardParamSync && BroadcastBuffers && Module.Buffers().Any();

    /// <summary>Releases the reducer (its hooks leave the parameters) and its group; the module stays usable.</summary>
    public void Dispose()
    {
        _reducer.Dispose();
        _group.Dispose();
    }

    private sealed class NoSyncScope : IDisposable
    {
        private readonly DistributedDataParallel<TInput, TOutput> _owner;
        private readonly bool _previous;
        private bool _disposed;

        public NoSyncScope(DistributedDataParallel<TInput, TOutput> owner)
        {
            _owner = owner;
            _previous = owner.RequireBackwardGradSync;
            owner.RequireBackwardGradSync = false;
        }

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            _owner.RequireBackwardGradSync = _previous;
        }
    }

    private static string PythonList(IReadOnlyList<int>? values) => values is null ? "None" : $"[{string.Join(", ", values)}]";
}
