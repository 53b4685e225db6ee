using System.Globalization;

namespace TorchInterop.NN;

/// <summary>
/// Python's <c>int or tuple of ints</c> argument (<c>kernel_size=3</c> or <c>kernel_size=(3, 2)</c>): converts from a
/// number, a tuple or an array, remembers which it was so reprs print as Python's do, and expands as PyTorch's
/// <c>_single</c>, <c>_pair</c> and <c>_triple</c> do.
/// </summary>
public readonly struct IntOrTuple : IEquatable<IntOrTuple>
{
    private readonly long[]? _values;
    private readonly Spelling _spelling;

    private enum Spelling { Number, Tuple, List }

    private IntOrTuple(long[] values, Spelling spelling) => (_values, _spelling) = (values, spelling);

    /// <summary>The numbers as given: one for a plain number.</summary>
    public IReadOnlyList<long> Values => _values ?? [0];

    /// <summary>True when given as one number rather than a sequence.</summary>
    public bool IsNumber => _spelling == Spelling.Number;

    /// <summary>A plain number: <c>3</c>.</summary>
    public static implicit operator IntOrTuple(long value) => new([value], Spelling.Number);

    /// <summary>A plain number: <c>3</c>.</summary>
    public static implicit operator IntOrTuple(int value) => new([value], Spelling.Number);

    /// <summary>A pair: <c>(3, 2)</c>.</summary>
    public static implicit operator IntOrTuple((long, long) value) => new([value.Item1, value.Item2], Spelling.Tuple);

    /// <summary>A pair: <c>(3, 2)</c>.</summary>
    public static implicit operator IntOrTuple((int, int) value) => new([value.Item1, value.Item2], Spelling.Tuple);

    /// <summary>A triple: <c>(3, 2, 1)</c>.</summary>
    public static implicit operator IntOrTuple((long, long, long) value) => new([value.Item1, value.Item2, value.Item3], Spelling.Tuple);

    /// <summary>A triple: <c>(3, 2, 1)</c>.</summary>
    public static implicit operator IntOrTuple((int, int, int) value) => new([value.Item1, value.Item2, value.Item3], Spelling.Tuple);

    /// <summary>Four numbers, as padding takes them: <c>(1, 0, 2, 1)</c>.</summary>
    public static implicit operator IntOrTuple((long, long, long, long) value) =>
        new([value.Item1, value.Item2, value.Item3, value.Item4], Spelling.Tuple);

    /// <summary>Four numbers, as padding takes them: <c>(1, 0, 2, 1)</c>.</summary>
    public static implicit operator IntOrTuple((int, int, int, int) value) =>
        new([value.Item1, value.Item2, value.Item3, value.Item4], Spelling.Tuple);

    /// <summary>Six numbers, as 3-D padding takes them.</summary>
    public static implicit operator IntOrTuple((int, int, int, int, int, int) value) =>
        new([value.Item1, value.Item2, value.Item3, value.Item4, value.Item5, value.Item6], Spelling.Tuple);

    /// <summary>A Python list: <c>[3, 2]</c>.</summary>
    public static implicit operator IntOrTuple(long[] values) => new((long[])(values ?? throw new ArgumentNullException(nameof(values))).Clone(), Spelling.List);

    /// <summary>A tuple of any length, printed as Python prints tuples (<c>(3,)</c> for one element).</summary>
    public static IntOrTuple Tuple(params long[] values) => new((long[])values.Clone(), Spelling.Tuple);

    /// <summary>
    /// PyTorch's <c>_ntuple(dims)</c>: a number repeated <paramref name="dims"/> times, a sequence as it is (ATen checks
    /// its length).
    /// </summary>
    public long[] Expand(int dims) => IsNumber ? Enumerable.Repeat(Values[0], dims).ToArray() : [.. Values];

    /// <summary>The same numbers as a tuple: what <c>_single</c>, <c>_pair</c> and <c>_triple</c> store.</summary>
    public IntOrTuple AsTuple(int dims) => new(Expand(dims), Spelling.Tuple);

    /// <summary>The sequence without its first <paramref name="count"/> numbers, spelled as before (Python's <c>size[2:]</c>).</summary>
    internal IntOrTuple Skip(int count) => new([.. Values.Skip(count)], _spelling);

    /// <summary>Python's repr: <c>3</c>, <c>(3, 2)</c>, <c>(3,)</c> or <c>[3, 2]</c>.</summary>
    public override string ToString()
    {
        string items = string.Join(", ", Values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
        return _spelling switch
        {
            Spelling.Number => items,
            Spelling.List => "[" + items + "]",
            _ => Values.Count == 1 ? "(" + items + ",)" : "(" + items + ")",
        };
    }

    /// <inheritdoc/>
    public bool Equals(IntOrTuple other) => _spelling == other._spelling && Values.SequenceEqual(other.Values);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IntOrTuple other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Values.Aggregate((int)_spelling, (hash, v) => HashCode.Combine(hash, v));

    /// <summary>Equal numbers, spelled alike.</summary>
    public static bool operator ==(IntOrTuple left, IntOrTuple right) => left.Equals(right);

    /// <summary>Different numbers or spellings.</summary>
    public static bool operator !=(IntOrTuple left, IntOrTuple right) => !left.Equals(right);
}
