using System.Runtime.InteropServices;

namespace TorchInterop.Native;

/// <summary>An owned reference to the c10d::ProcessGroup DDP runs on (ti_ddp_group) of the shim.</summary>
internal sealed class DdpGroupHandle : SafeHandle
{
    public DdpGroupHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        NativeMethods.ti_ddp_group_free(handle);
        return true;
    }
}
