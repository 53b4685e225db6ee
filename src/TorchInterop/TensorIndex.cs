namespace TorchInterop;

/// <summary>
/// One entry of a Python-style index: an integer (<c>x[1]</c>), a range (<c>x[1..3]</c>, Python's <c>x[1:3]</c>),
/// a stepped slice, <see cref="Ellipsis"/> (<c>...</c>), <see cref="None"/> (a new axis), or a tensor: a bool mask
/// (<c>x[x > 2]</c>) or integer positions (<c>x[Torch.Tensor(new long[] { 0, 2 })]</c>).
/// </summary>
public readonly struct TensorIndex
{
    internal enum IndexKind { Integer, Slice, Ellipsis, None, Tensor }

    private TensorIndex(IndexKind kind, long value = 0, long? start = null, long? stop = null, long step = 1,
        Tensor? tensor = null)
    {
        Tensor = tensor;
        Kind = kind;
        Value = value;
        Start = start;
        Stop = stop;
        Step = step;
    }

    internal IndexKind Kind { get; }
    internal long Value { get; }
    internal long? Start { get; }
    internal long? Stop { get; }
    internal long Step { get; }
    internal Tensor? Tensor { get; }

    /// <summary>Python's <c>...</c>: as many full slices as needed.</summary>
    public static TensorIndex Ellipsis { get; } = new(IndexKind.Ellipsis);

    /// <summary>Python's <c>None</c>: inserts a dimension of size one.</summary>
    public static TensorIndex None { get; } = new(IndexKind.None);

    /// <summary>Python's <c>start:stop:step</c>; null bounds are open.</summary>
    public static TensorIndex Slice(long? start = null, long? stop = null, long step = 1) =>
        new(IndexKind.Slice, start: start, stop: stop, step: step);

    /// <summary>Advanced indexing by a bool mask or by integer positions.</summary>
    public static implicit operator TensorIndex(Tensor index) =>
        new(IndexKind.Tensor, tensor: index ?? throw new ArgumentNullException(nameof(index)));

    /// <summary>A single position; negative counts from the end as in Python.</summary>
    public static implicit operator TensorIndex(long index) => new(IndexKind.Integer, index);

    /// <summary>A single position; negative counts from the end as in Python.</summary>
    public static implicit operator TensorIndex(int index) => new(IndexKind.Integer, index);

    /// <summary>A position counted from the end, <c>^1</c> being the last (Python's <c>-1</c>).</summary>
    public static implicit operator TensorIndex(Index index) => new(IndexKind.Integer, index.IsFromEnd ? -index.Value : index.Value);

    /// <summary>A C# range as a Python slice: <c>1..3</c> is <c>1:3</c>, <c>..^1</c> is <c>:-1</c>, <c>..</c> is <c>:</c>.</summary>
    public static implicit operator TensorIndex(Range range) =>
        Slice(Bound(range.Start, openValue: 0), Bound(range.End, openValue: null));

    private static long? Bound(Index index, long? openValue)
    {
        if (index.IsFromEnd) return index.Value == 0 ? openValue : -index.Value;
        return index.Value;
    }
}
