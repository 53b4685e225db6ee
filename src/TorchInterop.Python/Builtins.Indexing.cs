namespace TorchInterop.Python;

// Python's index objects, so `x[::2, None, ...]` ports as `x[slice(null, null, 2), newaxis, Ellipsis]`.
public static partial class Builtins
{
    /// <summary>Python's <c>slice(stop)</c>, the index <c>:stop</c>.</summary>
    public static TensorIndex slice(long? stop) => TensorIndex.Slice(stop: stop);

    /// <summary>Python's <c>slice(start, stop, step=None)</c>, the index <c>start:stop:step</c>; null is Python's None.</summary>
    public static TensorIndex slice(long? start, long? stop, long? step = null) => TensorIndex.Slice(start, stop, step ?? 1);

    /// <summary>Python's <c>...</c> (<c>Ellipsis</c>) in an index: as many full slices as needed.</summary>
    public static TensorIndex Ellipsis => TensorIndex.Ellipsis;

    /// <summary>Python's <c>None</c> in an index (numpy's name, <c>newaxis</c>): a new dimension of size one.</summary>
    public static TensorIndex newaxis => TensorIndex.None;
}
