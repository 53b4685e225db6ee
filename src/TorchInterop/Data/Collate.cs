using System.Collections;
using System.Runtime.CompilerServices;

namespace TorchInterop.Data;

/// <summary>Python's <c>torch.utils.data.default_collate</c>: merges a list of samples into one batch.</summary>
public static class Collate
{
    private const string ErrorFormat = "default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found {0}";

    /// <summary>Samples of tensors stacked position by position: <c>[(x0, y0), (x1, y1)]</c> becomes <c>[stack(x), stack(y)]</c>.</summary>
    public static TensorBatch Stack(IReadOnlyList<TensorSample> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        int size = batch[0].Count;
        CheckEqualSizes(batch.Select(s => s.Count), size);
        var stacked = new Tensor[size];
        for (int i = 0; i < size; i++) stacked[i] = Torch.Stack([.. batch.Select(s => s[i])]);
        return new TensorBatch(stacked);
    }

    /// <summary>Tensors stacked along a new first dimension (<c>torch.stack(batch, 0)</c>).</summary>
    public static Tensor Stack(IReadOnlyList<Tensor> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Torch.Stack(batch);
    }

    /// <summary>
    /// PyTorch's rules, by the first sample's type: tensors are stacked; integers (and bools) become an int64 (bool)
    /// tensor, floating-point numbers a float64 tensor; strings stay a list; tuples of tensors (<see cref="TensorSample"/>)
    /// become a <see cref="TensorBatch"/>; other tuples and lists become a list of collated positions; dictionaries a
    /// dictionary of collated values, in the first sample's key order.
    /// </summary>
    /// <exception cref="TorchException">A sample type PyTorch cannot collate either (its TypeError).</exception>
    public static object Default<T>(IReadOnlyList<T> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Default(batch as IReadOnlyList<object?> ?? [.. batch.Cast<object?>()]);
    }

    private static object Default(IReadOnlyList<object?> batch)
    {
        if (batch.Count == 0) throw new TorchException("list index out of range", TorchErrorKind.IndexError);
        object? elem = batch[0];
        switch (elem)
        {
            case Tensor:
                return Torch.Stack([.. batch.Cast<Tensor>()]);
            case double or float or Half:
                return Torch.Tensor([.. batch.Select(Convert.ToDouble)], DType.Float64);
            case bool:
                return Torch.Tensor([.. batch.Cast<bool>()]);
            case int or long or short or sbyte or byte or ushort or uint:
                return Torch.Tensor([.. batch.Select(Convert.ToInt64)]);
            case string:
                return batch.Cast<string>().ToList();
            case TensorSample:
                return Stack([.. batch.Cast<TensorSample>()]);
            case IDictionary first:
            {
                var result = new Dictionary<object, object>();
                foreach (var key in first.Keys) result[key] = Default([.. batch.Select(d => ((IDictionary)d!)[key])]);
                return result;
            }
            case ITuple:
                return Transpose(batch, s => Items((ITuple)s!));
            case IEnumerable:
                return Transpose(batch, s => ((IEnumerable)s!).Cast<object?>().ToList());
            default:
                throw new TorchException(string.Format(System.Globalization.CultureInfo.InvariantCulture, ErrorFormat, elem?.GetType().FullName ?? "None"), TorchErrorKind.TypeError);
        }
    }

    // Python's [collate(samples) for samples in zip(*batch)]: always a list.
    private static List<object> Transpose(IReadOnlyList<object?> batch, Func<object?, List<object?>> items)
    {
        var rows = batch.Select(items).ToList();
        int size = rows[0].Count;
        CheckEqualSizes(rows.Select(r => r.Count), size);
        var result = new List<object>(size);
        for (int i = 0; i < size; i++) result.Add(Default([.. rows.Select(r => r[i])]));
        return result;
    }

    private static List<object?> Items(ITuple tuple)
    {
        var items = new List<object?>(tuple.Length);
        for (int i = 0; i < tuple.Length; i++) items.Add(tuple[i]);
        return items;
    }

    private static void CheckEqualSizes(IEnumerable<int> sizes, int size)
    {
        if (sizes.Any(s => s != size)) throw new TorchException("each element in list of batch should be of equal size");
    }
}
