using System.Globalization;
using TorchInterop.Formatting;

namespace TorchInterop.NN;

/// <summary>
/// Python's <c>float or tuple of floats</c> argument (<c>scale_factor=2.0</c> or <c>scale_factor=(2, 1.5)</c>):
/// converts from a number, a tuple or an array, and remembers how it was spelled (number or sequence, ints or
/// floats) so that messages and reprs print it as Python would.
/// </summary>
public readonly struct FloatOrTuple : IEquatable<FloatOrTuple>
{
    private readonly double[]? _values;
    private readonly Spelling _spelling;
    private readonly bool _integers;

    private enum Spelling { Number, Tuple, List }

    private FloatOrTuple(double[] values, Spelling spelling, bool integers) => (_values, _spelling, _integers) = (values, spelling, integers);

    /// <summary>The numbers as given: one for a plain number.</summary>
    public IReadOnlyList<double> Values => _values ?? [0.0];

    /// <summary>True when given as one number rather than a sequence.</summary>
    public bool IsNumber => _spelling == Spelling.Number;

    /// <summary>True when given as a tuple (Python's <c>isinstance(x, tuple)</c>).</summary>
    public bool IsTuple => _spelling == Spelling.Tuple;

    /// <summary>A number: <c>2.0</c>.</summary>
    public static implicit operator FloatOrTuple(double value) => new([value], Spelling.Number, false);

    /// <summary>An integer: <c>2</c> (Python keeps it an int until a module converts it).</summary>
    public static implicit operator FloatOrTuple(int value) => new([value], Spelling.Number, true);

    /// <summary>A pair: <c>(2.0, 1.5)</c>.</summary>
    public static implicit operator FloatOrTuple((double, double) value) => new([value.Item1, value.Item2], Spelling.Tuple, false);

    /// <summary>A pair of integers: <c>(2, 3)</c>.</summary>
    public static implicit operator FloatOrTuple((int, int) value) => new([value.Item1, value.Item2], Spelling.Tuple, true);

    /// <summary>A triple: <c>(2.0, 1.5, 1.0)</c>.</summary>
    public static implicit operator FloatOrTuple((double, double, double) value) =>
        new([value.Item1, value.Item2, value.Item3], Spelling.Tuple, false);

    /// <summary>A triple of integers: <c>(2, 3, 1)</c>.</summary>
    public static implicit operator FloatOrTuple((int, int, int) value) => new([value.Item1, value.Item2, value.Item3], Spelling.Tuple, true);

    /// <summary>A Python list of floats: <c>[2.0, 1.5]</c>.</summary>
    public static implicit operator FloatOrTuple(double[] values) =>
        new((double[])(values ?? throw new ArgumentNullException(nameof(values))).Clone(), Spelling.List, false);

    /// <summary>A tuple of floats of any length (<c>(2.0,)</c> for one element).</summary>
    public static FloatOrTuple Tuple(params double[] values) => new((double[])values.Clone(), Spelling.Tuple, false);

    /// <summary>The numbers for <paramref name="dims"/> spatial dimensions: a number repeated, a sequence as it is.</summary>
    public double[] Expand(int dims) => IsNumber ? Enumerable.Repeat(Values[0], dims).ToArray() : [.. Values];

    /// <summary>The same numbers as Python floats (what <c>float(x)</c> or <c>tuple(float(f) for f in x)</c> give).</summary>
    public FloatOrTuple AsFloats() => new([.. Values], _spelling, false);

    /// <summary>Python's repr: <c>2.0</c>, <c>2</c>, <c>(2.0, 1.5)</c> or <c>[2.0, 1.5]</c>.</summary>
    public override string ToString()
    {
        bool integers = _integers;
        string items = string.Join(", ", Values.Select(v => integers ? ((long)v).ToString(CultureInfo.InvariantCulture) : PythonNumberFormat.Repr(v)));
        return _spelling switch
        {
            Spelling.Number => items,
            Spelling.List => "[" + items + "]",
            _ => Values.Count == 1 ? "(" + items + ",)" : "(" + items + ")",
        };
    }

    /// <inheritdoc/>
    public bool Equals(FloatOrTuple other) => _spelling == other._spelling && _integers == other._integers && Values.SequenceEqual(other.Values);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FloatOrTuple other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Values.Aggregate(HashCode.Combine(_spelling, _integers), (hash, v) => HashCode.Combine(hash, v));

    /// <summary>Equal numbers, spelled alike.</summary>
    public static bool operator ==(FloatOrTuple left, FloatOrTuple right) => left.Equals(right);

    /// <summary>Different numbers or spellings.</summary>
    public static bool operator !=(FloatOrTuple left, FloatOrTuple right) => !left.Equals(right);
}
