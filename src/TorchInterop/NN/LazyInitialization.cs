namespace TorchInterop.NN;

/// <summary>
/// PyTorch's <c>LazyModuleMixin._infer_parameters</c>, registered as the lazy module's first forward pre-hook (so the
/// pre-hooks registered after it see the module materialized, and a <c>prepend</c> one runs before it): the shapes are
/// taken from the first input, the module must then hold no placeholder, and the hook removes itself.
/// </summary>
internal sealed class LazyInitialization : IForwardPreHook
{
    private readonly Action<Tensor> _initializeParameters;
    private RemovableHandle? _handle;

    private LazyInitialization(Action<Tensor> initializeParameters) => _initializeParameters = initializeParameters;

    /// <summary>Whether the first forward has run (the module is then its non-lazy class to every observer).</summary>
    public bool Done { get; private set; }

    /// <summary>Registers the hook on <paramref name="module"/>; <paramref name="initializeParameters"/> is the module's <c>initialize_parameters</c>.</summary>
    public static LazyInitialization Register(Module module, Action<Tensor> initializeParameters)
    {
        var hook = new LazyInitialization(initializeParameters);
        hook._handle = module.AddForwardPreHook(hook);
        return hook;
    }

    /// <inheritdoc/>
    public object? Run(Module module, object? input)
    {
        Infer(module, (Tensor)input!);
        return null;
    }

    /// <summary>Materializes <paramref name="module"/> from <paramref name="input"/> unless that has happened already.</summary>
    public void Infer(Module module, Tensor input)
    {
        if (Done) return;
        ArgumentNullException.ThrowIfNull(input);
        _initializeParameters(input);
        if (LazyModule.HasUninitializedParams(module))
            throw new TorchException($"module {module.ReprName} has not been fully initialized");
        _handle?.Remove();
        Done = true;
    }
}
