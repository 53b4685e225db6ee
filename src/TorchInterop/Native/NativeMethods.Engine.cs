using System.Runtime.InteropServices;

namespace TorchInterop.Native;

// native/include/ti_engine.h: our autograd engine (anomaly mode's forward stacks, saved-tensor hooks).
internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library)] internal static partial int ti_engine_is_default();

    [LibraryImport(Library)] internal static partial void ti_set_anomaly_stack_callback(delegate* unmanaged<IntPtr, void> callback);
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void ti_anomaly_store_stack(IntPtr sink, string text);

    [LibraryImport(Library)]
    internal static partial int ti_saved_tensors_hooks_push(delegate* unmanaged<IntPtr, IntPtr, int*, IntPtr> pack,
        delegate* unmanaged<IntPtr, int*, IntPtr> unpack, delegate* unmanaged<IntPtr, void> release, IntPtr state);
    [LibraryImport(Library)] internal static partial int ti_saved_tensors_hooks_pop(out IntPtr state);
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ti_saved_tensors_hooks_disable(string message);
    [LibraryImport(Library)] internal static partial int ti_saved_tensors_hooks_enable();
    [LibraryImport(Library)] internal static partial IntPtr ti_saved_tensors_hooks_disabled_message();
    [LibraryImport(Library)] internal static partial long ti_saved_tensors_packed_alive();
}
