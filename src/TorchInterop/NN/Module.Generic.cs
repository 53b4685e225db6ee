namespace TorchInterop.NN;

/// <summary>A module that maps one input to one output, as most layers do.</summary>
public abstract partial class Module<TInput, TOutput> : Module
{
    /// <summary>The computation (Python's <c>forward</c>).</summary>
    public abstract TOutput Forward(TInput input);

    /// <summary>
    /// Calls the module (Python's <c>module(x)</c>): the forward pre-hooks, <see cref="Forward"/>, then the forward
    /// hooks, in the order they were registered; with backward hooks, the inputs and outputs are wired so that they run
    /// during backward (Python's <c>Module._call_impl</c>).
    /// </summary>
    public TOutput Call(TInput input)
    {
        if (!HasForwardHooks && !HasBackwardHooks) return Forward(input);
        var (fullBackwardHooks, nonFullBackwardHooks) = BackwardHooks();
        var backwardPreHooks = BackwardPreHooks();
        input = (TInput)RunForwardPreHooks(input)!;
        BackwardHook? backwardHook = null;
        if (fullBackwardHooks.Length > 0 || backwardPreHooks.Length > 0)
        {
            backwardHook = new BackwardHook(this, fullBackwardHooks, backwardPreHooks);
            input = (TInput)backwardHook.SetupInputHook(input)!;
        }
        var output = Forward(input);
        output = (TOutput)RunForwardHooks(input, output)!;
        if (backwardHook is not null) output = (TOutput)backwardHook.SetupOutputHook(output)!;
        if (nonFullBackwardHooks.Length > 0) RegisterNonFullBackwardHooks(nonFullBackwardHooks, input, output);
        return output;
    }

    /// <summary>
    /// Python's <c>register_forward_pre_hook(hook)</c>: <paramref name="hook"/> runs before each <see cref="Call"/> and
    /// returns the input to use instead, or null to keep it (a value-type input is always replaced by what it
    /// returns). With <paramref name="prepend"/> it runs before the hooks already registered (PyTorch 2.x's
    /// <c>prepend=True</c>). The handle removes it.
    /// </summary>
    /// <example><code>var handle = layer.RegisterForwardPreHook((m, x) => x * 2); ... handle.Remove();</code></example>
    public RemovableHandle RegisterForwardPreHook(Func<Module<TInput, TOutput>, TInput, TInput?> hook, bool prepend = false)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return AddForwardPreHook(new PreHook((m, x) => hook(m, x)), prepend);
    }

    /// <summary>A forward pre-hook that returns nothing (it keeps the input).</summary>
    public RemovableHandle RegisterForwardPreHook(Action<Module<TInput, TOutput>, TInput> hook, bool prepend = false)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return AddForwardPreHook(new PreHook((m, x) =>
        {
            hook(m, x);
            return null;
        }), prepend);
    }

    /// <summary>
    /// Python's <c>register_forward_hook(hook)</c>: <paramref name="hook"/> runs after each <see cref="Call"/> with the
    /// input and output, and returns the output to use instead, or null to keep it; <paramref name="prepend"/> puts it first. The handle
    /// removes it.
    /// </summary>
    /// <example><code>var handle = layer.RegisterForwardHook((m, x, y) => y.Relu()); ... handle.Remove();</code></example>
    public RemovableHandle RegisterForwardHook(Func<Module<TInput, TOutput>, TInput, TOutput, TOutput?> hook, bool prepend = false)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return AddForwardHook(new PostHook((m, x, y) => hook(m, x, y)), prepend);
    }

    /// <summary>A forward hook that returns nothing (it keeps the output).</summary>
    public RemovableHandle RegisterForwardHook(Action<Module<TInput, TOutput>, TInput, TOutput> hook, bool prepend = false)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return AddForwardHook(new PostHook((m, x, y) =>
        {
            hook(m, x, y);
            return null;
        }), prepend);
    }

    private sealed class PreHook(Func<Module<TInput, TOutput>, TInput, object?> hook) : IForwardPreHook
    {
        public object? Run(Module module, object? input) => hook((Module<TInput, TOutput>)module, (TInput)input!);
    }

    private sealed class PostHook(Func<Module<TInput, TOutput>, TInput, TOutput, object?> hook) : IForwardHook
    {
        public object? Run(Module module, object? input, object? output) =>
            hook((Module<TInput, TOutput>)module, (TInput)input!, (TOutput)output!);
    }
}
