using System.Runtime.InteropServices;

namespace TorchInterop.Native;

// native/include/ti_node_hooks.h: hooks on graph nodes and post-accumulate-grad hooks.
internal static unsafe partial class NativeMethods
{
    internal const int NodePostHook = 0;
    internal const int NodePreHook = 1;

    [LibraryImport(Library)]
    internal static partial int ti_node_register_hook(NodeHandle node, int kind,
        delegate* unmanaged<IntPtr, IntPtr*, int, IntPtr*, int, IntPtr*, int> hook, delegate* unmanaged<IntPtr, void> release,
        IntPtr state, out long key);

    [LibraryImport(Library)]
    internal static partial int ti_register_post_accumulate_grad_hook(Tensor t,
        delegate* unmanaged<IntPtr, IntPtr*, int, IntPtr*, int, IntPtr*, int> hook, delegate* unmanaged<IntPtr, void> release,
        IntPtr state, out long key);

    [LibraryImport(Library)] internal static partial int ti_node_hook_remove(long key);

    [LibraryImport(Library)] internal static partial long ti_node_hooks_alive();
}
