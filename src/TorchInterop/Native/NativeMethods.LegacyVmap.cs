using System.Runtime.InteropServices;

namespace TorchInterop.Native;

// native/include/ti_legacy_vmap.h: ATen's legacy vmap mode, for batched gradients and vectorized Jacobians.
internal static partial class NativeMethods
{
    [LibraryImport(Library)] internal static partial long ti_legacy_vmap_increment_nesting();
    [LibraryImport(Library)] internal static partial long ti_legacy_vmap_decrement_nesting();
}
