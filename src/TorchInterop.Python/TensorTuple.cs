using System.Collections;

namespace TorchInterop.Python;

/// <summary>
/// A Python tuple of tensors (entries may be None), as <c>torch.autograd.grad</c> returns. Prints as Python's
/// tuple repr, including the one-element form <c>(tensor(...),)</c>, and deconstructs.
/// </summary>
public sealed class TensorTuple : IReadOnlyList<Tensor?>
{
    private readonly Tensor?[] _items;

    /// <summary>A tuple of the given tensors.</summary>
    public TensorTuple(params Tensor?[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = (Tensor?[])items.Clone();
    }

    /// <summary>The entry at <paramref name="index"/>; negative indices count from the end.</summary>
    public Tensor? this[int index]
    {
        get
        {
            int i = index < 0 ? index + _items.Length : index;
            if (i < 0 || i >= _items.Length) throw new IndexOutOfRangeException("tuple index out of range");
            return _items[i];
        }
    }

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>Unpacks a one-element tuple.</summary>
    public void Deconstruct(out Tensor? a) => a = this[0];

    /// <summary>Unpacks a two-element tuple.</summary>
    public void Deconstruct(out Tensor? a, out Tensor? b)
    {
        CheckCount(2);
        (a, b) = (_items[0], _items[1]);
    }

    /// <summary>Unpacks a three-element tuple.</summary>
    public void Deconstruct(out Tensor? a, out Tensor? b, out Tensor? c)
    {
        CheckCount(3);
        (a, b, c) = (_items[0], _items[1], _items[2]);
    }

    /// <inheritdoc />
    public IEnumerator<Tensor?> GetEnumerator() => ((IEnumerable<Tensor?>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Python's tuple repr.</summary>
    public override string ToString() => Builtins.repr(this);

    private void CheckCount(int n)
    {
        if (_items.Length != n)
            throw new InvalidOperationException(
                _items.Length > n ? $"too many values to unpack (expected {n})" : $"not enough values to unpack (expected {n}, got {_items.Length})");
    }
}
