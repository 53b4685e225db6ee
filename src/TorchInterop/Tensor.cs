using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TorchInterop.Formatting;
using TorchInterop.Native;

namespace TorchInterop;

/// <summary>
/// A multi-dimensional array computed by LibTorch, with autograd. Owns one reference to a native tensor:
/// <see cref="Dispose"/> releases it at once; a finalizer releases it otherwise.
/// </summary>
/// <example><code>
/// using var x = Torch.Ones([2, 2], requiresGrad: true);
/// var y = (x * 2).Sum();
/// y.Backward();
/// Console.WriteLine(x.Grad); // tensor([[2., 2.], [2., 2.]])
/// </code></example>
public sealed partial class Tensor : IDisposable
{
    private readonly TensorHandle _handle;

    internal Tensor(TensorHandle handle)
    {
        _handle = Check.Handle(handle);
        _handle.ReportMemory(NativeMethods.ti_nbytes(_handle));
    }

    /// <summary>The native handle; throws <see cref="ObjectDisposedException"/> once disposed.</summary>
    internal TensorHandle Handle
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_handle.IsClosed) ThrowDisposed();
            return _handle;
        }
    }

    /// <summary>True once <see cref="Dispose"/> has been called.</summary>
    public bool IsDisposed => _handle.IsClosed;

    /// <summary>Releases the native tensor now. Further use throws <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        if (_handle.IsClosed) return;
        ReleaseOwnedGrad();
        _handle.Dispose();
    }

    private static void ThrowDisposed() =>
        throw new ObjectDisposedException(nameof(Tensor), "The tensor has been disposed; it can no longer be used.");

    /// <summary>Sizes of each dimension, as Python's <c>tensor.shape</c>.</summary>
    public unsafe long[] Shape
    {
        get
        {
            var handle = Handle;
            int dim = Check.Status(NativeMethods.ti_dim(handle));
            var shape = new long[dim];
            fixed (long* p = shape) Check.Status(NativeMethods.ti_sizes(handle, p, dim));
            return shape;
        }
    }

    /// <summary>The size of one dimension (negative counts from the end).</summary>
    public long Size(int dim)
    {
        var shape = Shape;
        int d = dim < 0 ? dim + shape.Length : dim;
        if (d < 0 || d >= shape.Length)
            throw new TorchException(
                $"Dimension out of range (expected to be in range of [{-Math.Max(shape.Length, 1)}, {Math.Max(shape.Length, 1) - 1}], but got {dim})",
                TorchErrorKind.IndexError);
        return shape[d];
    }

    /// <summary>Number of dimensions.</summary>
    public int Dim => Check.Status(NativeMethods.ti_dim(Handle));

    /// <summary>Number of elements.</summary>
    public long NumEl => Check.Status(NativeMethods.ti_numel(Handle));

    /// <summary>The element type.</summary>
    public DType Dtype => (DType)Check.Status(NativeMethods.ti_dtype(Handle));

    /// <summary>The device holding the data.</summary>
    public Device Device
    {
        get
        {
            Check.Status(NativeMethods.ti_device(Handle, out int type, out int index));
            return new Device((DeviceType)type, index);
        }
    }

    /// <summary>
    /// The value of a one-element tensor, converted to <typeparamref name="T"/> (as <c>tensor.item()</c>).
    /// </summary>
    /// <exception cref="TorchException">The tensor has more than one element (Python's ValueError).</exception>
    public unsafe T Item<T>() where T : unmanaged
    {
        var handle = Handle;
        if (Check.Status(NativeMethods.ti_numel(handle)) != 1)
            throw new TorchException("only one element tensors can be converted to Python scalars", TorchErrorKind.ValueError);
        T value;
        Check.Status(NativeMethods.ti_copy_to_host(handle, (int)DTypeExtensions.Of<T>(), &value, sizeof(T)));
        return value;
    }

    /// <summary>The value of a one-element tensor as a Python number (float, int or bool by dtype).</summary>
    public Scalar Item()
    {
        Check.Status(NativeMethods.ti_item(Handle, out Scalar value));
        return value;
    }

    /// <summary>
    /// All elements in row-major order, converted to <typeparamref name="T"/> (as <c>tensor.to(dtype).flatten()</c>).
    /// </summary>
    public unsafe T[] ToArray<T>() where T : unmanaged
    {
        var handle = Handle;
        long count = Check.Status(NativeMethods.ti_numel(handle));
        var result = new T[count];
        fixed (T* p = result)
            Check.Status(NativeMethods.ti_copy_to_host(handle, (int)DTypeExtensions.Of<T>(), p, count * sizeof(T)));
        return result;
    }

    /// <summary>Python's <c>repr(tensor)</c>, character for character.</summary>
    public override string ToString() => IsDisposed ? "tensor(<disposed>)" : TensorFormatter.Repr(this);

    /// <summary>Reference equality (use <see cref="Eq(Tensor)"/> or <c>==</c> for element-wise comparison).</summary>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc />
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

    /// <summary>Number of native tensor references currently held by this process (for leak checks).</summary>
    public static long LiveHandleCount => NativeMethods.ti_live_tensors();

    internal static Tensor From(TensorHandle handle) => new(handle);

    /// <summary>Another .NET object holding its own reference to the same native tensor.</summary>
    internal Tensor Share() => From(NativeMethods.ti_tensor_share(Handle));

    internal static unsafe Tensor FromData<T>(ReadOnlySpan<T> data, ReadOnlySpan<long> shape, DType? dtype, bool requiresGrad)
        where T : unmanaged
    {
        DType native = DTypeExtensions.Of<T>();
        bool convert = dtype is { } target && target != native;
        Tensor tensor;
        fixed (T* p = data)
        fixed (long* s = shape)
            tensor = From(NativeMethods.ti_from_data(p, (long)data.Length * sizeof(T), s, shape.Length, (int)native,
                convert ? 0 : requiresGrad ? 1 : 0));
        if (!convert) return tensor;
        using (tensor)
        {
            var converted = From(NativeMethods.ti_to_dtype(tensor.Handle, (int)dtype!.Value));
            if (requiresGrad) Check.Status(NativeMethods.ti_set_requires_grad(converted.Handle, 1, asMethod: 2));
            return converted;
        }
    }

    internal static Span<T> Flatten<T>(Array array) where T : unmanaged =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<byte, T>(ref MemoryMarshal.GetArrayDataReference(array)), array.Length);
}
