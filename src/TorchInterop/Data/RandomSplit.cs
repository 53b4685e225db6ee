namespace TorchInterop.Data;

/// <summary>Python's <c>torch.utils.data.random_split</c>.</summary>
public static class RandomSplit
{
    /// <summary>
    /// Splits <paramref name="dataset"/> into non-overlapping subsets of the given lengths, by one
    /// <c>randperm(sum(lengths), generator)</c> as PyTorch draws it (null: the default generator).
    /// <example><code>var (train, test) = RandomSplit.Split(ds, [8, 2]);</code></example>
    /// </summary>
    /// <exception cref="TorchException">(ValueError) The lengths do not sum up to the dataset's length.</exception>
    public static Splits<T> Split<T>(Dataset<T> dataset, IReadOnlyList<int> lengths, Generator? generator = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(lengths);
        // PyTorch reads lengths that sum up to 1 as fractions ([1, 0] of 5 samples is [5, 0])
        if (lengths.Sum(l => (long)l) == 1) return Split(dataset, [.. lengths.Select(l => (double)l)], generator);
        return ByLengths(dataset, lengths, generator);
    }

    private static Splits<T> ByLengths<T>(Dataset<T> dataset, IReadOnlyList<int> lengths, Generator? generator)
    {
        long sum = lengths.Sum(l => (long)l);
        if (sum != dataset.Count)
            throw new TorchException("Sum of input lengths does not equal the length of the input dataset!", TorchErrorKind.ValueError);
        using var permutation = Torch.Randperm(sum, generator);
        long[] indices = permutation.ToArray<long>();
        var subsets = new Subset<T>[lengths.Count];
        int k = 0;
        int offset = 0;
        foreach (int length in lengths)
        {
            subsets[k++] = new Subset<T>(dataset, indices.Skip(offset).Take(length).Select(i => (int)i));
            offset += length;
        }
        return new Splits<T>(subsets);
    }

    /// <summary>
    /// Splits by fractions that sum up to 1 (PyTorch's rule: floor(fraction * length) each, the remainder handed out
    /// one by one from the first split on).
    /// </summary>
    /// <exception cref="TorchException">(ValueError) A fraction outside [0, 1], or fractions that do not sum up to 1.</exception>
    public static Splits<T> Split<T>(Dataset<T> dataset, IReadOnlyList<double> fractions, Generator? generator = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(fractions);
        double total = fractions.Sum();
        // math.isclose(total, 1) with its default rel_tol=1e-09
        if (!(Math.Abs(total - 1) <= 1e-9 * Math.Max(Math.Abs(total), 1) && total <= 1))
        {
            if (fractions.All(f => f == Math.Floor(f) && Math.Abs(f) < int.MaxValue)) return ByLengths(dataset, [.. fractions.Select(f => (int)f)], generator);
            throw new TorchException("Sum of input lengths does not equal the length of the input dataset!", TorchErrorKind.ValueError);
        }
        var lengths = new int[fractions.Count];
        for (int i = 0; i < fractions.Count; i++)
        {
            if (fractions[i] < 0 || fractions[i] > 1) throw new TorchException($"Fraction at index {i} is not between 0 and 1", TorchErrorKind.ValueError);
            lengths[i] = (int)Math.Floor(dataset.Count * fractions[i]);
        }
        int remainder = dataset.Count - lengths.Sum();
        for (int i = 0; i < remainder; i++) lengths[i % lengths.Length]++;
        return ByLengths(dataset, lengths, generator);
    }
}
