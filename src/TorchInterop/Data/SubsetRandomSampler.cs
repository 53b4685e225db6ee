namespace TorchInterop.Data;

/// <summary>The given indices in random order, without replacement (Python's <c>SubsetRandomSampler</c>).</summary>
public sealed class SubsetRandomSampler : Sampler<int>
{
    private readonly int[] _indices;

    /// <summary>A sampler over <paramref name="indices"/>, permuted by <c>randperm(len(indices), generator)</c> each pass.</summary>
    public SubsetRandomSampler(IEnumerable<int> indices, Generator? generator = null)
    {
        ArgumentNullException.ThrowIfNull(indices);
        _indices = [.. indices];
        Generator = generator;
    }

    /// <summary>The indices sampled from.</summary>
    public IReadOnlyList<int> Indices => _indices;

    /// <summary>The generator drawn from, or null (the default generator).</summary>
    public Generator? Generator { get; }

    /// <inheritdoc />
    public override int Count => _indices.Length;

    /// <inheritdoc />
    public override IEnumerator<int> GetEnumerator()
    {
        long[] order;
        using (var permutation = Torch.Randperm(_indices.Length, Generator)) order = permutation.ToArray<long>();
        foreach (long i in order) yield return _indices[i];
    }
}
