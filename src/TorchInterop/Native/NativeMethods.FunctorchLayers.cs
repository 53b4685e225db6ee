using System.Runtime.InteropServices;

namespace TorchInterop.Native;

// native/include/ti_functorch_layers.h: the innermost functorch layer, for custom Functions under transforms.
internal static partial class NativeMethods
{
    [LibraryImport(Library)]
    internal static partial int ti_func_current_layer(out long level, out int transform, out long batchSize, out int randomness);
    [LibraryImport(Library)] internal static partial int ti_func_unwrap_batched(Tensor t, long level, out IntPtr value, out long bdim);
    [LibraryImport(Library)] internal static partial IntPtr ti_func_lower();
    [LibraryImport(Library)] internal static partial int ti_func_raise(IntPtr layer);
}
