using System.Runtime.InteropServices;

namespace TorchInterop.Native;

/// <summary>
/// What one node hook does with the gradients the engine hands it: the first list (grad_inputs of a post-hook, the
/// grad_outputs of a pre-hook, the leaf of a post-accumulate-grad hook) and, for a post-hook, the grad_outputs; it
/// returns the replacement of the first list, or null to keep it.
/// </summary>
internal delegate IReadOnlyList<Tensor?>? NodeHookBody(Tensor?[] first, Tensor?[]? second);

/// <summary>
/// The native entry points of node hooks (native/src/node_hooks.cpp). The body travels as a GCHandle that the shim
/// releases when the hook is removed or its node dies. A hook that throws fails the backward pass, which rethrows
/// that very exception.
/// </summary>
internal static unsafe class NodeHookCallbacks
{
    [ThreadStatic] private static Exception? t_failure;

    public static delegate* unmanaged<IntPtr, IntPtr*, int, IntPtr*, int, IntPtr*, int> InvokePointer => &Invoke;

    public static delegate* unmanaged<IntPtr, void> ReleasePointer => &Release;

    /// <summary>Node hooks whose .NET body is held by the shim now (for leak checks).</summary>
    public static long Alive => NativeMethods.ti_node_hooks_alive();

    /// <summary>The exception a node hook threw on this thread since the last call, if any.</summary>
    public static Exception? TakeFailure()
    {
        var failure = t_failure;
        t_failure = null;
        return failure;
    }

    /// <summary>A handle that removes the hook with <paramref name="key"/> (and releases its body at once).</summary>
    public static RemovableHandle Handle(long key) => new(() => Check.Status(NativeMethods.ti_node_hook_remove(key)));

    [UnmanagedCallersOnly]
    private static int Invoke(IntPtr state, IntPtr* first, int nFirst, IntPtr* second, int nSecond, IntPtr* results)
    {
        try
        {
            var body = (NodeHookBody)GCHandle.FromIntPtr(state).Target!;
            var firstTensors = Wrap(first, nFirst);
            var secondTensors = second == null ? null : Wrap(second, nSecond);
            var replaced = body(firstTensors, secondTensors);
            if (replaced is null) return 0;
            for (int i = 0; i < nFirst; i++) results[i] = replaced[i] is { } t ? NativeMethods.ti_tensor_share(t) : IntPtr.Zero;
            return 1;
        }
        catch (Exception e)
        {
            t_failure = e;
            NativeMethods.ti_set_hook_error(e is TorchException ? e.Message : $"{e.GetType().Name}: {e.Message}");
            return -1;
        }
    }

    // The engine's gradients become tensors the hook may keep (as Python's hooks keep them); the collector frees the rest.
    private static Tensor?[] Wrap(IntPtr* handles, int n)
    {
        var tensors = new Tensor?[n];
        for (int i = 0; i < n; i++)
            if (handles[i] != IntPtr.Zero) tensors[i] = Tensor.Wrap(handles[i]);
        return tensors;
    }

    [UnmanagedCallersOnly]
    private static void Release(IntPtr state) => GCHandle.FromIntPtr(state).Free();
}
