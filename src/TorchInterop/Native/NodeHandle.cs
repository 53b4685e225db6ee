using System.Runtime.InteropServices;

namespace TorchInterop.Native;

/// <summary>An owned reference to an autograd graph node (a grad_fn).</summary>
internal sealed class NodeHandle : SafeHandle
{
    public NodeHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        NativeMethods.ti_node_free(handle);
        return true;
    }
}
