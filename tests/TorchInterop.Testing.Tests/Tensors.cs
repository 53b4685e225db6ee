namespace TorchInterop.Testing.Tests;

/// <summary>
/// Tensors built the way Python's <c>torch.tensor([...], dtype=...)</c> builds them: from doubles (Python floats),
/// rounded once to the dtype.
/// </summary>
internal static class Tensors
{
    public static Tensor F16(params double[] values) => Torch.Tensor(values, DType.Float16);

    public static Tensor BF16(params double[] values) => Torch.Tensor(values, DType.BFloat16);

    public static Tensor F32(params double[] values) => Torch.Tensor(values, DType.Float32);

    public static Tensor F64(params double[] values) => Torch.Tensor(values, DType.Float64);

    public static Tensor I64(params long[] values) => Torch.Tensor(values);

    public static Tensor Scalar(double value, DType dtype = DType.Float32) => Torch.Tensor(value, dtype);

    public static Tensor Scalar(long value) => Torch.Tensor(value);
}
