namespace TorchInterop.NN;

// Python's register_full_backward_hook, register_full_backward_pre_hook (2.x) and register_backward_hook.
public abstract partial class Module<TInput, TOutput>
{
    /// <summary>
    /// Python's <c>register_full_backward_hook(hook)</c>: after each <see cref="Call"/>, when the gradients with respect
    /// to the module's inputs are computed, <c>hook(module, gradInput, gradOutput)</c> runs with one entry per
    /// argument and per output (null where PyTorch has None: arguments that are not tensors or need no grad) and
    /// returns the gradInput to use instead (as many entries), or null. <paramref name="prepend"/> puts it before the
    /// hooks already registered. The handle removes it.
    /// </summary>
    /// <example><code>var h = layer.RegisterFullBackwardHook((m, gi, go) => [gi[0]! * 2]);</code></example>
    public RemovableHandle RegisterFullBackwardHook(
        Func<Module<TInput, TOutput>, IReadOnlyList<Tensor?>, IReadOnlyList<Tensor?>, IReadOnlyList<Tensor?>?> hook, bool prepend = false)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return RegisterFullBackwardHook(HookNames.Of(hook), hook, prepend);
    }

    /// <summary>A full backward hook that returns nothing (it keeps gradInput).</summary>
    public RemovableHandle RegisterFullBackwardHook(Action<Module<TInput, TOutput>, IReadOnlyList<Tensor?>, IReadOnlyList<Tensor?>> hook,
                                                    bool prepend = false)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return RegisterFullBackwardHook(HookNames.Of(hook), (m, gi, go) =>
        {
            hook(m, gi, go);
            return null;
        }, prepend);
    }

    /// <summary>
    /// Python's deprecated <c>register_backward_hook(hook)</c>: the hook is put on the grad_fn of the module's first
    /// output tensor, so gradInput are that node's gradient inputs, with PyTorch's warnings where they miss some.
    /// </summary>
    public RemovableHandle RegisterBackwardHook(
        Func<Module<TInput, TOutput>, IReadOnlyList<Tensor?>, IReadOnlyList<Tensor?>, IReadOnlyList<Tensor?>?> hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return RegisterBackwardHook(HookNames.Of(hook), hook);
    }

    /// <summary>An old-style backward hook that returns nothing.</summary>
    public RemovableHandle RegisterBackwardHook(Action<Module<TInput, TOutput>, IReadOnlyList<Tensor?>, IReadOnlyList<Tensor?>> hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return RegisterBackwardHook(HookNames.Of(hook), (m, gi, go) =>
        {
            hook(m, gi, go);
            return null;
        });
    }

    internal RemovableHandle RegisterFullBackwardHook(string name,
        Func<Module<TInput, TOutput>, IReadOnlyList<Tensor?>, IReadOnlyList<Tensor?>, IReadOnlyList<Tensor?>?> hook, bool prepend) =>
        AddBackwardHook(new NamedBackwardHook(name, (m, gi, go) => hook((Module<TInput, TOutput>)m, gi, go)), full: true, prepend);

    internal RemovableHandle RegisterBackwardHook(string name,
        Func<Module<TInput, TOutput>, IReadOnlyList<Tensor?>, IReadOnlyList<Tensor?>, IReadOnlyList<Tensor?>?> hook) =>
        AddBackwardHook(new NamedBackwardHook(name, (m, gi, go) => hook((Module<TInput, TOutput>)m, gi, go)), full: false, prepend: false);

#if LIBTORCH_2
    /// <summary>
    /// Python's <c>register_full_backward_pre_hook(hook)</c> (PyTorch 2.x): when the gradients with respect to the
    /// module's outputs are computed, <c>hook(module, gradOutput)</c> returns the gradOutput to use instead (as many
    /// entries), or null. <paramref name="prepend"/> puts it first. The handle removes it.
    /// </summary>
    /// <example><code>var h = layer.RegisterFullBackwardPreHook((m, go) => [go[0]! * 0]);</code></example>
    public RemovableHandle RegisterFullBackwardPreHook(Func<Module<TInput, TOutput>, IReadOnlyList<Tensor?>, IReadOnlyList<Tensor?>?> hook,
                                                       bool prepend = false)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return AddBackwardPreHook((m, go) => hook((Module<TInput, TOutput>)m, go), prepend);
    }

    /// <summary>A full backward pre-hook that returns nothing (it keeps gradOutput).</summary>
    public RemovableHandle RegisterFullBackwardPreHook(Action<Module<TInput, TOutput>, IReadOnlyList<Tensor?>> hook, bool prepend = false)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return AddBackwardPreHook((m, go) =>
        {
            hook((Module<TInput, TOutput>)m, go);
            return null;
        }, prepend);
    }
#endif
}
