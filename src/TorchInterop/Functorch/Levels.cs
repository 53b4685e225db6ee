using TorchInterop.Native;

namespace TorchInterop.Functorch;

// The kinds of functorch's DynamicLayer transforms, as the shim's ti_func_exit numbers them (Functionalize has its own
// exit, ti_func_functionalize_exit).
internal enum Transform { Vmap = 1, Grad = 2, Jvp = 3, Functionalize = 4 }

/// <summary>One layer of functorch's DynamicLayer stack, popped on dispose (PyTorch's *_increment_nesting / *_decrement_nesting).</summary>
internal readonly struct TransformLevel : IDisposable
{
    private readonly Transform _transform;

    private TransformLevel(Transform transform, long level)
    {
        if (level < 0) throw Check.LastError();
        _transform = transform;
        Level = level;
    }

    public long Level { get; }

    public static TransformLevel Grad() => new(Transform.Grad, NativeMethods.ti_func_grad_enter());

    public static TransformLevel Jvp() => new(Transform.Jvp, NativeMethods.ti_func_jvp_enter());

    public static TransformLevel Vmap(long batchSize, Randomness randomness) =>
        new(Transform.Vmap, NativeMethods.ti_func_vmap_enter(batchSize, (int)randomness));

    /// <summary>functorch's <c>_func_increment_nesting(reapply_views)</c>: a Functionalize layer.</summary>
    public static TransformLevel Functionalize(bool reapplyViews) =>
        new(Transform.Functionalize, NativeMethods.ti_func_functionalize_enter(reapplyViews ? 1 : 0));

    public void Dispose() => Check.Status(_transform == Transform.Functionalize
        ? NativeMethods.ti_func_functionalize_exit(Level)
        : NativeMethods.ti_func_exit(Level, (int)_transform));

    // _wrap_for_grad
    public Tensor Wrap(Tensor tensor) => Tensor.From(NativeMethods.ti_func_wrap(tensor, Level));

    // _unwrap_for_grad: a tensor of another level comes back as it is.
    public Tensor Unwrap(Tensor tensor) => Tensor.From(NativeMethods.ti_func_unwrap(tensor, Level));

    // _create_differentiable
    public static Tensor MakeDifferentiable(Tensor wrapped)
    {
        Check.Status(NativeMethods.ti_func_make_differentiable(wrapped));
        return wrapped;
    }

    // functorch's _add_batch_dim and _remove_batch_dim, for a vmap level.
    public Tensor AddBatchDim(Tensor tensor, long dim) => Tensor.From(NativeMethods.ti_func_add_batch_dim(tensor, dim, Level));

    public Tensor RemoveBatchDim(Tensor tensor, long batchSize, long outDim) =>
        Tensor.From(NativeMethods.ti_func_remove_batch_dim(tensor, Level, batchSize, outDim));

    public static bool IsBatched(Tensor tensor, long level = -1) => Check.Flag(NativeMethods.ti_func_is_batched(tensor, level));
}

/// <summary>vmap's <c>randomness</c>: how random operations behave across the batch.</summary>
internal enum Randomness { Error = 0, Same = 1, Different = 2 }
