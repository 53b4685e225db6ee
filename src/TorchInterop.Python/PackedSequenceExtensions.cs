using System.Diagnostics.CodeAnalysis;
using TorchInterop.NN;

namespace TorchInterop.Python;

/// <summary>A <see cref="PackedSequence"/>'s fields and methods under their Python names: <c>packed.data</c>, <c>packed.batch_sizes</c>, ...</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class PackedSequenceExtensions
{
    extension(PackedSequence packed)
    {
        /// <summary><c>packed.data</c></summary>
        public Tensor data => packed.Data;

        /// <summary><c>packed.batch_sizes</c></summary>
        public Tensor batch_sizes => packed.BatchSizes;

        /// <summary><c>packed.sorted_indices</c> (null for Python's None)</summary>
        public Tensor? sorted_indices => packed.SortedIndices;

        /// <summary><c>packed.unsorted_indices</c> (null for Python's None)</summary>
        public Tensor? unsorted_indices => packed.UnsortedIndices;

        /// <summary><c>packed.is_cuda</c></summary>
        public bool is_cuda => packed.IsCuda;

        /// <summary><c>packed.to(dtype)</c></summary>
        public PackedSequence to(DType dtype) => packed.To(dtype);

        /// <summary><c>packed.to(device, dtype=None)</c></summary>
        public PackedSequence to(Device device, DType? dtype = null) => packed.To(device, dtype);

        /// <summary><c>packed.cpu()</c></summary>
        public PackedSequence cpu() => packed.Cpu();

        /// <summary><c>packed.double()</c></summary>
        public PackedSequence @double() => packed.Double();

        /// <summary><c>packed.float()</c></summary>
        public PackedSequence @float() => packed.Float();

        /// <summary><c>packed.half()</c></summary>
        public PackedSequence half() => packed.Half();

        /// <summary><c>packed.long()</c></summary>
        public PackedSequence @long() => packed.Long();

        /// <summary><c>packed.int()</c></summary>
        public PackedSequence @int() => packed.Int();

        /// <summary><c>packed.short()</c></summary>
        public PackedSequence @short() => packed.Short();

        /// <summary><c>packed.char()</c></summary>
        public PackedSequence @char() => packed.Char();

        /// <summary><c>packed.byte()</c></summary>
        public PackedSequence @byte() => packed.Byte();
    }
}
