namespace TorchInterop.NN;

public static partial class Utils
{
    /// <summary>
    /// Python's <c>torch.nn.utils.skip_init(module_cls, *args, **kwargs)</c>, with the constructor call written as a
    /// function: <c>Utils.SkipInit(() => new Linear(5, 1))</c>. The module is built with <see cref="Init"/>'s functions
    /// doing nothing (so no random numbers are drawn, as PyTorch draws none on its meta device), then every parameter and
    /// buffer becomes an uninitialized tensor on <paramref name="device"/> (the CPU by default), as
    /// <see cref="Module.ToEmpty"/>. As in PyTorch, the constructor must not compute with its parameters except
    /// through <see cref="Init"/>.
    /// </summary>
    public static T SkipInit<T>(Func<T> create, Device? device = null) where T : Module
    {
        ArgumentNullException.ThrowIfNull(create);
        T module;
        using (Init.Skip()) module = create();
        module.ToEmpty(device ?? Device.CPU);
        return module;
    }
}
