using System.Runtime.InteropServices;

namespace TorchInterop.Native;

/// <summary>An owned reference to a c10d::Work (ti_work) of the shim.</summary>
internal sealed class WorkHandle : SafeHandle
{
    public WorkHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        NativeMethods.ti_work_free(handle);
        return true;
    }
}
