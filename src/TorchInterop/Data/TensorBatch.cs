using System.Collections;

namespace TorchInterop.Data;

/// <summary>
/// A collated batch of tensors, Python's list <c>[xb, yb]</c> as <c>default_collate</c> makes it from tuples of
/// tensors: it prints as a Python list and deconstructs, <c>foreach (var (xb, yb) in loader)</c>.
/// </summary>
public sealed class TensorBatch : IReadOnlyList<Tensor>
{
    private readonly Tensor[] _items;

    /// <summary>A batch of the given tensors.</summary>
    public TensorBatch(params Tensor[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = (Tensor[])items.Clone();
    }

    /// <summary>The tensor at <paramref name="index"/>; negative indices count from the end.</summary>
    public Tensor this[int index] => _items[TensorItems.Index(index, _items.Length, "list")];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>Unpacks a two-tensor batch.</summary>
    public void Deconstruct(out Tensor a, out Tensor b)
    {
        TensorItems.CheckUnpack(2, _items.Length);
        (a, b) = (_items[0], _items[1]);
    }

    /// <summary>Unpacks a three-tensor batch.</summary>
    public void Deconstruct(out Tensor a, out Tensor b, out Tensor c)
    {
        TensorItems.CheckUnpack(3, _items.Length);
        (a, b, c) = (_items[0], _items[1], _items[2]);
    }

    /// <summary>Unpacks a four-tensor batch.</summary>
    public void Deconstruct(out Tensor a, out Tensor b, out Tensor c, out Tensor d)
    {
        TensorItems.CheckUnpack(4, _items.Length);
        (a, b, c, d) = (_items[0], _items[1], _items[2], _items[3]);
    }

    /// <inheritdoc />
    public IEnumerator<Tensor> GetEnumerator() => ((IEnumerable<Tensor>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
