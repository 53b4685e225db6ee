using System.Runtime.InteropServices;

namespace TorchInterop.Native;

// native/include/ti_functorch_debug.h: functorch's debugging helpers.
internal static partial class NativeMethods
{
    [LibraryImport(Library)] internal static partial IntPtr ti_func_debug_unwrap(Tensor t, int recurse);
}
