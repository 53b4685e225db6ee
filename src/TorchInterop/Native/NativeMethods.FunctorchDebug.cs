using System.Runtime.InteropServices;

namespace TorchInterop.Native;

// native/include/ti_functorch_debug.h: functorch's debugging helpers.
internal static partial class NativeMethods
{
    [LibraryImport(Library)] internal static partial IntPtr ti_func_debug_unwrap(Tensor t, int recurse);
    [LibraryImport(Library)] internal static partial int ti_func_wrapper_info(Tensor t, out int kind, out long level, out long bdim);
    [LibraryImport(Library)] internal static partial IntPtr ti_func_disable_enter();
    [LibraryImport(Library)] internal static partial void ti_func_disable_exit(IntPtr guard);
}
