namespace TorchInterop.Data;

/// <summary>
/// Random indices (Python's <c>RandomSampler</c>): a permutation per pass, or with <c>replacement</c> independent
/// draws. Without a generator each pass first draws a seed from the default generator
/// (<c>torch.empty((), dtype=torch.int64).random_()</c>) and seeds a new generator with it, as PyTorch does, so the
/// same <c>manual_seed</c> gives the same order.
/// </summary>
public sealed class RandomSampler : Sampler<int>
{
    private readonly Func<int> _length;
    private readonly int? _numSamples;

    /// <summary>Random indices over <paramref name="dataSource"/>.</summary>
    /// <exception cref="TorchException">(ValueError) <paramref name="numSamples"/> is not positive.</exception>
    public RandomSampler(IDataset dataSource, bool replacement = false, int? numSamples = null, Generator? generator = null)
        : this(() => dataSource.Count, replacement, numSamples, generator) => ArgumentNullException.ThrowIfNull(dataSource);

    /// <summary>Random indices over a data source of <paramref name="length"/> items.</summary>
    public RandomSampler(int length, bool replacement = false, int? numSamples = null, Generator? generator = null)
        : this(() => length, replacement, numSamples, generator) { }

    private RandomSampler(Func<int> length, bool replacement, int? numSamples, Generator? generator)
    {
        _length = length;
        _numSamples = numSamples;
        Replacement = replacement;
        Generator = generator;
        if (Count <= 0)
            throw new TorchException($"num_samples should be a positive integer value, but got num_samples={Count}", TorchErrorKind.ValueError);
    }

    /// <summary>Whether indices are drawn with replacement.</summary>
    public bool Replacement { get; }

    /// <summary>The generator drawn from, or null (a fresh one seeded from the default generator per pass).</summary>
    public Generator? Generator { get; }

    /// <summary>How many indices a pass yields: <c>num_samples</c>, else the data source's length.</summary>
    public override int Count => _numSamples ?? _length();

    /// <inheritdoc />
    public override IEnumerator<int> GetEnumerator()
    {
        int n = _length();
        Generator? own = null;
        try
        {
            var generator = Generator;
            if (generator is null)
            {
                long seed = RandomSeed.Draw(null);
                generator = own = new Generator().ManualSeed(seed);
            }
            int numSamples = Count;
            if (Replacement)
            {
                for (int i = 0; i < numSamples / 32; i++)
                    foreach (long index in Draw(Torch.Randint(n, [32], generator)))
                        yield return (int)index;
                foreach (long index in Draw(Torch.Randint(n, [numSamples % 32], generator)))
                    yield return (int)index;
            }
            else
            {
                for (int i = 0; i < numSamples / n; i++)
                    foreach (long index in Draw(Torch.Randperm(n, generator)))
                        yield return (int)index;
                foreach (long index in Draw(Torch.Randperm(n, generator)).Take(numSamples % n))
                    yield return (int)index;
            }
        }
        finally
        {
            own?.Dispose();
        }
    }

    private static long[] Draw(Tensor t)
    {
        using (t) return t.ToArray<long>();
    }
}
