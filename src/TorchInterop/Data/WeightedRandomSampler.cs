namespace TorchInterop.Data;

/// <summary>
/// Indices 0..len(weights)-1 drawn with the given probabilities (Python's <c>WeightedRandomSampler</c>): one
/// <c>torch.multinomial(weights, num_samples, replacement, generator)</c> per pass.
/// </summary>
public sealed class WeightedRandomSampler : Sampler<int>
{
    private readonly double[] _weights;

    /// <summary>A sampler drawing <paramref name="numSamples"/> indices by <paramref name="weights"/> (need not sum to 1).</summary>
    /// <exception cref="TorchException">(ValueError) <paramref name="numSamples"/> is not positive.</exception>
    public WeightedRandomSampler(IEnumerable<double> weights, int numSamples, bool replacement = true, Generator? generator = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (numSamples <= 0)
            throw new TorchException($"num_samples should be a positive integer value, but got num_samples={numSamples}", TorchErrorKind.ValueError);
        _weights = [.. weights];
        Count = numSamples;
        Replacement = replacement;
        Generator = generator;
    }

    /// <summary>The weights, as given.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>Whether indices are drawn with replacement.</summary>
    public bool Replacement { get; }

    /// <summary>The generator drawn from, or null (the default generator).</summary>
    public Generator? Generator { get; }

    /// <inheritdoc />
    public override int Count { get; }

    /// <inheritdoc />
    public override IEnumerator<int> GetEnumerator()
    {
        long[] drawn;
        using (var weights = Torch.Tensor(_weights, DType.Float64))
        using (var samples = Torch.Multinomial(weights, Count, Replacement, Generator))
            drawn = samples.ToArray<long>();
        foreach (long i in drawn) yield return (int)i;
    }
}
