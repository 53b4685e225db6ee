namespace TorchInterop.Python;

// Python's tuples of tensors as the transforms' pytrees see them: a TensorTuple to the idiomatic layer's Tensor[] and
// back.
internal static class FuncTrees
{
    public static Tensor[] Leaves(TensorTuple tuple)
    {
        ArgumentNullException.ThrowIfNull(tuple);
        return tuple.Select(t => t ?? throw new ArgumentException("expected a tuple of Tensors, got None in it", nameof(tuple))).ToArray();
    }

    public static TensorTuple Tuple(Tensor[] tensors) => new(tensors);
}
