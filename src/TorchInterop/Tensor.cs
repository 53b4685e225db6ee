using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.InteropServices.Marshalling;
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
[NativeMarshalling(typeof(TensorMarshaller))]
public sealed partial class Tensor : IDisposable
{
    // An owned TensorImpl reference; zero once disposed.
    private IntPtr _handle;

    private Tensor(IntPtr handle) => _handle = handle;

    /// <summary>Releases an undisposed tensor: the handle is queued and freed by a computing thread (see <see cref="PendingFrees"/>).</summary>
    ~Tensor()
    {
        if (_handle != IntPtr.Zero) PendingFrees.Enqueue(_handle);
    }

    /// <summary>The native handle; throws <see cref="ObjectDisposedException"/> once disposed.</summary>
    internal IntPtr Handle
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            IntPtr handle = _handle;
            if (handle == IntPtr.Zero) ThrowDisposed();
            return handle;
        }
    }

    /// <summary>The dispose scope that will dispose this tensor, or null.</summary>
    internal DisposeScope? Scope { get; set; }

    /// <summary>
    /// Hands this tensor to the scope outside its current <see cref="DisposeScope"/> (or to no scope at all when
    /// there is none), so it outlives the current scope. Returns this tensor.
    /// </summary>
    public Tensor MoveToOuterScope()
    {
        _ = Handle;
        var outer = Scope?.Parent;
        if (outer is null) Scope = null;
        else outer.Add(this);
        return this;
    }

    /// <summary>Takes this tensor out of every dispose scope: it lives until disposed or collected. Returns this tensor.</summary>
    public Tensor DetachFromDisposeScope()
    {
        _ = Handle;
        Scope = null;
        return this;
    }

    /// <summary>True once <see cref="Dispose"/> has been called.</summary>
    public bool IsDisposed => _handle == IntPtr.Zero;

    /// <summary>Releases the native tensor now. Further use throws <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        IntPtr handle = Interlocked.Exchange(ref _handle, IntPtr.Zero);
        if (handle == IntPtr.Zero) return;
        GC.SuppressFinalize(this);
        ReleaseOwnedGrad();
        NativeMethods.ti_tensor_free(handle);
    }

    private static void ThrowDisposed() =>
        throw new ObjectDisposedException(nameof(Tensor), "The tensor has been disposed; it can no longer be used.");

    /// <summary>
    /// Wraps a handle the shim just returned (zero means failure: PyTorch's error is thrown). Also the one
    /// place where undisposed tensors are released and collections are requested, and where the tensor joins the
    /// current <see cref="DisposeScope"/>.
    /// </summary>
    internal static Tensor From(IntPtr handle)
    {
        if (handle == IntPtr.Zero) throw Check.LastError();
        var tensor = Wrap(handle);
        DisposeScope.Register(tensor);
        return tensor;
    }

    /// <summary>Like <see cref="From"/>, but the tensor joins no dispose scope (it is owned by another tensor).</summary>
    internal static Tensor Wrap(IntPtr handle)
    {
        if (PendingFrees.Any) PendingFrees.Drain();
        CollectionPolicy.OnCreated();
        return new Tensor(handle);
    }

    /// <summary>Sizes of each dimension, as Python's <c>tensor.shape</c>.</summary>
    public unsafe long[] Shape
    {
        get
        {
            int dim = Check.Status(NativeMethods.ti_dim(this));
            var shape = new long[dim];
            fixed (long* p = shape) Check.Status(NativeMethods.ti_sizes(this, p, dim));
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
    public int Dim => Check.Status(NativeMethods.ti_dim(this));

    /// <summary>Number of elements.</summary>
    public long NumEl => Check.Status(NativeMethods.ti_numel(this));

    /// <summary>The element type.</summary>
    public DType Dtype => (DType)Check.Status(NativeMethods.ti_dtype(this));

    /// <summary>The device holding the data.</summary>
    public Device Device
    {
        get
        {
            Check.Status(NativeMethods.ti_device(this, out int type, out int index));
            return new Device((DeviceType)type, index);
        }
    }

    /// <summary>
    /// The value of a one-element tensor, converted to <typeparamref name="T"/> (as <c>tensor.item()</c>).
    /// </summary>
    /// <exception cref="TorchException">The tensor has more than one element (Python's ValueError in 1.x, RuntimeError in 2.x).</exception>
    public unsafe T Item<T>() where T : unmanaged
    {
        long count = Check.Status(NativeMethods.ti_numel(this));
        if (count != 1)
            throw LibTorch.IsAtLeast(2)
                ? new TorchException($"a Tensor with {count} elements cannot be converted to Scalar")
                : new TorchException("only one element tensors can be converted to Python scalars", TorchErrorKind.ValueError);
        T value;
        Check.Status(NativeMethods.ti_copy_to_host(this, (int)DTypeExtensions.Of<T>(), &value, sizeof(T)));
        return value;
    }

    /// <summary>The value of a one-element tensor as a Python number (float, int or bool by dtype).</summary>
    public Scalar Item()
    {
        Check.Status(NativeMethods.ti_item(this, out Scalar value));
        return value;
    }

    /// <summary>
    /// All elements in row-major order, converted to <typeparamref name="T"/> (as <c>tensor.to(dtype).flatten()</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The elements do not fit in a .NET array, or in memory.</exception>
    public unsafe T[] ToArray<T>() where T : unmanaged
    {
        long count = Check.Status(NativeMethods.ti_numel(this));
        if (count > Array.MaxLength)
            throw new InvalidOperationException($"The tensor has {count} elements, more than a .NET array holds ({Array.MaxLength}).");
        T[] result;
        try
        {
            result = new T[count];
        }
        catch (OutOfMemoryException e)
        {
            throw new InvalidOperationException($"Not enough memory to copy the tensor's {count} elements into a .NET array.", e);
        }
        fixed (T* p = result)
            Check.Status(NativeMethods.ti_copy_to_host(this, (int)DTypeExtensions.Of<T>(), p, count * sizeof(T)));
        return result;
    }

    /// <summary>Python's <c>repr(tensor)</c>, character for character.</summary>
    public override string ToString() =>
        IsDisposed ? "tensor(<disposed>)" : UninitializedClass is { } lazy ? $"<{lazy}>" : IsParameter ? "Parameter containing:\n" + TensorFormatter.Repr(this) : TensorFormatter.Repr(this);

    /// <summary>
    /// True for a module's parameter (Python's <c>torch.nn.Parameter</c>): it prints as <c>Parameter containing:</c>
    /// and <see cref="NN.Module"/> registers it when a layer assigns it. Made by <see cref="NN.Parameter.Create"/>.
    /// </summary>
    public bool IsParameter { get; internal set; }

    /// <summary>Reference equality (use <see cref="Eq(Tensor)"/> or <c>==</c> for element-wise comparison).</summary>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc />
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

    /// <summary>
    /// Number of native tensor references currently held by this process (for leak checks). Handles of collected
    /// tensors that are still queued for release are released first.
    /// </summary>
    public static long LiveHandleCount
    {
        get
        {
            PendingFrees.Drain();
            return NativeMethods.ti_live_tensors();
        }
    }

    /// <summary>Another .NET object holding its own reference to the same native tensor.</summary>
    internal Tensor Share() => From(NativeMethods.ti_tensor_share(this));

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
        if (!convert)
        {
            if (requiresGrad) tensor.RememberAsLeaf();
            return tensor;
        }
        using (tensor)
        {
            var converted = tensor.To(dtype!.Value);
            if (requiresGrad)
            {
                Check.Status(NativeMethods.ti_set_requires_grad(converted, 1, asMethod: 2));
                converted.RememberAsLeaf();
            }
            return converted;
        }
    }

    internal static Span<T> Flatten<T>(Array array) where T : unmanaged =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<byte, T>(ref MemoryMarshal.GetArrayDataReference(array)), array.Length);
}
