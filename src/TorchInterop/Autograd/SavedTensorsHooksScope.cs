using System.Runtime.InteropServices;
using TorchInterop.Native;

namespace TorchInterop;

/// <summary>
/// A pair of hooks for the tensors autograd saves on this thread, until disposed (Python's
/// <c>with torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook):</c>). Each tensor an operation saves for
/// backward (LibTorch's own nodes and custom Functions alike) goes through <c>pack</c>, whose result is stored in the
/// graph instead; backward calls <c>unpack</c> on it to get the tensor back. The packed value lives as long as the
/// saved tensor: until backward frees the graph (no <c>retainGraph</c>) or the graph is released. Scopes nest per
/// thread, as PyTorch's do; only the innermost pair applies, and they are disposed innermost first on their thread.
/// </summary>
public sealed unsafe class SavedTensorsHooksScope : IDisposable
{
    [ThreadStatic] private static Stack<SavedTensorsHooksScope>? t_open;

    private readonly Func<Tensor, object?> _pack;
    private readonly Func<object?, Tensor?> _unpack;
    private GCHandle _self;
    private bool _disposed;

    internal SavedTensorsHooksScope(Func<Tensor, object?> pack, Func<object?, Tensor?> unpack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(unpack);
        _pack = pack;
        _unpack = unpack;
        _self = GCHandle.Alloc(this);
        if (NativeMethods.ti_saved_tensors_hooks_push(&Pack, &Unpack, &Release, GCHandle.ToIntPtr(_self)) == Check.Error)
        {
            _self.Free();
            throw Check.LastError();
        }
        (t_open ??= new()).Push(this);
    }

    /// <summary>The packed values alive now, the hooks' share of the graphs (for leak checks).</summary>
    public static long LivePackedValues => NativeMethods.ti_saved_tensors_packed_alive();

    /// <summary>Stops applying the hooks to tensors saved from now on; what they packed stays until its graph is freed.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        if (t_open is not { Count: > 0 } open || open.Peek() != this)
            throw new InvalidOperationException("Saved-tensor hook scopes must be disposed on their thread, innermost first.");
        open.Pop();
        _disposed = true;
        Check.Status(NativeMethods.ti_saved_tensors_hooks_pop(out _));
        _self.Free();
    }

    // A packed value and the unpack hook that reads it, owned by the saved tensor through a GCHandle.
    private sealed record Packed(object? Value, Func<object?, Tensor?> Unpack);

    [UnmanagedCallersOnly]
    private static IntPtr Pack(IntPtr state, IntPtr tensor, int* failed)
    {
        try
        {
            var scope = (SavedTensorsHooksScope)GCHandle.FromIntPtr(state).Target!;
            // Not in any dispose scope: the tensor lives as long as the packed value that may hold it.
            object? value = scope._pack(Tensor.Wrap(tensor));
            return GCHandle.ToIntPtr(GCHandle.Alloc(new Packed(value, scope._unpack)));
        }
        catch (Exception e)
        {
            CallbackFailure.Record(e);
            *failed = 1;
            return IntPtr.Zero;
        }
    }

    [UnmanagedCallersOnly]
    private static IntPtr Unpack(IntPtr state, int* failed)
    {
        try
        {
            var packed = (Packed)GCHandle.FromIntPtr(state).Target!;
            var tensor = packed.Unpack(packed.Value)
                ?? throw new TorchException("Output of saved tensor unpack_hook expected to be a Tensor but got result of type NoneType",
                                            TorchErrorKind.TypeError);
            return NativeMethods.ti_tensor_share(tensor);
        }
        catch (Exception e)
        {
            CallbackFailure.Record(e);
            *failed = 1;
            return IntPtr.Zero;
        }
    }

    [UnmanagedCallersOnly]
    private static void Release(IntPtr state) => GCHandle.FromIntPtr(state).Free();
}
