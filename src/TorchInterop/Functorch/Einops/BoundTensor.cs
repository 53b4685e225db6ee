namespace TorchInterop.Functorch.Einops;

/// <summary>
/// A tensor indexed by first-class dimensions: its data and, per dimension of the data, the first-class dimension it
/// holds (a non-negative number) or the positional dimension of the input it kept (<see cref="Positional"/>).
/// </summary>
internal sealed class BoundTensor(Tensor data, List<int> levels)
{
    public Tensor Data { get; } = data;

    /// <summary>The level of the input's dimension <paramref name="dim"/> left positional (no first-class dimension took it).</summary>
    public static int Positional(int dim) => ~dim;

    /// <summary>
    /// functorch.dim's <c>tensor.order(*index)</c>: the dimensions of <paramref name="index"/> become positional, in
    /// that order, after the first-class dimensions it does not name and before the positional ones; an
    /// <c>as_strided</c> moves them when the order changes, and a <c>reshape</c> merges each pack into one dimension.
    /// </summary>
    public Tensor Order(FirstClassIndex[] index)
    {
        var remaining = new List<int>(levels);
        var ordered = new List<int>();
        foreach (int dim in index.SelectMany(i => i.Dims))
        {
            int at = remaining.IndexOf(dim);
            if (at < 0)
                throw new TorchException($"tensor does not contain dim {DimBinding.Name(dim)} or it was specified twice", TorchErrorKind.ValueError);
            remaining[at] = int.MinValue;
            ordered.Add(dim);
        }

        var newLevels = new List<int>();
        int insertAt = -1;
        foreach (int level in remaining)
        {
            if (level == int.MinValue) continue;
            if (level < 0 && insertAt == -1)
            {
                insertAt = newLevels.Count;
                newLevels.AddRange(ordered);
            }
            newLevels.Add(level);
        }
        if (insertAt == -1)
        {
            insertAt = newLevels.Count;
            newLevels.AddRange(ordered);
        }

        var moved = Data;
        if (!newLevels.SequenceEqual(levels))
        {
            long[] sizes = Data.Shape, strides = Data.Stride();
            moved = Data.AsStrided([.. newLevels.Select(l => sizes[levels.IndexOf(l)])],
                                   [.. newLevels.Select(l => strides[levels.IndexOf(l)])], Data.StorageOffset());
        }
        if (!index.Any(i => i.IsPack)) return moved;

        long[] movedSizes = moved.Shape;
        var shape = new List<long>(movedSizes[..insertAt]);
        int next = insertAt;
        foreach (var entry in index)
        {
            if (!entry.IsPack)
            {
                shape.Add(movedSizes[next++]);
                continue;
            }
            long merged = 1;
            foreach (var _ in entry.Dims) merged *= movedSizes[next++];
            shape.Add(merged);
        }
        shape.AddRange(movedSizes[next..]);
        var result = moved.Reshape([.. shape]);
        if (!ReferenceEquals(moved, Data)) moved.Dispose();
        return result;
    }
}
