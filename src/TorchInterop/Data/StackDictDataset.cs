namespace TorchInterop.Data;

/// <summary>
/// Named datasets of the same length side by side (Python's <c>torch.utils.data.StackDataset(**datasets)</c>, 2.x):
/// sample i is the dictionary of each dataset's sample i under its name, in the given order.
/// <example><code>var ds = new StackDictDataset&lt;Tensor&gt;(new Dictionary&lt;string, Dataset&lt;Tensor&gt;&gt; { ["image"] = images, ["label"] = labels });</code></example>
/// </summary>
/// <typeparam name="T">The type of the datasets' samples.</typeparam>
public sealed class StackDictDataset<T> : Dataset<Dictionary<string, T>>
{
    private readonly KeyValuePair<string, Dataset<T>>[] _datasets;

    /// <summary>The stacking of <paramref name="datasets"/>, keyed by their names.</summary>
    /// <exception cref="TorchException">(ValueError) No datasets, or datasets of different lengths (PyTorch's messages).</exception>
    public StackDictDataset(IEnumerable<KeyValuePair<string, Dataset<T>>> datasets)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        _datasets = [.. datasets];
        Count = StackLength.Of([.. _datasets.Select(d => d.Value)]);
    }

    /// <summary>The stacked datasets by name (Python's <c>datasets</c>, a dict).</summary>
    public IReadOnlyList<KeyValuePair<string, Dataset<T>>> Datasets => _datasets;

    /// <inheritdoc />
    public override int Count { get; }

    /// <inheritdoc />
    public override Dictionary<string, T> GetItem(int index)
    {
        var sample = new Dictionary<string, T>(_datasets.Length);
        foreach (var (name, dataset) in _datasets) sample[name] = dataset[index];
        return sample;
    }
}
