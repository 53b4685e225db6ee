using System.Numerics;

namespace TorchInterop.Formatting;

/// <summary>
/// The elements of a tensor, or of its summary, copied to managed memory in row-major order and typed as Python's
/// <c>tolist()</c> sees them: floats (as doubles), ints, bools or complex numbers.
/// </summary>
internal sealed class TensorElements
{
    private readonly double[]? floats;
    private readonly long[]? ints;
    private readonly bool[]? bools;
    private readonly Complex[]? complexes;

    private TensorElements(double[]? floats = null, long[]? ints = null, bool[]? bools = null, Complex[]? complexes = null)
    {
        this.floats = floats;
        this.ints = ints;
        this.bools = bools;
        this.complexes = complexes;
    }

    /// <summary>Copies all elements of <paramref name="tensor"/> (which should be small: summarize first).</summary>
    public static TensorElements CopyFrom(Tensor tensor)
    {
        // float16, bfloat16 and complex32 widen exactly, as Python's `self.float()` and `self.cfloat()` do.
        DType dtype = tensor.Dtype;
        if (dtype.IsFloatingPoint()) return new(floats: tensor.ToArray<double>());
        if (dtype.IsComplex()) return new(complexes: tensor.ToArray<Complex>());
        if (dtype == DType.Bool) return new(bools: tensor.ToArray<bool>());
        return new(ints: tensor.ToArray<long>());
    }

    /// <summary>Python's <c>tensor.dtype.is_floating_point</c>.</summary>
    public bool IsFloatingPoint => floats is not null;

    /// <summary>Python's <c>tensor.dtype.is_complex</c>.</summary>
    public bool IsComplex => complexes is not null;

    /// <summary>Number of elements.</summary>
    public long Count => floats?.LongLength ?? ints?.LongLength ?? bools?.LongLength ?? complexes!.LongLength;

    /// <summary>All elements of a floating-point tensor.</summary>
    public ReadOnlySpan<double> Floats => floats ?? throw new InvalidOperationException("The elements are not floating point.");

    /// <summary>Python's <c>tensor.real</c> of a complex tensor.</summary>
    public TensorElements Real() => new(floats: Array.ConvertAll(ComplexValues, c => c.Real));

    /// <summary>Python's <c>tensor.imag</c> of a complex tensor.</summary>
    public TensorElements Imag() => new(floats: Array.ConvertAll(ComplexValues, c => c.Imaginary));

    private Complex[] ComplexValues => complexes ?? throw new InvalidOperationException("The elements are not complex.");

    /// <summary>The element at <paramref name="index"/> as Python's <c>tolist()</c> gives it.</summary>
    public Element this[long index] =>
        floats is not null ? new(Scalar.FromDouble(floats[index]))
        : ints is not null ? new(Scalar.FromInt64(ints[index]))
        : bools is not null ? new(Scalar.FromBoolean(bools[index]))
        : new(Scalar.FromDouble(complexes![index].Real), complexes[index].Imaginary);
}

/// <summary>
/// One element as a Python number: a float, int or bool in <see cref="Value"/>, or a complex number whose real part
/// is <see cref="Value"/> and imaginary part <see cref="Imag"/>.
/// </summary>
internal readonly record struct Element(Scalar Value, double Imag = 0);

