using System.Collections;
using System.Runtime.CompilerServices;

namespace TorchInterop;

/// <summary>
/// vmap's <c>in_dims</c> and <c>out_dims</c>: one dimension for every argument or output (<c>inDims: 1</c>), or one
/// each, as Python's tuple (<c>inDims: [0, null]</c>, null being Python's None: not mapped). The default is 0.
/// </summary>
[CollectionBuilder(typeof(Dims), nameof(Create))]
public readonly struct Dims : IEnumerable<int?>
{
    private readonly int?[]? _each;
    private readonly bool _none;
    private readonly int _all;

    private Dims(int? all, int?[]? each)
    {
        _each = each;
        _none = all is null && each is null;
        _all = all ?? 0;
    }

    /// <summary>The same dimension for every argument or output; null maps none of them (Python's None).</summary>
    public static implicit operator Dims(int? all) => new(all, null);

    /// <summary>One dimension for each of two arguments or outputs: Python's <c>in_dims=(0, None)</c> is <c>(0, null)</c>.</summary>
    public static implicit operator Dims((int?, int?) each) => new(null, [each.Item1, each.Item2]);

    /// <summary>One dimension for each of three arguments or outputs.</summary>
    public static implicit operator Dims((int?, int?, int?) each) => new(null, [each.Item1, each.Item2, each.Item3]);

    /// <summary>One dimension per argument or output, as Python's tuple.</summary>
    public static Dims Create(ReadOnlySpan<int?> each) => new(null, each.ToArray());

    /// <summary>True when the dimensions were given one per item (a Python tuple).</summary>
    public bool IsTuple => _each is not null;

    /// <summary>The number of dimensions given one per item (0 when one dimension serves all).</summary>
    public int Count => _each?.Length ?? 0;

    /// <summary>The dimension of item <paramref name="index"/>.</summary>
    public int? this[int index] => _each is not null ? _each[index] : _none ? null : _all;

    /// <inheritdoc />
    public IEnumerator<int?> GetEnumerator() => ((IEnumerable<int?>)(_each ?? [this[0]])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Python's repr: <c>0</c>, <c>None</c>, <c>(0, None)</c>, <c>(1,)</c>.</summary>
    public override string ToString()
    {
        static string Repr(int? dim) => dim?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None";
        if (_each is null) return Repr(this[0]);
        return _each.Length == 1 ? $"({Repr(_each[0])},)" : "(" + string.Join(", ", _each.Select(Repr)) + ")";
    }
}
