namespace TorchInterop.Data;

/// <summary>
/// Datasets of the same length side by side (Python's <c>torch.utils.data.StackDataset(*datasets)</c>, 2.x): sample i
/// is the tuple of each dataset's sample i.
/// <example><code>var pairs = new StackDataset&lt;Tensor&gt;(images, labels); var (image, label) = pairs[0];</code></example>
/// </summary>
/// <typeparam name="T">The type of the datasets' samples.</typeparam>
public sealed class StackDataset<T> : Dataset<StackedSample<T>>
{
    private readonly Dataset<T>[] _datasets;

    /// <summary>The stacking of <paramref name="datasets"/>, in order.</summary>
    /// <exception cref="TorchException">(ValueError) No datasets, or datasets of different lengths (PyTorch's messages).</exception>
    public StackDataset(params Dataset<T>[] datasets)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        _datasets = [.. datasets];
        Count = StackLength.Of(_datasets);
    }

    /// <summary>The stacked datasets (Python's <c>datasets</c>, a tuple).</summary>
    public IReadOnlyList<Dataset<T>> Datasets => _datasets;

    /// <inheritdoc />
    public override int Count { get; }

    /// <inheritdoc />
    public override StackedSample<T> GetItem(int index)
    {
        var items = new T[_datasets.Length];
        for (int d = 0; d < items.Length; d++) items[d] = _datasets[d][index];
        return new StackedSample<T>(items);
    }
}

// StackDataset's checks, shared by its tuple and dict forms.
internal static class StackLength
{
    internal static int Of<T>(IReadOnlyList<Dataset<T>> datasets)
    {
        if (datasets.Count == 0) throw new TorchException("At least one dataset should be passed", TorchErrorKind.ValueError);
        int length = datasets[0].Count;
        if (datasets.Any(d => d.Count != length)) throw new TorchException("Size mismatch between datasets", TorchErrorKind.ValueError);
        return length;
    }
}
