using System.Diagnostics.CodeAnalysis;

namespace TorchInterop.Python;

/// <summary>
/// Python's <c>tensor.to(...)</c> with <c>non_blocking</c>, <c>copy</c> and <c>memory_format</c>, the dtype
/// conversions with <c>memory_format</c>, and <c>tensor.sum_to_size(*size)</c> with the sizes as separate ints.
/// </summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class TensorConversionExtensions
{
    extension(Tensor t)
    {
        /// <summary><c>x.to(dtype, non_blocking=False, copy=False, memory_format=torch.preserve_format)</c></summary>
        public Tensor to(DType dtype, bool non_blocking, bool copy = false, MemoryFormat memory_format = MemoryFormat.Preserve) =>
            t.To(dtype, non_blocking, copy, memory_format);

        /// <summary><c>x.to(dtype, copy=True)</c> and <c>x.to(dtype, memory_format=...)</c> by keyword.</summary>
        public Tensor to(DType dtype, MemoryFormat memory_format = MemoryFormat.Preserve, bool non_blocking = false, bool copy = false) =>
            t.To(dtype, non_blocking, copy, memory_format);

        /// <summary><c>x.to(device, dtype, non_blocking=False, copy=False, memory_format=torch.preserve_format)</c></summary>
        public Tensor to(Device device, DType dtype, bool non_blocking, bool copy = false, MemoryFormat memory_format = MemoryFormat.Preserve) =>
            t.To(device, dtype, non_blocking, copy, memory_format);

        /// <summary><c>x.to(other, non_blocking=False, copy=False, memory_format=torch.preserve_format)</c>: other's dtype and device.</summary>
        public Tensor to(Tensor other, bool non_blocking = false, bool copy = false, MemoryFormat memory_format = MemoryFormat.Preserve) =>
            t.To(other, non_blocking, copy, memory_format);

        /// <summary><c>x.half(memory_format=...)</c></summary>
        public Tensor half(MemoryFormat memory_format) => t.To(DType.Float16, memory_format);

        /// <summary><c>x.bfloat16(memory_format=...)</c></summary>
        public Tensor bfloat16(MemoryFormat memory_format) => t.To(DType.BFloat16, memory_format);

        /// <summary><c>x.bool(memory_format=...)</c></summary>
        public Tensor @bool(MemoryFormat memory_format) => t.To(DType.Bool, memory_format);

        /// <summary><c>x.byte(memory_format=...)</c></summary>
        public Tensor @byte(MemoryFormat memory_format) => t.To(DType.UInt8, memory_format);

        /// <summary><c>x.char(memory_format=...)</c></summary>
        public Tensor @char(MemoryFormat memory_format) => t.To(DType.Int8, memory_format);

        /// <summary><c>x.short(memory_format=...)</c></summary>
        public Tensor @short(MemoryFormat memory_format) => t.To(DType.Int16, memory_format);

        /// <summary><c>x.int(memory_format=...)</c></summary>
        public Tensor @int(MemoryFormat memory_format) => t.To(DType.Int32, memory_format);

        /// <summary><c>x.sum_to_size(5, 5)</c>: the sizes as separate ints (<c>x.sum_to_size([5, 5])</c> is the generated overload).</summary>
        public Tensor sum_to_size(long size, params long[] more_sizes) => t.SumToSize([size, .. more_sizes]);
    }
}
