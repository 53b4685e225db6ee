using System.Runtime.InteropServices;

namespace TorchInterop.Native;

// native/include/ti_custom_function.h: torch.autograd.Function's node.
internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ti_custom_function_apply(string name, IntPtr* inputs, int nInputs, IntPtr* outputs, int nOutputs,
        int* nonDifferentiable, int* dirty, IntPtr* toSave, int nSave, int materializeGrads,
        delegate* unmanaged<IntPtr, IntPtr*, int, IntPtr*, int, IntPtr*, int, int> backward,
        delegate* unmanaged<IntPtr, IntPtr*, int, IntPtr*, int, int> jvp,
        delegate* unmanaged<IntPtr, void> release, IntPtr state);

    [LibraryImport(Library)] internal static partial long ti_custom_nodes_alive();

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ti_delayed_error(string message, IntPtr* tensors, int n);
    [LibraryImport(Library)] internal static partial int ti_node_is_custom(NodeHandle node);
}
