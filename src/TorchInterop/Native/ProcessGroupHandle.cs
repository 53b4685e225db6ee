using System.Runtime.InteropServices;

namespace TorchInterop.Native;

/// <summary>An owned reference to a c10d::ProcessGroupGloo (ti_process_group) of the shim.</summary>
internal sealed class ProcessGroupHandle : SafeHandle
{
    public ProcessGroupHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        NativeMethods.ti_process_group_free(handle);
        return true;
    }
}
