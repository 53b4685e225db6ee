using TorchInterop.Native;

namespace TorchInterop;

// Python's tensor.to(...) with all of its arguments: non_blocking, copy and memory_format.
public sealed partial class Tensor
{
    /// <summary>
    /// Python's <c>tensor.to(dtype, non_blocking=False, copy=False, memory_format=torch.preserve_format)</c>: this
    /// tensor itself when it already has <paramref name="dtype"/> and <paramref name="copy"/> is false, else a converted copy.
    /// </summary>
    public unsafe Tensor To(DType dtype, bool nonBlocking, bool copy, MemoryFormat memoryFormat = MemoryFormat.Preserve)
    {
        IntPtr result;
        return Result(NativeMethods.tig_to_dtype(&result, this, (int)dtype, nonBlocking ? 1 : 0, copy ? 1 : 0, (int)memoryFormat), result);
    }

    /// <summary>
    /// Python's <c>tensor.to(device, dtype, non_blocking=False, copy=False, memory_format=torch.preserve_format)</c>.
    /// </summary>
    public unsafe Tensor To(Device device, DType dtype, bool nonBlocking, bool copy, MemoryFormat memoryFormat = MemoryFormat.Preserve)
    {
        IntPtr result;
        return Result(NativeMethods.tig_to_dtype_layout(&result, this, (int)dtype, -1, (int)device.Type, device.Index, null,
            nonBlocking ? 1 : 0, copy ? 1 : 0, (int)memoryFormat), result);
    }

    /// <summary>
    /// Python's <c>tensor.to(other, non_blocking=False, copy=False, memory_format=torch.preserve_format)</c>: the dtype
    /// and device of <paramref name="other"/>.
    /// </summary>
    public unsafe Tensor To(Tensor other, bool nonBlocking = false, bool copy = false, MemoryFormat memoryFormat = MemoryFormat.Preserve)
    {
        ArgumentNullException.ThrowIfNull(other);
        IntPtr result;
        return Result(NativeMethods.tig_to_other(&result, this, other, nonBlocking ? 1 : 0, copy ? 1 : 0, (int)memoryFormat), result);
    }
}
