using System.Runtime.InteropServices;

namespace TorchInterop.Native;

/// <summary>An owned c10d::Reducer (ti_reducer) of the shim.</summary>
internal sealed class ReducerHandle : SafeHandle
{
    public ReducerHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        NativeMethods.ti_reducer_free(handle);
        return true;
    }
}
