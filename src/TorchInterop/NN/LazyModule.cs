namespace TorchInterop.NN;

/// <summary>
/// What PyTorch's <c>LazyModuleMixin</c> and <c>UninitializedParameter</c> do for the lazy modules: placeholders
/// that print as <c>&lt;UninitializedParameter&gt;</c>, materialized in place (the same tensor object, so an
/// optimizer made before the first forward still holds it) from the first input's shape.
/// </summary>
public static class LazyModule
{
    /// <summary>
    /// Python's <c>UninitializedParameter(requires_grad=True, dtype=None)</c>: a parameter with no shape yet.
    /// </summary>
    public static Tensor UninitializedParameter(bool requiresGrad = true, DType? dtype = null)
    {
        var parameter = Parameter.Create(Torch.Empty([0], dtype), requiresGrad);
        parameter.UninitializedClass = "UninitializedParameter";
        return parameter;
    }

    /// <summary>Python's <c>UninitializedBuffer(requires_grad=False, dtype=None)</c>: a buffer with no shape yet.</summary>
    public static Tensor UninitializedBuffer(bool requiresGrad = false, DType? dtype = null)
    {
        var buffer = Torch.Empty([0], dtype);
        if (requiresGrad) buffer.RequiresGrad = true;
        buffer.UninitializedClass = "UninitializedBuffer";
        return buffer;
    }

    /// <summary>
    /// Python's <c>uninitialized.materialize(shape)</c>: the placeholder's data becomes an uninitialized tensor of
    /// <paramref name="shape"/> (its dtype kept) and it becomes a plain parameter or tensor.
    /// </summary>
    public static void Materialize(Tensor uninitialized, long[] shape)
    {
        ArgumentNullException.ThrowIfNull(uninitialized);
        uninitialized.SetData(Torch.Empty(shape, uninitialized.Dtype));
        uninitialized.UninitializedClass = null;
    }

    /// <summary>Whether <paramref name="module"/> holds a placeholder among its own parameters or buffers (PyTorch's <c>has_uninitialized_params</c>).</summary>
    public static bool HasUninitializedParams(Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return module.NamedParameters(recurse: false).Any(p => p.Value.IsUninitialized) ||
               module.NamedBuffers(recurse: false).Any(b => b.Value.IsUninitialized);
    }

    // The lazy norms' initialize_parameters: every placeholder of the module itself becomes a vector of numFeatures.
    internal static void MaterializeOwnAsVectors(Module module, long numFeatures)
    {
        foreach (var (_, tensor) in module.NamedParameters(recurse: false).Concat(module.NamedBuffers(recurse: false)))
            if (tensor.IsUninitialized) Materialize(tensor, [numFeatures]);
    }

    // The lazy norms take num_features from input.shape[1], which Python cannot index below two dimensions.
    internal static long ChannelCount(Tensor input) =>
        input.Dim >= 2 ? input.Shape[1] : throw new TorchException("tuple index out of range", TorchErrorKind.IndexError);

    // LazyModuleMixin._lazy_load_hook, for every module of a tree: a placeholder whose name the state dict holds takes
    // that tensor's shape, so that the copy that follows fills it (the module stays lazy until its first forward).
    internal static void MaterializeFrom(Module module, IReadOnlyDictionary<string, Tensor> stateDict)
    {
        using var noGrad = Autograd.NoGrad();
        foreach (var (name, tensor) in module.NamedParameters().Concat(module.NamedBuffers()))
        {
            if (tensor.IsUninitialized && stateDict.TryGetValue(name, out var source) && source is { IsUninitialized: false })
                Materialize(tensor, source.Shape);
        }
    }

    // LazyModuleMixin.__init__'s warning: 1.13 only (2.x warns no more).
    internal static void WarnExperimental()
    {
        if (!LibTorch.IsAtLeast(2))
            Warnings.Raise("Lazy modules are a new feature under heavy development so changes to the API or functionality can happen at any moment.",
                "torch/nn/modules/lazy.py");
    }
}
