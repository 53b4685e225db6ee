using System.Runtime.InteropServices;

namespace TorchInterop.Native;

/// <summary>An owned reference to a LibTorch tensor; releasing it drops the reference.</summary>
internal sealed class TensorHandle : SafeHandle
{
    private long _reportedBytes;

    public TensorHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Tells the GC about native memory it cannot see, so undisposed tensors get collected in time.</summary>
    internal void ReportMemory(long bytes)
    {
        if (bytes < MemoryPressureThreshold) return;
        GC.AddMemoryPressure(bytes);
        _reportedBytes = bytes;
    }

    // Below this size the bookkeeping costs more than the pressure helps.
    private const long MemoryPressureThreshold = 4096;

    protected override bool ReleaseHandle()
    {
        NativeMethods.ti_tensor_free(handle);
        if (_reportedBytes > 0) GC.RemoveMemoryPressure(_reportedBytes);
        return true;
    }
}

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
