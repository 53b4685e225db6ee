namespace TorchInterop.NN;

/// <summary>
/// Python's deprecated <c>torch.nn.Container(**kwargs)</c>: a module holding the given submodules under their
/// names, with no forward of its own. Constructing one warns, as each PyTorch version does (1.13: a UserWarning;
/// 2.x: a FutureWarning).
/// </summary>
public sealed class Container : Module
{
    /// <summary>A container registering each of <paramref name="modules"/> under its name, in order.</summary>
    public Container(IEnumerable<KeyValuePair<string, Module>>? modules = null)
    {
        WarnDeprecated();
        foreach (var (name, module) in modules ?? [])
            RegisterModule(name, module);
    }

    private static void WarnDeprecated()
    {
        if (LibTorch.IsAtLeast(2))
            Warnings.Raise("`nn.Container` is deprecated. All of its functionality is now implemented in `nn.Module`. Subclass that instead.",
                category: "FutureWarning");
        else
            Warnings.Raise("nn.Container is deprecated. All of it's functionality is now implemented in nn.Module. Subclass that instead.",
                "torch/nn/modules/container.py");
    }
}
