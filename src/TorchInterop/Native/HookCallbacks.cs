using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TorchInterop.Native;

/// <summary>
/// The native entry points of tensor hooks. The hook delegate travels as a GCHandle that the shim releases when
/// LibTorch drops the hook. A hook that throws fails the backward pass; its exception becomes the inner exception.
/// </summary>
internal static unsafe class HookCallbacks
{
    [ThreadStatic] private static Exception? t_failure;

    public static delegate* unmanaged<IntPtr, IntPtr, int*, IntPtr> InvokePointer => &Invoke;

    public static delegate* unmanaged<IntPtr, void> ReleasePointer => &Release;

    /// <summary>The exception a hook threw on this thread since the last call, if any.</summary>
    public static Exception? TakeFailure()
    {
        var failure = t_failure;
        t_failure = null;
        return failure;
    }

    [UnmanagedCallersOnly]
    private static IntPtr Invoke(IntPtr state, IntPtr grad, int* failed)
    {
        try
        {
            var hook = (Func<Tensor, Tensor?>)GCHandle.FromIntPtr(state).Target!;
            Tensor? replacement = hook(Tensor.Wrap(grad));
            return replacement is null ? IntPtr.Zero : NativeMethods.ti_tensor_share(replacement);
        }
        catch (Exception e)
        {
            t_failure = e;
            NativeMethods.ti_set_hook_error(e is TorchException ? e.Message : $"{e.GetType().Name}: {e.Message}");
            *failed = 1;
            return IntPtr.Zero;
        }
    }

    [UnmanagedCallersOnly]
    private static void Release(IntPtr state) => GCHandle.FromIntPtr(state).Free();
}
