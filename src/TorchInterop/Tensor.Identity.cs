using System.Collections.Concurrent;
using TorchInterop.Native;

namespace TorchInterop;

// Python gives the same object for the same tensor: `x.grad_fn.next_functions[0][0].variable is w`. A handle is the
// TensorImpl's address, so a handle LibTorch returns for a tensor that already has a live wrapper can be answered
// with that wrapper. Only leaves that require grad are remembered (they are what autograd hands back: the
// variables of AccumulateGrad nodes), so ordinary ops pay nothing.
public sealed partial class Tensor
{
    private static readonly ConcurrentDictionary<IntPtr, WeakReference<Tensor>> s_leaves = new();
    private const int SweepThreshold = 4096;

    // Remembers this tensor as its TensorImpl's wrapper once it is a leaf that requires grad.
    private void RememberAsLeaf()
    {
        IntPtr handle = _handle;
        if (handle == IntPtr.Zero) return;
        if (s_leaves.Count > SweepThreshold) SweepLeaves();
        s_leaves[handle] = new WeakReference<Tensor>(this);
    }

    private static void SweepLeaves()
    {
        foreach (var (handle, weak) in s_leaves)
            if (!weak.TryGetTarget(out var t) || t._handle != handle)
                s_leaves.TryRemove(new KeyValuePair<IntPtr, WeakReference<Tensor>>(handle, weak));
    }

    // A factory's result, remembered when it was made a leaf that requires grad.
    internal static Tensor Leaf(Tensor tensor, bool requiresGrad)
    {
        if (requiresGrad) tensor.RememberAsLeaf();
        return tensor;
    }

    /// <summary>
    /// A tensor for a handle the shim just returned: the live wrapper of the same TensorImpl when there is one (the
    /// new reference is released), otherwise a new wrapper as <see cref="From"/> makes.
    /// </summary>
    internal static Tensor Canonical(IntPtr handle)
    {
        if (handle != IntPtr.Zero && s_leaves.TryGetValue(handle, out var weak) && weak.TryGetTarget(out var existing)
            && existing._handle == handle)
        {
            NativeMethods.ti_tensor_free(handle);
            return existing;
        }
        return From(handle);
    }
}