/// <summary>
/// The managed stand-in for <c>self</c> in Python's printing recursion: a tensor of the original shape, indexed as
/// Python indexes it (<c>self[i]</c>, <c>self[:k].tolist()</c>), whose elements come from a
/// <see cref="TensorElements"/> copy of the tensor or of its summary (Python's <c>get_summarized_data</c>).
/// Only the indices that printing visits are valid: the first and last edge items of summarized dimensions.
/// </summary>
internal readonly struct ElementView
{
    private readonly TensorElements elements;
    private readonly SummaryLayout layout;
    private readonly int firstDim;
    private readonly long offset;

    private ElementView(TensorElements elements, SummaryLayout layout, int firstDim, long offset)
    {
        this.elements = elements;
        this.layout = layout;
        this.firstDim = firstDim;
        this.offset = offset;
    }

    /// <summary>A view of the whole tensor; <paramref name="elements"/> hold the elements <paramref name="layout"/> keeps.</summary>
    public ElementView(TensorElements elements, SummaryLayout layout) : this(elements, layout, 0, 0) { }

    /// <summary>Python's <c>self.dim()</c>.</summary>
    public int Dim => layout.Rank - firstDim;

    /// <summary>Python's <c>self.size(0)</c> (of the original tensor, not the summary).</summary>
    public long Size0 => layout.Sizes[firstDim];

    /// <summary>Python's <c>self[i]</c> for a tensor of at least one dimension.</summary>
    [System.Runtime.CompilerServices.IndexerName("Row")]
    public ElementView this[long i] =>
        new(elements, layout, firstDim + 1, offset + layout.ElementIndex(firstDim, i) * layout.Strides[firstDim]);

    /// <summary>Python's <c>self.item()</c> for a 0-dim tensor.</summary>
    public Element Item() => elements[offset];

    /// <summary>Python's <c>self[start:stop].tolist()</c> for a 1-D tensor.</summary>
    public IEnumerable<Element> ToList(long? start = null, long? stop = null)
    {
        long size = Size0;
        long begin = start is { } s ? SummaryLayout.SliceBound(s, size) : 0;
        long end = stop is { } e ? SummaryLayout.SliceBound(e, size) : size;
        for (long i = begin; i < end; i++)
            yield return elements[offset + layout.ElementIndex(firstDim, i) * layout.Strides[firstDim]];
    }
}

/// <summary>
/// Which items of each dimension printing shows: all of them, or, in a summarized dimension, the items of Python's
/// <c>self[:edgeitems]</c> and <c>self[-edgeitems:]</c>. Shared by the summary's construction and by
/// <see cref="ElementView"/>, so that both apply Python's rule (<c>summarize and self.size(0) &gt; 2 * edgeitems</c>).
/// </summary>
internal sealed class SummaryLayout
{
    private SummaryLayout(long[] sizes, long[] headEnd, long[] tailStart)
    {
        Sizes = sizes;
        HeadEnd = headEnd;
        TailStart = tailStart;
        Strides = new long[sizes.Length];
        long stride = 1;
        for (int d = sizes.Length - 1; d >= 0; d--)
        {
            Strides[d] = stride;
            stride *= HeadEnd[d] + (Sizes[d] - TailStart[d]);
        }
    }

    /// <summary>The layout for a tensor of shape <paramref name="sizes"/>.</summary>
    public static SummaryLayout For(long[] sizes, bool summarize, int edgeItems)
    {
        var headEnd = new long[sizes.Length];
        var tailStart = new long[sizes.Length];
        for (int d = 0; d < sizes.Length; d++)
        {
            if (summarize && sizes[d] > 2L * edgeItems)
            {
                headEnd[d] = SliceBound(edgeItems, sizes[d]);
                tailStart[d] = SliceBound(-(long)edgeItems, sizes[d]);
            }
            else
            {
                headEnd[d] = sizes[d];
                tailStart[d] = sizes[d];
            }
        }
        return new SummaryLayout(sizes, headEnd, tailStart);
    }

    /// <summary>Number of dimensions.</summary>
    public int Rank => Sizes.Length;

    /// <summary>The original tensor's sizes.</summary>
    public long[] Sizes { get; }

    /// <summary>Items [0, HeadEnd) of each dimension are kept...</summary>
    public long[] HeadEnd { get; }

    /// <summary>...and items [TailStart, size): all items when HeadEnd is the size.</summary>
    public long[] TailStart { get; }

    /// <summary>Row-major strides of the kept elements.</summary>
    public long[] Strides { get; }

    /// <summary>True when dimension <paramref name="dim"/> keeps only some of its items.</summary>
    public bool IsCut(int dim) => HeadEnd[dim] != Sizes[dim];

    /// <summary>Where item <paramref name="i"/> of dimension <paramref name="dim"/> lies among the kept items.</summary>
    public long ElementIndex(int dim, long i) => i < HeadEnd[dim] ? i : HeadEnd[dim] + (i - TailStart[dim]);

    /// <summary>A Python slice bound normalized for a sequence of <paramref name="size"/> items (<c>-0</c> is 0).</summary>
    public static long SliceBound(long index, long size) =>
        index < 0 ? Math.Max(index + size, 0) : Math.Min(index, size);
}
