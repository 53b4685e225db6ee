using System.Runtime.InteropServices;

namespace TorchInterop.Native;

/// <summary>An owned CPU generator of the shim (ti_generator).</summary>
internal sealed class GeneratorHandle : SafeHandle
{
    public GeneratorHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    private GeneratorHandle(bool ownsHandle) : base(IntPtr.Zero, ownsHandle) { }

    /// <summary>The null handle, which the shim reads as LibTorch's default CPU generator; never released.</summary>
    public static GeneratorHandle DefaultGenerator() => new(ownsHandle: false);

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        NativeMethods.ti_generator_free(handle);
        return true;
    }
}
