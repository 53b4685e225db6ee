using System.Collections;
using System.Runtime.CompilerServices;

namespace TorchInterop.Data;

/// <summary>
/// One sample of tensors, Python's tuple <c>(x, y)</c> as <see cref="TensorDataset"/> returns it: a fixed-length
/// tuple (<see cref="ITuple"/>, so it prints as a Python tuple) that deconstructs, <c>var (x, y) = dataset[0];</c>.
/// </summary>
public sealed class TensorSample : IReadOnlyList<Tensor>, ITuple
{
    private readonly Tensor[] _items;

    /// <summary>A sample of the given tensors.</summary>
    public TensorSample(params Tensor[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = (Tensor[])items.Clone();
    }

    /// <summary>The tensor at <paramref name="index"/>; negative indices count from the end.</summary>
    public Tensor this[int index] => _items[TensorItems.Index(index, _items.Length, "tuple")];

    /// <inheritdoc />
    public int Count => _items.Length;

    int ITuple.Length => _items.Length;

    object? ITuple.this[int index] => this[index];

    /// <summary>A one-tensor sample.</summary>
    public static implicit operator TensorSample(Tensor x) => new(x);

    /// <summary>Python's <c>return x, y</c> from a dataset.</summary>
    public static implicit operator TensorSample((Tensor, Tensor) t) => new(t.Item1, t.Item2);

    /// <summary>Python's <c>return x, y, z</c> from a dataset.</summary>
    public static implicit operator TensorSample((Tensor, Tensor, Tensor) t) => new(t.Item1, t.Item2, t.Item3);

    /// <summary>Unpacks a two-tensor sample.</summary>
    public void Deconstruct(out Tensor a, out Tensor b) => (a, b) = (Get(2, 0), _items[1]);

    /// <summary>Unpacks a three-tensor sample.</summary>
    public void Deconstruct(out Tensor a, out Tensor b, out Tensor c) => (a, b, c) = (Get(3, 0), _items[1], _items[2]);

    /// <summary>Unpacks a four-tensor sample.</summary>
    public void Deconstruct(out Tensor a, out Tensor b, out Tensor c, out Tensor d) =>
        (a, b, c, d) = (Get(4, 0), _items[1], _items[2], _items[3]);

    /// <inheritdoc />
    public IEnumerator<Tensor> GetEnumerator() => ((IEnumerable<Tensor>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Tensor Get(int count, int index)
    {
        TensorItems.CheckUnpack(count, _items.Length);
        return _items[index];
    }
}
