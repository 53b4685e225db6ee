using System.Runtime.InteropServices;

namespace TorchInterop.Native;

// native/include/ti_devices.h: the accelerators the loaded LibTorch can use.
internal static partial class NativeMethods
{
    [LibraryImport(Library)] internal static partial long ti_cuda_device_count();
}
