using System.Runtime.InteropServices;

namespace TorchInterop.Native;

// native/include/ti_context.h: LibTorch's global context.
internal static partial class NativeMethods
{
    [LibraryImport(Library)] internal static partial int ti_build_features();
    [LibraryImport(Library)] internal static partial int ti_deterministic_algorithms(out int enabled, out int warnOnly);
    [LibraryImport(Library)] internal static partial int ti_set_deterministic_algorithms(int enabled, int warnOnly);
    [LibraryImport(Library)] internal static partial int ti_set_flush_denormal(int on);
    [LibraryImport(Library)] internal static partial int ti_warn_always();
    [LibraryImport(Library)] internal static partial int ti_set_warn_always(int on);
    [LibraryImport(Library)] internal static partial int ti_get_num_interop_threads();
    [LibraryImport(Library)] internal static partial int ti_set_num_interop_threads(int n);
}
