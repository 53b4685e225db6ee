using System.Runtime.InteropServices;
using TorchInterop.Native;

namespace TorchInterop;

// Python's grad_fn.register_hook / register_prehook (torch/csrc/autograd/python_cpp_function.cpp), with the checks
// torch/csrc/autograd/python_hook.cpp applies to what a hook returns.
public sealed partial class GradFn
{
    /// <summary>
    /// Registers a hook that runs after this node computed its gradients (Python's <c>grad_fn.register_hook</c>):
    /// <c>hook(gradInputs, gradOutputs)</c> gets the gradients the node passes on (one per next function, null for
    /// None) and the gradients it received; it returns replacements for gradInputs (as many, null for None) or null to
    /// keep them. The hook is released when the handle removes it or the node dies.
    /// </summary>
    /// <example><code>var h = y.GradFn!.RegisterHook((gi, go) => [gi[0] * 2, gi[1]]); ... h.Remove();</code></example>
    public RemovableHandle RegisterHook(Func<IReadOnlyList<Tensor?>, IReadOnlyList<Tensor?>, IReadOnlyList<Tensor?>?> hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return RegisterHook(HookNames.Of(hook), hook);
    }

    /// <summary>
    /// Registers a hook that runs before this node computes its gradients (Python's <c>grad_fn.register_prehook</c>):
    /// <c>hook(gradOutputs)</c> returns replacements for the gradients the node received (as many) or null to keep them.
    /// </summary>
    /// <example><code>var h = y.GradFn!.RegisterPrehook(go => [go[0] * 5]);</code></example>
    public RemovableHandle RegisterPrehook(Func<IReadOnlyList<Tensor?>, IReadOnlyList<Tensor?>?> hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return RegisterPrehook(HookNames.Of(hook), hook);
    }

    /// <summary>The node hooks whose delegates are held now (for leak checks: a node releases its hooks when it dies).</summary>
    public static long LiveHookCount => NodeHookCallbacks.Alive;

    /// <summary><see cref="RegisterHook(Func{IReadOnlyList{Tensor?}, IReadOnlyList{Tensor?}, IReadOnlyList{Tensor?}?})"/> with the name PyTorch's messages give the hook.</summary>
    internal RemovableHandle RegisterHook(string hookName, Func<IReadOnlyList<Tensor?>, IReadOnlyList<Tensor?>, IReadOnlyList<Tensor?>?> hook) =>
        Register(NativeMethods.NodePostHook, (first, second) =>
            hook(first, second!) is { } replaced ? HookResults.Check(hookName, first, replaced) : null);

    /// <summary><see cref="RegisterPrehook(Func{IReadOnlyList{Tensor?}, IReadOnlyList{Tensor?}?})"/> with the name PyTorch's messages give the hook.</summary>
    internal RemovableHandle RegisterPrehook(string hookName, Func<IReadOnlyList<Tensor?>, IReadOnlyList<Tensor?>?> hook) =>
        Register(NativeMethods.NodePreHook, (first, _) =>
            hook(first) is { } replaced ? HookResults.Check(hookName, first, replaced) : null);

    private unsafe RemovableHandle Register(int kind, NodeHookBody body)
    {
        IntPtr state = GCHandle.ToIntPtr(GCHandle.Alloc(body));
        // On failure the shim has already released the state.
        Check.Status(NativeMethods.ti_node_register_hook(_handle, kind, NodeHookCallbacks.InvokePointer, NodeHookCallbacks.ReleasePointer,
            state, out long key));
        return NodeHookCallbacks.Handle(key);
    }
}
