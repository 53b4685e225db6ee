using System.Runtime.InteropServices;

namespace TorchInterop.Native;

/// <summary>An owned reference to a c10d::Store (ti_store) of the shim.</summary>
internal sealed class StoreHandle : SafeHandle
{
    public StoreHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        NativeMethods.ti_store_free(handle);
        return true;
    }
}
