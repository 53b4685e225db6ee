using System.Runtime.InteropServices;

namespace TorchInterop.Native;

// native/include/ti_tensor_info.h: tensor facts Python reads as attributes.
internal static partial class NativeMethods
{
    [LibraryImport(Library)] internal static partial int ti_is_contiguous(Tensor t, int memoryFormat);
    [LibraryImport(Library)] internal static partial int ti_data_ptr(Tensor t, out ulong address);
    [LibraryImport(Library)] internal static partial int ti_layout(Tensor t);
}
