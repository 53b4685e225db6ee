using System.Collections;
using System.Runtime.CompilerServices;

namespace TorchInterop.Data;

/// <summary>
/// One sample of a <see cref="StackDataset{T}"/>: the datasets' samples at one index, Python's tuple
/// <c>(images[i], texts[i])</c> (an <see cref="ITuple"/>, so it prints and collates as a tuple).
/// </summary>
/// <typeparam name="T">The type of the stacked datasets' samples.</typeparam>
public sealed class StackedSample<T> : IReadOnlyList<T>, ITuple
{
    private readonly T[] _items;

    internal StackedSample(T[] items) => _items = items;

    /// <summary>The sample of the dataset at <paramref name="index"/>; negative indices count from the end.</summary>
    public T this[int index] => _items[TensorItems.Index(index, _items.Length, "tuple")];

    /// <inheritdoc />
    public int Count => _items.Length;

    int ITuple.Length => _items.Length;

    object? ITuple.this[int index] => this[index];

    /// <summary>Unpacks a sample of two datasets.</summary>
    public void Deconstruct(out T a, out T b)
    {
        TensorItems.CheckUnpack(2, _items.Length);
        (a, b) = (_items[0], _items[1]);
    }

    /// <summary>Unpacks a sample of three datasets.</summary>
    public void Deconstruct(out T a, out T b, out T c)
    {
        TensorItems.CheckUnpack(3, _items.Length);
        (a, b, c) = (_items[0], _items[1], _items[2]);
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
