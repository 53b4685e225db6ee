using System.Runtime.InteropServices;
using TorchInterop.Native;

namespace TorchInterop;

public sealed partial class Tensor
{
    /// <summary>
    /// Registers a function of this tensor's gradient, called during backward; it returns a replacement gradient or
    /// null to keep it (Python's <c>tensor.register_hook</c>). Works on leaves and non-leaves.
    /// </summary>
    /// <example><code>var handle = x.RegisterHook(g => g * 2); ... handle.Remove();</code></example>
    public unsafe RemovableHandle RegisterHook(Func<Tensor, Tensor?> hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        IntPtr state = GCHandle.ToIntPtr(GCHandle.Alloc(hook));
        // On failure the shim has already released the state.
        Check.Status(NativeMethods.ti_register_hook(this, HookCallbacks.InvokePointer, HookCallbacks.ReleasePointer, state,
            out int position));
        return new RemovableHandle(this, position);
    }
}

/// <summary>Removes a hook it was returned for (Python's <c>RemovableHandle.remove()</c>): a tensor's or a module's.</summary>
public sealed class RemovableHandle : IDisposable
{
    private Action? _remove;

    internal RemovableHandle(Tensor tensor, int position) : this(() =>
    {
        if (!tensor.IsDisposed) Check.Status(NativeMethods.ti_remove_hook(tensor, position));
    })
    {
    }

    internal RemovableHandle(Action remove) => _remove = remove;

    /// <summary>Removes the hook; does nothing when it was already removed or its tensor is disposed.</summary>
    public void Remove() => Interlocked.Exchange(ref _remove, null)?.Invoke();

    /// <summary>Removes the hook at the end of a <c>using</c> scope (Python's <c>with handle:</c>).</summary>
    public void Dispose() => Remove();
}
