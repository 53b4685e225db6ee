using TorchInterop.Native;

namespace TorchInterop.Serialization;

// A storage's bytes as torch.save lays them out (little-endian, contiguous), to and from tensors.
internal static class StorageBytes
{
    public static unsafe Tensor ToStorage(byte[] bytes, DType dtype, long numel)
    {
        long expected = numel * dtype.ElementSize();
        if (bytes.LongLength != expected)
            throw new InvalidDataException($"a storage of {numel} {dtype.PythonName()} elements holds {bytes.LongLength} bytes instead of {expected}: the file is damaged");
        long shape = numel;
        fixed (byte* p = bytes)
            return Tensor.From(NativeMethods.ti_from_data(p, bytes.LongLength, &shape, 1, (int)dtype, 0));
    }

    public static unsafe byte[] Of(Tensor tensor)
    {
        var dtype = tensor.Dtype;
        var bytes = new byte[tensor.NumEl * dtype.ElementSize()];
        fixed (byte* p = bytes)
            Check.Status(NativeMethods.ti_copy_to_host(tensor, (int)dtype, p, bytes.LongLength));
        return bytes;
    }
}
