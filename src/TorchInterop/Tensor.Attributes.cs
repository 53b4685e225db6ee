using TorchInterop.Native;

namespace TorchInterop;

// Facts about a tensor that Python reads as attributes or small methods.
public sealed partial class Tensor
{
    /// <summary>Whether the elements lie in memory in <paramref name="memoryFormat"/>'s order (Python's <c>is_contiguous()</c>).</summary>
    public bool IsContiguous(MemoryFormat memoryFormat = MemoryFormat.Contiguous)
    {
        int format = memoryFormat switch
        {
            MemoryFormat.Contiguous => 0,
            MemoryFormat.ChannelsLast => 1,
            MemoryFormat.ChannelsLast3d => 2,
            _ => throw new ArgumentException("is_contiguous takes a memory format other than preserve_format", nameof(memoryFormat)),
        };
        return Check.Flag(NativeMethods.ti_is_contiguous(this, format));
    }

    /// <summary>The address of the first element (Python's <c>data_ptr()</c>).</summary>
    public ulong DataPtr()
    {
        Check.Status(NativeMethods.ti_data_ptr(this, out ulong address));
        return address;
    }

    /// <summary>The memory layout (Python's <c>x.layout</c>): <see cref="TorchInterop.Layout.Strided"/> for dense tensors.</summary>
    public Layout Layout => (Layout)Check.Status(NativeMethods.ti_layout(this));

    /// <summary>The size of one element in bytes (Python's <c>element_size()</c>).</summary>
    public long ElementSize() => Dtype.ElementSize();

    /// <summary>Python's <c>get_device()</c>: the CUDA device index, -1 on the CPU.</summary>
    public long GetDevice() => Device.Type == DeviceType.CPU ? -1 : Device.Index;

    /// <summary>
    /// Python's <c>x.type()</c>: the legacy tensor type name (<c>torch.FloatTensor</c>; on CUDA <c>torch.cuda.FloatTensor</c>).
    /// </summary>
    public string TypeName()
    {
        var name = LegacyTypeNames.FirstOrDefault(n => n.Dtype == Dtype).Name ??
                   throw new NotSupportedException($"no legacy tensor type for {Dtype.PythonName()}");
        return Device.Type == DeviceType.CPU ? "torch." + name : "torch.cuda." + name;
    }

    /// <summary>Python's <c>x.type("torch.DoubleTensor")</c>: the tensor converted to the dtype the legacy type name stands for.</summary>
    public Tensor Type(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        const string cuda = "torch.cuda.";
        // LibTorch itself reports that this build cannot reach CUDA, with the message Python shows.
        if (typeName.StartsWith(cuda, StringComparison.Ordinal)) return To(Device.CUDA()).To(DtypeOfTypeName("torch." + typeName[cuda.Length..]));
        return To(DtypeOfTypeName(typeName));
    }

    /// <summary>The dtype of a CPU legacy tensor type name (<c>torch.FloatTensor</c>), with PyTorch's ValueError for others.</summary>
    internal static DType DtypeOfTypeName(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        foreach (var (name, dtype) in LegacyTypeNames)
            if (typeName == "torch." + name) return dtype;
        throw new TorchException($"invalid type: '{typeName}'", TorchErrorKind.ValueError);
    }

    private static readonly (string Name, DType Dtype)[] LegacyTypeNames =
    [
        ("ByteTensor", DType.UInt8), ("CharTensor", DType.Int8), ("ShortTensor", DType.Int16), ("IntTensor", DType.Int32),
        ("LongTensor", DType.Int64), ("HalfTensor", DType.Float16), ("FloatTensor", DType.Float32), ("DoubleTensor", DType.Float64),
        ("BoolTensor", DType.Bool), ("BFloat16Tensor", DType.BFloat16), ("ComplexFloatTensor", DType.Complex64),
        ("ComplexDoubleTensor", DType.Complex128),
    ];

    /// <summary>
    /// Python's <c>tolist()</c>: the elements as nested lists of Python numbers (double, long or bool); a 0-dim tensor
    /// gives its number.
    /// </summary>
    public object ToList()
    {
        using var cpu = Device.Type == DeviceType.CPU ? null : Cpu();
        var source = cpu ?? this;
        var shape = source.Shape;
        object[] flat = source.Dtype switch
        {
            DType.Bool => source.ToArray<bool>().Cast<object>().ToArray(),
            DType.UInt8 or DType.Int8 or DType.Int16 or DType.Int32 or DType.Int64 => Integers(source),
            DType.Float16 or DType.BFloat16 or DType.Float32 or DType.Float64 => Floats(source),
            var other => throw new NotSupportedException($"tolist() of {other.PythonName()} tensors"),
        };
        if (shape.Length == 0) return flat[0];
        int offset = 0;
        return Nest(flat, shape, 0, ref offset);
    }

    private static object[] Integers(Tensor t)
    {
        using var asLong = t.To(DType.Int64);
        return asLong.ToArray<long>().Cast<object>().ToArray();
    }

    private static object[] Floats(Tensor t)
    {
        using var asDouble = t.To(DType.Float64);
        return asDouble.ToArray<double>().Cast<object>().ToArray();
    }

    private static List<object> Nest(object[] flat, long[] shape, int dim, ref int offset)
    {
        var list = new List<object>((int)shape[dim]);
        for (long i = 0; i < shape[dim]; i++)
        {
            if (dim == shape.Length - 1) list.Add(flat[offset++]);
            else list.Add(Nest(flat, shape, dim + 1, ref offset));
        }
        return list;
    }
}
