#if LIBTORCH_2
using System.Runtime.InteropServices;
using TorchInterop.Native;

namespace TorchInterop;

public sealed partial class Tensor
{
    /// <summary>
    /// Registers a function of this leaf, called after its <see cref="Grad"/> has been accumulated during backward
    /// (Python's <c>tensor.register_post_accumulate_grad_hook</c>, PyTorch 2.x). PyTorch's errors for a tensor that
    /// does not require grad and for a non-leaf.
    /// </summary>
    /// <example><code>var h = w.RegisterPostAccumulateGradHook(p => p.Grad!.Zero_()); ... h.Remove();</code></example>
    public unsafe RemovableHandle RegisterPostAccumulateGradHook(Action<Tensor> hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        // The body must not capture this tensor: the leaf owns the hook, so a captured wrapper would never die.
        NodeHookBody body = (first, _) =>
        {
            using var passed = first[0]!;
            hook(Canonical(NativeMethods.ti_tensor_share(passed)));
            return null;
        };
        IntPtr state = GCHandle.ToIntPtr(GCHandle.Alloc(body));
        Check.Status(NativeMethods.ti_register_post_accumulate_grad_hook(this, NodeHookCallbacks.InvokePointer,
            NodeHookCallbacks.ReleasePointer, state, out long key));
        return NodeHookCallbacks.Handle(key);
    }
}
#endif
