using TorchInterop.Native;
using TorchInterop.NN;

namespace TorchInterop.Distributed;

// The calls into c10d that Python's DDP makes from __init__, _ddp_init_helper, forward and _sync_buffers.
public sealed partial class DistributedDataParallel<TInput, TOutput>
{
    // Python's _build_params_for_reducer: each module's own parameters that require grad, each tensor once, in
    // module order.
    private static List<Tensor> ParametersForReducer(Module module)
    {
        var seen = new HashSet<Tensor>(ReferenceEqualityComparer.Instance);
        var list = new List<Tensor>();
        foreach (var (_, submodule) in module.NamedModules())
            foreach (var (_, parameter) in submodule.NamedParameters(recurse: false))
                if (parameter.RequiresGrad && seen.Add(parameter)) list.Add(parameter);
        return list;
    }

    // BucketCapacityConfig / _ddp_init_helper: one bucket for the first iteration unless unused parameters are to be
    // found (the reducer rebuilds them in gradient order after it); -1 is sys.maxsize.
    private long[] BucketSizeLimits(bool staticGraph, bool findUnusedParameters, long firstBucketBytes)
    {
        if (staticGraph || !findUnusedParameters) return [-1];
#if LIBTORCH_2
        if (firstBucketBytes >= BucketBytesCap) return [BucketBytesCap];
#endif
        return [firstBucketBytes, BucketBytesCap];
    }

    private unsafe void VerifyParameterShapes(IReadOnlyList<Tensor> parameters)
    {
        using var list = HandleList.NonNull(parameters, nameof(parameters));
        fixed (IntPtr* p = list.Pointers) Check.Status(NativeMethods.ti_ddp_verify_params(_group, p, parameters.Count));
    }

    // Python's _sync_module_states / _sync_params_and_buffers: rank 0's values, in 250 MiB buckets.
    private unsafe void BroadcastFromRankZero(IReadOnlyList<Tensor> tensors)
    {
        if (tensors.Count == 0) return;
        using var list = HandleList.NonNull(tensors, nameof(tensors));
        fixed (IntPtr* p = list.Pointers)
            Check.Status(NativeMethods.ti_ddp_broadcast_coalesced(_group, p, tensors.Count, BroadcastBucketBytes, 0));
    }

    private unsafe ReducerHandle NewReducer(long[] bucketSizeLimits, long firstBucketBytes)
    {
        using var list = HandleList.NonNull(_reducerParameters, "parameters");
        fixed (IntPtr* p = list.Pointers)
        fixed (long* limits = bucketSizeLimits)
            return ValidHandle.Of(NativeMethods.ti_reducer_new(_group, p, _reducerParameters.Count, limits, bucketSizeLimits.Length,
                BucketBytesCap, firstBucketBytes, FindUnusedParameters ? 1 : 0, GradientAsBucketView ? 1 : 0));
    }

    // Python's _set_static_graph.
    private void SetStaticGraph()
    {
        if (StaticGraph)
        {
            Warnings.Raise("You've set static_graph to be True, no need to set it again.");
            return;
        }
        StaticGraph = true;
        Check.Status(NativeMethods.ti_reducer_set_static_graph(_reducer));
        if (FindUnusedParameters)
            Warnings.Raise("You passed find_unused_parameters=true to DistributedDataParallel, `_set_static_graph` will detect unused parameters " +
                "automatically, so you do not need to set find_unused_parameters=true, just be sure these unused parameters will not change " +
                "during training loop while calling `_set_static_graph`.");
    }

    private unsafe void PrepareForBackward(IReadOnlyList<Tensor> outputs)
    {
        using var list = HandleList.NonNull(outputs, nameof(outputs));
        fixed (IntPtr* p = list.Pointers) Check.Status(NativeMethods.ti_reducer_prepare_for_backward(_reducer, p, outputs.Count));
    }

    private unsafe void DelayAllReduceOnBackward(IReadOnlyList<Tensor> outputs)
    {
        using var list = HandleList.NonNull(outputs, nameof(outputs));
        fixed (IntPtr* p = list.Pointers) Check.Status(NativeMethods.ti_reducer_delay_all_reduce_on_backward(_reducer, p, outputs.Count));
    }

    // Python's _sync_buffers without a join context: rank 0's buffers are the authoritative copy.
    private void SyncBuffers()
    {
        using var noGrad = Autograd.NoGrad();
        BroadcastFromRankZero([.. Module.Buffers()]);
    }
}
