namespace TorchInterop.NN;

/// <summary>
/// A hook that runs before a module's forward (Python's forward pre-hook): it returns the input to use instead, or
/// null to keep it. Reparametrizations such as <see cref="Utils.WeightNorm{T}(T, string, long?)"/> are pre-hooks too.
/// </summary>
internal interface IForwardPreHook
{
    object? Run(Module module, object? input);
}

/// <summary>A pre-hook that reparametrizes a parameter (weight_norm, spectral_norm) and can put the plain parameter back.</summary>
internal interface IReparametrizationHook : IForwardPreHook
{
    string Name { get; }
    void Remove(Module module);
}

/// <summary>A hook that runs after a module's forward (Python's forward hook): the output to return instead, or null.</summary>
internal interface IForwardHook
{
    object? Run(Module module, object? input, object? output);
}

// Python's _forward_pre_hooks and _forward_hooks: ordered, keyed by a handle id, removable through the handle.
public abstract partial class Module
{
    private static long s_nextHookId;
    private List<(long Id, IForwardPreHook Hook)> _forwardPreHooks = [];
    private List<(long Id, IForwardHook Hook)> _forwardHooks = [];

    /// <summary>The forward pre-hooks in the order they run (Python's <c>_forward_pre_hooks.items()</c>).</summary>
    internal IReadOnlyList<(long Id, IForwardPreHook Hook)> ForwardPreHooks => _forwardPreHooks;

    internal RemovableHandle AddForwardPreHook(IForwardPreHook hook, bool prepend = false)
    {
        long id = Interlocked.Increment(ref s_nextHookId);
        if (prepend) _forwardPreHooks.Insert(0, (id, hook));
        else _forwardPreHooks.Add((id, hook));
        return new RemovableHandle(() => RemoveForwardPreHook(id));
    }

    internal void RemoveForwardPreHook(long id) => _forwardPreHooks.RemoveAll(h => h.Id == id);

    internal RemovableHandle AddForwardHook(IForwardHook hook, bool prepend = false)
    {
        long id = Interlocked.Increment(ref s_nextHookId);
        if (prepend) _forwardHooks.Insert(0, (id, hook));
        else _forwardHooks.Add((id, hook));
        return new RemovableHandle(() => _forwardHooks.RemoveAll(h => h.Id == id));
    }

    /// <summary>Runs the pre-hooks in order, each seeing the input the previous one left (Python's <c>_call_impl</c>).</summary>
    private protected object? RunForwardPreHooks(object? input)
    {
        foreach (var (_, hook) in _forwardPreHooks.ToArray())
            if (hook.Run(this, input) is { } replaced) input = replaced;
        return input;
    }

    /// <summary>Runs the forward hooks in order, each seeing the output the previous one left.</summary>
    private protected object? RunForwardHooks(object? input, object? output)
    {
        foreach (var (_, hook) in _forwardHooks.ToArray())
            if (hook.Run(this, input, output) is { } replaced) output = replaced;
        return output;
    }

    private protected bool HasForwardHooks => _forwardPreHooks.Count > 0 || _forwardHooks.Count > 0;
}
