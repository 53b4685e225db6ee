using TorchInterop.Native;

namespace TorchInterop;

public static partial class Torch
{
    /// <summary>
    /// A 1-D tensor of <paramref name="count"/> elements (all that fit when -1) read from <paramref name="buffer"/>'s
    /// bytes from <paramref name="offset"/> on, in the machine's byte order (Python's <c>torch.frombuffer</c>, with its
    /// checks and messages). Unlike Python's, the tensor holds a copy: writing to it leaves the buffer unchanged.
    /// </summary>
    public static unsafe Tensor FromBuffer(ReadOnlySpan<byte> buffer, DType dtype, long count = -1, long offset = 0, bool requiresGrad = false)
    {
        long length = buffer.Length, size = dtype.ElementSize();
        if (length == 0 || count == 0)
            throw new TorchException($"both buffer length ({length}) and count ({count}) must not be 0", TorchErrorKind.ValueError);
        if (offset < 0 || offset >= length)
            throw new TorchException($"offset ({offset} bytes) must be non-negative and no greater than buffer length ({length} bytes) minus 1",
                                     TorchErrorKind.ValueError);
        if (count < 0 && (length - offset) % size != 0)
            throw new TorchException($"buffer length ({length - offset} bytes) after offset ({offset} bytes) must be a multiple of element size ({size})",
                                     TorchErrorKind.ValueError);
        if (count < 0) count = (length - offset) / size;
        else if (offset + count * size > length)
            throw new TorchException($"requested buffer length ({count} * {size} bytes) after offset ({offset} bytes) must not be greater " +
                                     $"than actual buffer length ({length} bytes)", TorchErrorKind.ValueError);
        var bytes = buffer.Slice(checked((int)offset), checked((int)(count * size)));
        long[] shape = [count];
        fixed (byte* p = bytes)
        fixed (long* s = shape)
            return TorchInterop.Tensor.From(NativeMethods.ti_from_data(p, bytes.Length, s, 1, (int)dtype, requiresGrad ? 1 : 0));
    }
}
