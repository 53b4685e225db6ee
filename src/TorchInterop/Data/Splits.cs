using System.Collections;

namespace TorchInterop.Data;

/// <summary>The subsets <see cref="RandomSplit"/> makes, in order; deconstructs as Python unpacks the list: <c>var (train, test) = ...;</c></summary>
/// <typeparam name="T">The type of one sample.</typeparam>
public sealed class Splits<T> : IReadOnlyList<Subset<T>>
{
    private readonly Subset<T>[] _subsets;

    internal Splits(Subset<T>[] subsets) => _subsets = subsets;

    /// <summary>The subset at <paramref name="index"/>; negative indices count from the end.</summary>
    public Subset<T> this[int index] => _subsets[TensorItems.Index(index, _subsets.Length, "list")];

    /// <inheritdoc />
    public int Count => _subsets.Length;

    /// <summary>Unpacks two splits.</summary>
    public void Deconstruct(out Subset<T> first, out Subset<T> second)
    {
        TensorItems.CheckUnpack(2, _subsets.Length);
        (first, second) = (_subsets[0], _subsets[1]);
    }

    /// <summary>Unpacks three splits.</summary>
    public void Deconstruct(out Subset<T> first, out Subset<T> second, out Subset<T> third)
    {
        TensorItems.CheckUnpack(3, _subsets.Length);
        (first, second, third) = (_subsets[0], _subsets[1], _subsets[2]);
    }

    /// <inheritdoc />
    public IEnumerator<Subset<T>> GetEnumerator() => ((IEnumerable<Subset<T>>)_subsets).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
