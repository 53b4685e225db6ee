using TorchInterop.Native;

namespace TorchInterop;

// The memory layout: strides, storage offset, and views made from them.
public sealed partial class Tensor
{
    /// <summary>Elements to step in storage for one step along each dimension (Python's <c>tensor.stride()</c>).</summary>
    public unsafe long[] Stride()
    {
        int dim = Check.Status(NativeMethods.ti_dim(this));
        var strides = new long[dim];
        fixed (long* p = strides) Check.Status(NativeMethods.ti_strides(this, p, dim));
        return strides;
    }

    /// <summary>Where this tensor starts in its storage, in elements (Python's <c>tensor.storage_offset()</c>).</summary>
    public long StorageOffset()
    {
        long offset = NativeMethods.ti_storage_offset(this);
        if (offset < 0) throw Check.LastError();
        return offset;
    }

    /// <summary>A view of this tensor's storage with the given sizes, strides and offset (Python's <c>torch.as_strided</c>).</summary>
    public unsafe Tensor AsStrided(long[] size, long[] stride, long storageOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(size);
        ArgumentNullException.ThrowIfNull(stride);
        if (size.Length != stride.Length)
            throw new ArgumentException($"mismatch in length of strides and shape ({stride.Length} strides for {size.Length} sizes)", nameof(stride));
        IntPtr result;
        fixed (long* s = size, st = stride)
            return Result(NativeMethods.tig_as_strided(&result, this, s, size.Length, st, stride.Length, &storageOffset), result);
    }
}
