using TorchInterop.Data;

namespace TorchInterop.Python;

// len() of datasets, samplers and loaders; list() and range() as ported data code uses them.
public static partial class Builtins
{
    /// <summary>Python's <c>len(dataset)</c> for a map-style dataset (or anything sized a sampler accepts).</summary>
    public static long len(IDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.Count;
    }

    /// <summary>Python's <c>len(dataset)</c> for an iterable dataset that knows its length.</summary>
    public static long len<T>(IterableDataset<T> dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.Count;
    }

    /// <summary>Python's <c>len(sampler)</c>.</summary>
    public static long len<T>(Sampler<T> sampler)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        return sampler.Count;
    }

    /// <summary>Python's <c>len(loader)</c>: batches per pass.</summary>
    public static long len<TSample, TBatch>(DataLoader<TSample, TBatch> loader)
    {
        ArgumentNullException.ThrowIfNull(loader);
        return loader.Count;
    }

    /// <summary>Python's <c>len(splits)</c> for <c>random_split</c>'s result.</summary>
    public static long len<T>(Splits<T> splits)
    {
        ArgumentNullException.ThrowIfNull(splits);
        return splits.Count;
    }

    /// <summary>Python's <c>list(x)</c> of a tensor: its slices along the first dimension.</summary>
    public static List<Tensor> list(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        var items = new List<Tensor>();
        foreach (var row in tensor) items.Add(row);
        return items;
    }

    /// <summary>Python's <c>list(iterable)</c>: one pass, materialized (a sampler draws its random numbers here).</summary>
    public static List<T> list<T>(IEnumerable<T> iterable)
    {
        ArgumentNullException.ThrowIfNull(iterable);
        return [.. iterable];
    }

    /// <summary>Python's <c>range(stop)</c>.</summary>
    public static IReadOnlyList<int> range(int stop) => range(0, stop);

    /// <summary>Python's <c>range(start, stop, step=1)</c>.</summary>
    public static IReadOnlyList<int> range(int start, int stop, int step = 1)
    {
        if (step == 0) throw new ArgumentException("range() arg 3 must not be zero", nameof(step));
        var values = new List<int>();
        for (long i = start; step > 0 ? i < stop : i > stop; i += step) values.Add((int)i);
        return values;
    }
}
