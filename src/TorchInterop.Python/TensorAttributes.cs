using System.Diagnostics.CodeAnalysis;

using System.Runtime.CompilerServices;

namespace TorchInterop.Python;

/// <summary>Python's tensor attributes and small methods: layout and memory facts, dtype conversions, tolist, iteration.</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class TensorAttributes
{
    extension(Tensor t)
    {
        /// <summary><c>x.is_contiguous(memory_format=torch.contiguous_format)</c></summary>
        public bool is_contiguous(MemoryFormat memory_format = MemoryFormat.Contiguous) => t.IsContiguous(memory_format);

        /// <summary><c>x.data_ptr()</c></summary>
        public ulong data_ptr() => t.DataPtr();

        /// <summary><c>x.element_size()</c></summary>
        public long element_size() => t.ElementSize();

        /// <summary><c>x._version</c>: the in-place version counter, a property as in Python.</summary>
        public long _version => t._Version();

        /// <summary><c>x.get_device()</c>: -1 on the CPU.</summary>
        public long get_device() => t.GetDevice();

        /// <summary><c>x.is_cpu</c></summary>
        public bool is_cpu => t.Device.Type == DeviceType.CPU;

        /// <summary><c>x.is_sparse</c></summary>
        public bool is_sparse => t.Layout == Layout.SparseCoo;

        /// <summary><c>x.is_sparse_csr</c></summary>
        public bool is_sparse_csr => t.Layout == Layout.SparseCsr;

        /// <summary><c>x.layout</c></summary>
        public Layout layout => t.Layout;

        /// <summary><c>x.ndimension()</c>, the same as <c>x.dim()</c>.</summary>
        public long ndimension() => t.Dim;

        /// <summary><c>x.nelement()</c>, the same as <c>x.numel()</c>.</summary>
        public long nelement() => t.NumEl;

        /// <summary><c>x.storage_offset()</c></summary>
        public long storage_offset() => t.StorageOffset();

        /// <summary><c>x.tolist()</c>: nested lists of numbers (a number for a 0-dim tensor).</summary>
        public object tolist() => t.ToList();

        /// <summary><c>x.type()</c>: the legacy type name, <c>torch.FloatTensor</c>.</summary>
        public string type() => t.TypeName();

        /// <summary><c>x.type(dtype)</c>: the tensor converted to <paramref name="dtype"/>.</summary>
        public Tensor type(DType dtype) => t.To(dtype);

        /// <summary><c>x.type("torch.DoubleTensor")</c>: the tensor converted to that legacy type's dtype.</summary>
        public Tensor type(string dtype) => t.Type(dtype);

        /// <summary><c>x.bool()</c></summary>
        public Tensor @bool() => t.To(DType.Bool);

        /// <summary><c>x.byte()</c></summary>
        public Tensor @byte() => t.To(DType.UInt8);

        /// <summary><c>x.char()</c></summary>
        public Tensor @char() => t.To(DType.Int8);

        /// <summary><c>x.short()</c></summary>
        public Tensor @short() => t.To(DType.Int16);

        /// <summary><c>x.int()</c></summary>
        public Tensor @int() => t.To(DType.Int32);

        /// <summary><c>x.half()</c></summary>
        public Tensor half() => t.To(DType.Float16);

        /// <summary><c>x.bfloat16()</c></summary>
        public Tensor bfloat16() => t.To(DType.BFloat16);

        /// <summary><c>x.cfloat()</c></summary>
        public Tensor cfloat() => t.To(DType.Complex64);

        /// <summary><c>x.cdouble()</c></summary>
        public Tensor cdouble() => t.To(DType.Complex128);

        /// <summary><c>x.real</c>: the real part (the tensor itself when it is real).</summary>
        public Tensor real => Torch.Real(t);

        /// <summary><c>x.imag</c>: the imaginary part (PyTorch's error for a real tensor).</summary>
        public Tensor imag => Torch.Imag(t);

        /// <summary><c>x.new_tensor(data)</c>: a new leaf with this tensor's dtype and device (unless given).</summary>
        public Tensor new_tensor(double[] data, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
            Placed(Torch.Tensor(data, dtype ?? t.Dtype, requires_grad), device ?? t.Device);

        /// <summary><c>x.new_tensor(data)</c> of integers (and <c>x.new_tensor([])</c>, which this overload takes).</summary>
        [OverloadResolutionPriority(1)]
        public Tensor new_tensor(long[] data, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
            Placed(Torch.Tensor(data, dtype ?? t.Dtype, requires_grad), device ?? t.Device);

        /// <summary><c>x.new_tensor(data)</c> of a number.</summary>
        public Tensor new_tensor(Scalar data, DType? dtype = null, Device? device = null, bool requires_grad = false) =>
            Placed(Torch.Tensor(data, dtype ?? t.Dtype, requires_grad), device ?? t.Device);

        /// <summary>
        /// <c>for row in x:</c> is <c>foreach (var row in x)</c>: the tensor's slices along its first dimension, as
        /// Python's <c>iter(x.unbind(0))</c> gives them; a 0-dim tensor cannot be iterated.
        /// </summary>
        public IEnumerator<Tensor> GetEnumerator()
        {
            if (t.Dim == 0) throw new TorchException("iteration over a 0-d tensor", TorchErrorKind.TypeError);
            return ((IEnumerable<Tensor>)t.Unbind(0)).GetEnumerator();
        }
    }

    private static Tensor Placed(Tensor tensor, Device device) => device.Type == DeviceType.CPU ? tensor : tensor.To(device);
}
