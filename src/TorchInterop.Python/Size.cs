using System.Collections;

namespace TorchInterop.Python;

/// <summary>
/// Python's <c>torch.Size</c>: the shape of a tensor, a tuple of dimensions that prints as <c>torch.Size([2, 2])</c>.
/// Indexing accepts negative positions as Python does.
/// </summary>
public sealed class Size : IReadOnlyList<long>, IEquatable<Size>
{
    private readonly long[] _dims;

    /// <summary>A shape with the given dimensions.</summary>
    public Size(params long[] dims)
    {
        ArgumentNullException.ThrowIfNull(dims);
        _dims = (long[])dims.Clone();
    }

    /// <summary>The size of dimension <paramref name="index"/>; negative indices count from the end.</summary>
    public long this[int index]
    {
        get
        {
            int i = index < 0 ? index + _dims.Length : index;
            if (i < 0 || i >= _dims.Length) throw new IndexOutOfRangeException("tuple index out of range");
            return _dims[i];
        }
    }

    /// <summary>The number of dimensions (Python's <c>len(size)</c>).</summary>
    public int Length => _dims.Length;

    /// <inheritdoc />
    public int Count => _dims.Length;

    /// <summary>The number of elements a tensor of this shape holds (Python's <c>size.numel()</c>).</summary>
    public long numel()
    {
        long n = 1;
        foreach (long d in _dims) n *= d;
        return n;
    }

    /// <summary>The dimensions as an array.</summary>
    public long[] ToArray() => (long[])_dims.Clone();

    /// <summary>The dimensions as an array, for the idiomatic API.</summary>
    public static implicit operator long[](Size size) => NotNull(size).ToArray();

    /// <summary>A shape from an array.</summary>
    public static implicit operator Size(long[] dims) => new(dims);

    /// <inheritdoc />
    public IEnumerator<long> GetEnumerator() => ((IEnumerable<long>)_dims).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(Size? other) => other is not null && _dims.AsSpan().SequenceEqual(other._dims);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Size s && Equals(s);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (long d in _dims) h.Add(d);
        return h.ToHashCode();
    }

    /// <summary>Structural equality, as Python's <c>==</c> on sizes.</summary>
    public static bool operator ==(Size? a, Size? b) => a is null ? b is null : a.Equals(b);

    /// <summary>Structural inequality.</summary>
    public static bool operator !=(Size? a, Size? b) => !(a == b);

    /// <summary>Python's repr: <c>torch.Size([2, 2])</c>.</summary>
    public override string ToString() => "torch.Size([" + string.Join(", ", _dims) + "])";

    private static Size NotNull(Size size)
    {
        ArgumentNullException.ThrowIfNull(size);
        return size;
    }
}
