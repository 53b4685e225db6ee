namespace TorchInterop.Serialization;

// The functions torch.save names to rebuild tensors (torch/_utils.py), applied to their pickled arguments.
internal static class TorchRebuild
{
    // _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
    public static Tensor Tensor(object?[] args)
    {
        if (args.Length < 5 || args[0] is not TorchInterop.Tensor storage)
            throw new InvalidDataException("_rebuild_tensor_v2 with unexpected arguments: the file is damaged");
        // Like Python's _rebuild_tensor: a new tensor set onto the shared storage, not a view of another tensor,
        // so it is a leaf that in-place operations may change.
        var tensor = TorchInterop.Torch.Empty([0], storage.Dtype);
        tensor.Set_(storage, Long(args[1], "storage_offset"), Longs(args[2], "size"), Longs(args[3], "stride"));
        tensor = WithMetadataBits(tensor, args.Length > 6 ? args[6] : null);
        if (args[4] is true) tensor.RequiresGrad = true;
        return tensor;
    }

    // PyTorch 2.x saves a tensor's conjugate and negative bits as metadata ({"conj": True, "neg": True}) over the
    // storage's unresolved values; as torch._utils.set_tensor_metadata does, the loaded tensor carries the bits again
    // (a lazy view of the same storage, made before requires_grad is set, so the tensor stays a leaf).
    private static Tensor WithMetadataBits(Tensor tensor, object? metadata)
    {
        if (metadata is not Dictionary<object, object?> bits) return tensor;
        if (bits.TryGetValue("conj", out var conj) && conj is true) tensor = tensor.Conj();
        if (bits.TryGetValue("neg", out var neg) && neg is true) tensor = tensor._NegView();
        return tensor;
    }

    // _rebuild_parameter(data, requires_grad, backward_hooks): a Parameter is loaded as the tensor it wraps.
    public static Tensor Parameter(object?[] args)
    {
        if (args.Length < 2 || args[0] is not TorchInterop.Tensor data || args[1] is not bool requiresGrad)
            throw new InvalidDataException("_rebuild_parameter with unexpected arguments: the file is damaged");
        if (data.RequiresGrad != requiresGrad) data.RequiresGrad = requiresGrad;
        return data;
    }

    private static long Long(object? value, string what) =>
        value as long? ?? throw new InvalidDataException($"a tensor's {what} is not an integer: the file is damaged");

    private static long[] Longs(object? value, string what) =>
        value is object?[] items ? Array.ConvertAll(items, item => Long(item, what)) :
            throw new InvalidDataException($"a tensor's {what} is not a tuple: the file is damaged");
}
