using TorchInterop.Native;

namespace TorchInterop;

// Factories. Floating factories default to float32; integer arguments give int64, as in Python.
public static partial class Torch
{
    private static unsafe Tensor Create(delegate*<long*, int, int, int, int, int, IntPtr> factory, long[] shape, DType? dtype, Device? device, bool requiresGrad)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var d = device ?? DefaultDevice;
        fixed (long* s = shape)
            return TorchInterop.Tensor.Leaf(TorchInterop.Tensor.From(factory(s, shape.Length, Dtype(dtype), (int)d.Type, d.Index, requiresGrad ? 1 : 0)), requiresGrad);
    }

    private static int Dtype(DType? dtype) => dtype is { } d ? (int)d : -1;

    /// <summary>A tensor of ones. <c>Torch.Ones([2, 2], requiresGrad: true)</c></summary>
    public static unsafe Tensor Ones(long[] shape, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Create(&NativeMethods.ti_ones, shape, dtype, device, requiresGrad);

    /// <summary>A tensor of zeros.</summary>
    public static unsafe Tensor Zeros(long[] shape, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Create(&NativeMethods.ti_zeros, shape, dtype, device, requiresGrad);

    /// <summary>A tensor with uninitialized contents.</summary>
    public static unsafe Tensor Empty(long[] shape, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Create(&NativeMethods.ti_empty, shape, dtype, device, requiresGrad);

    /// <summary>Uniform random numbers in [0, 1).</summary>
    public static unsafe Tensor Rand(long[] shape, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Create(&NativeMethods.ti_rand, shape, dtype, device, requiresGrad);

    /// <summary>Standard normal random numbers.</summary>
    public static unsafe Tensor Randn(long[] shape, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Create(&NativeMethods.ti_randn, shape, dtype, device, requiresGrad);

    /// <summary>
    /// A tensor filled with <paramref name="value"/>; the dtype follows the value as in Python
    /// (float → float32, int → int64, bool → bool) unless given.
    /// </summary>
    public static unsafe Tensor Full(long[] shape, Scalar value, DType? dtype = null, Device? device = null, bool requiresGrad = false)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var d = device ?? DefaultDevice;
        fixed (long* s = shape)
            return TorchInterop.Tensor.From(NativeMethods.ti_full(s, shape.Length, value, Dtype(dtype), (int)d.Type, d.Index, requiresGrad ? 1 : 0));
    }

    /// <summary>0, 1, ..., end - 1 as int64 (Python's <c>torch.arange(4)</c>).</summary>
    public static Tensor Arange(long end, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Arange(0L, end, 1L, dtype, device, requiresGrad);

    /// <summary>0, 1, ... below <paramref name="end"/> as float32 (Python's <c>torch.arange(4.0)</c>).</summary>
    public static Tensor Arange(double end, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Arange(0L, end, 1L, dtype, device, requiresGrad);

    /// <summary>
    /// start, start + step, ... below <paramref name="end"/>; int64 when all three are integers, otherwise the
    /// default float dtype, as in Python.
    /// </summary>
    public static Tensor Arange(Scalar start, Scalar end, Scalar? step = null, DType? dtype = null, Device? device = null,
        bool requiresGrad = false)
    {
        var d = device ?? DefaultDevice;
        return TorchInterop.Tensor.From(NativeMethods.ti_arange(start, end, step ?? 1L, Dtype(dtype), (int)d.Type, d.Index, requiresGrad ? 1 : 0));
    }

    /// <summary><paramref name="steps"/> evenly spaced values from start to end inclusive.</summary>
    public static Tensor Linspace(Scalar start, Scalar end, long steps, DType? dtype = null, Device? device = null,
        bool requiresGrad = false)
    {
        var d = device ?? DefaultDevice;
        return TorchInterop.Tensor.From(NativeMethods.ti_linspace(start, end, steps, Dtype(dtype), (int)d.Type, d.Index, requiresGrad ? 1 : 0));
    }

    /// <summary>An n×m matrix with ones on the diagonal (m defaults to n).</summary>
    public static Tensor Eye(long n, long? m = null, DType? dtype = null, Device? device = null, bool requiresGrad = false)
    {
        var d = device ?? DefaultDevice;
        return TorchInterop.Tensor.From(NativeMethods.ti_eye(n, m ?? n, Dtype(dtype), (int)d.Type, d.Index, requiresGrad ? 1 : 0));
    }

    /// <summary>A 0-dim tensor holding a number: double → float64, long → int64, bool → bool, unless <paramref name="dtype"/> is given.</summary>
    public static Tensor Tensor(Scalar value, DType? dtype = null, bool requiresGrad = false)
    {
        DType type = dtype ?? value.Kind switch
        {
            ScalarKind.Bool => DType.Bool,
            ScalarKind.Int => DType.Int64,
            _ => DType.Float64,
        };
        return TorchInterop.Tensor.From(NativeMethods.ti_scalar_tensor(value, (int)type, requiresGrad ? 1 : 0));
    }

    /// <summary>A 1-D tensor copied from <paramref name="data"/>; the .NET element type gives the dtype (double → float64) unless given.</summary>
    public static Tensor Tensor(double[] data, DType? dtype = null, bool requiresGrad = false) => FromArray<double>(data, dtype, requiresGrad);
    /// <inheritdoc cref="Tensor(double[], DType?, bool)"/>
    public static Tensor Tensor(float[] data, DType? dtype = null, bool requiresGrad = false) => FromArray<float>(data, dtype, requiresGrad);
    /// <inheritdoc cref="Tensor(double[], DType?, bool)"/>
    public static Tensor Tensor(long[] data, DType? dtype = null, bool requiresGrad = false) => FromArray<long>(data, dtype, requiresGrad);
    /// <inheritdoc cref="Tensor(double[], DType?, bool)"/>
    public static Tensor Tensor(int[] data, DType? dtype = null, bool requiresGrad = false) => FromArray<int>(data, dtype, requiresGrad);
    /// <inheritdoc cref="Tensor(double[], DType?, bool)"/>
    public static Tensor Tensor(short[] data, DType? dtype = null, bool requiresGrad = false) => FromArray<short>(data, dtype, requiresGrad);
    /// <inheritdoc cref="Tensor(double[], DType?, bool)"/>
    public static Tensor Tensor(sbyte[] data, DType? dtype = null, bool requiresGrad = false) => FromArray<sbyte>(data, dtype, requiresGrad);
    /// <inheritdoc cref="Tensor(double[], DType?, bool)"/>
    public static Tensor Tensor(byte[] data, DType? dtype = null, bool requiresGrad = false) => FromArray<byte>(data, dtype, requiresGrad);
    /// <inheritdoc cref="Tensor(double[], DType?, bool)"/>
    public static Tensor Tensor(bool[] data, DType? dtype = null, bool requiresGrad = false) => FromArray<bool>(data, dtype, requiresGrad);
    /// <inheritdoc cref="Tensor(double[], DType?, bool)"/>
    public static Tensor Tensor(Half[] data, DType? dtype = null, bool requiresGrad = false) => FromArray<Half>(data, dtype, requiresGrad);

    /// <summary>A 2-D tensor copied from <paramref name="data"/>; the .NET element type gives the dtype unless given.</summary>
    public static Tensor Tensor(double[,] data, DType? dtype = null, bool requiresGrad = false) => FromArray<double>(data, dtype, requiresGrad);
    /// <inheritdoc cref="Tensor(double[,], DType?, bool)"/>
    public static Tensor Tensor(float[,] data, DType? dtype = null, bool requiresGrad = false) => FromArray<float>(data, dtype, requiresGrad);
    /// <inheritdoc cref="Tensor(double[,], DType?, bool)"/>
    public static Tensor Tensor(long[,] data, DType? dtype = null, bool requiresGrad = false) => FromArray<long>(data, dtype, requiresGrad);
    /// <inheritdoc cref="Tensor(double[,], DType?, bool)"/>
    public static Tensor Tensor(int[,] data, DType? dtype = null, bool requiresGrad = false) => FromArray<int>(data, dtype, requiresGrad);
    /// <inheritdoc cref="Tensor(double[,], DType?, bool)"/>
    public static Tensor Tensor(bool[,] data, DType? dtype = null, bool requiresGrad = false) => FromArray<bool>(data, dtype, requiresGrad);
    /// <inheritdoc cref="Tensor(double[,], DType?, bool)"/>
    public static Tensor Tensor(byte[,] data, DType? dtype = null, bool requiresGrad = false) => FromArray<byte>(data, dtype, requiresGrad);

    /// <summary>A tensor of the given shape copied from row-major <paramref name="data"/>.</summary>
    public static Tensor FromSpan<T>(ReadOnlySpan<T> data, long[] shape, DType? dtype = null, bool requiresGrad = false)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(shape);
        return TorchInterop.Tensor.FromData(data, shape, dtype, requiresGrad);
    }

    private static Tensor FromArray<T>(Array data, DType? dtype, bool requiresGrad) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(data);
        var shape = new long[data.Rank];
        for (int i = 0; i < shape.Length; i++) shape[i] = data.GetLength(i);
        return TorchInterop.Tensor.FromData<T>(TorchInterop.Tensor.Flatten<T>(data), shape, dtype, requiresGrad);
    }
}
