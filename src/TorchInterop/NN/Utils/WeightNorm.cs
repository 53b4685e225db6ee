namespace TorchInterop.NN;

public static partial class Utils
{
    /// <summary>
    /// Python's <c>torch.nn.utils.weight_norm(module, name, dim)</c>: the parameter <paramref name="name"/> becomes
    /// <c>{name}_g</c> (its norm over every dimension but <paramref name="dim"/>) and <c>{name}_v</c> (its direction),
    /// and <c>{name}</c> is recomputed from them (<c>g * v / ‖v‖</c>) before every forward by a forward pre-hook.
    /// Null <paramref name="dim"/> takes the norm over the whole tensor. Returns the module.
    /// </summary>
    /// <example><code>var m = Utils.WeightNorm(new Linear(20, 40));  // m.weight_g: (40, 1), m.weight_v: (40, 20)</code></example>
    /// <exception cref="TorchException">The parameter already has a weight_norm hook (RuntimeError).</exception>
    public static T WeightNorm<T>(T module, string name = "weight", long? dim = 0) where T : Module
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(name);
        NN.WeightNorm.Apply(module, name, dim ?? -1);
        return module;
    }

    /// <summary>
    /// Python's <c>torch.nn.utils.remove_weight_norm(module, name)</c>: <c>{name}</c> becomes a plain parameter again,
    /// holding the weight as last computed from <c>{name}_g</c> and <c>{name}_v</c>. Returns the module.
    /// </summary>
    /// <exception cref="TorchException">The module has no weight_norm of that name (ValueError).</exception>
    public static T RemoveWeightNorm<T>(T module, string name = "weight") where T : Module
    {
        RemoveReparametrization<WeightNorm>(module, name, "weight_norm");
        return module;
    }

    // Python's remove_weight_norm / remove_spectral_norm loop: the hook of that name goes, with PyTorch's ValueError.
    private static void RemoveReparametrization<THook>(Module module, string name, string what) where THook : IReparametrizationHook
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(name);
        foreach (var (id, hook) in module.ForwardPreHooks)
            if (hook is THook reparametrization && reparametrization.Name == name)
            {
                reparametrization.Remove(module);
                module.RemoveForwardPreHook(id);
                return;
            }
        throw new TorchException($"{what} of '{name}' not found in {module}", TorchErrorKind.ValueError);
    }
}

/// <summary>PyTorch's <c>WeightNorm</c> hook: recomputes <c>{name}</c> from <c>{name}_g</c> and <c>{name}_v</c>.</summary>
internal sealed class WeightNorm(string name, long dim) : IReparametrizationHook
{
    public string Name { get; } = name;

    public static void Apply(Module module, string name, long dim)
    {
#if LIBTORCH_2
        Warnings.Raise("`torch.nn.utils.weight_norm` is deprecated in favor of `torch.nn.utils.parametrizations.weight_norm`.",
                       category: "FutureWarning");
#endif
        if (module.ForwardPreHooks.Any(h => h.Hook is WeightNorm w && w.Name == name))
            throw new TorchException($"Cannot register two weight_norm hooks on the same parameter {name}");
        var weight = module.GetParameter(name) ?? throw (module.HasParameter(name)
            ? new TorchException("norm_except_dim(): argument 'v' (position 1) must be Tensor, not NoneType", TorchErrorKind.TypeError)
            : new TorchException($"'{module.ReprName}' object has no attribute '{name}'", TorchErrorKind.AttributeError));
        var hook = new WeightNorm(name, dim);
        module.RemoveParameter(name);
        using (var data = weight.Detach())
        {
            using var norm = Torch.NormExceptDim(weight, 2, dim);
            module.AddParameter(name + "_g", Parameter.Create(norm));
            module.AddParameter(name + "_v", Parameter.Create(data));
        }
        module.SetTensorAttribute(name, hook.Compute(module));
        module.AddForwardPreHook(hook);
    }

    public Tensor Compute(Module module) =>
        Torch._WeightNorm(module.GetParameter(Name + "_v")!, module.GetParameter(Name + "_g")!, dim);

    public void Remove(Module module)
    {
        using var weight = Compute(module);
        module.SetTensorAttribute(Name, null);
        module.RemoveParameter(Name + "_g");
        module.RemoveParameter(Name + "_v");
        module.AddParameter(Name, Parameter.Create(weight));
    }

    public object? Run(Module module, object? input)
    {
        module.SetTensorAttribute(Name, Compute(module));
        return null;
    }
}
