using System.Runtime.CompilerServices;

namespace TorchInterop.NN;

/// <summary>A module backward hook: <c>hook(module, gradInput, gradOutput)</c> returns replacements for gradInput, or null.</summary>
internal delegate IReadOnlyList<Tensor?>? ModuleBackwardHook(Module module, IReadOnlyList<Tensor?> gradInput, IReadOnlyList<Tensor?> gradOutput);

/// <summary>A module backward pre-hook: <c>hook(module, gradOutput)</c> returns replacements for gradOutput, or null.</summary>
internal delegate IReadOnlyList<Tensor?>? ModuleBackwardPreHook(Module module, IReadOnlyList<Tensor?> gradOutput);

/// <summary>A registered backward hook with the name PyTorch's messages give it.</summary>
internal sealed record NamedBackwardHook(string Name, ModuleBackwardHook Hook);

// Python's _backward_hooks, _backward_pre_hooks and _is_full_backward_hook (torch/nn/modules/module.py).
public abstract partial class Module
{
    private List<(long Id, NamedBackwardHook Hook)> _backwardHooks = [];
    private List<(long Id, ModuleBackwardPreHook Hook)> _backwardPreHooks = [];
    // null until a backward hook is registered; then whether they are full ones (the two kinds do not mix).
    private bool? _isFullBackwardHook;

    internal RemovableHandle AddBackwardHook(NamedBackwardHook hook, bool full, bool prepend)
    {
        if (_isFullBackwardHook == !full)
            throw new TorchException("Cannot use both regular backward hooks and full backward hooks on a single Module. Please use only one of them.");
        _isFullBackwardHook = full;
        long id = Interlocked.Increment(ref s_nextHookId);
        if (prepend) _backwardHooks.Insert(0, (id, hook));
        else _backwardHooks.Add((id, hook));
        return new RemovableHandle(() => _backwardHooks.RemoveAll(h => h.Id == id));
    }

    internal RemovableHandle AddBackwardPreHook(ModuleBackwardPreHook hook, bool prepend)
    {
        long id = Interlocked.Increment(ref s_nextHookId);
        if (prepend) _backwardPreHooks.Insert(0, (id, hook));
        else _backwardPreHooks.Add((id, hook));
        return new RemovableHandle(() => _backwardPreHooks.RemoveAll(h => h.Id == id));
    }

    /// <summary>Python's <c>_get_backward_hooks()</c>: the full and the non-full hooks, in order.</summary>
    private protected (NamedBackwardHook[] Full, NamedBackwardHook[] NonFull) BackwardHooks()
    {
        var hooks = _backwardHooks.Select(h => h.Hook).ToArray();
        return _isFullBackwardHook == true ? (hooks, []) : _isFullBackwardHook == false ? ([], hooks) : ([], []);
    }

    private protected ModuleBackwardPreHook[] BackwardPreHooks() => [.. _backwardPreHooks.Select(h => h.Hook)];

    private protected bool HasBackwardHooks => _backwardHooks.Count > 0 || _backwardPreHooks.Count > 0;

    /// <summary>
    /// Python's handling of non-full backward hooks in <c>_call_impl</c>: each goes on the grad_fn of the first tensor
    /// of the output, then <c>_maybe_warn_non_full_backward_hook</c> says what the hook will miss.
    /// </summary>
    private protected void RegisterNonFullBackwardHooks(NamedBackwardHook[] hooks, object? input, object? output)
    {
        object? value = output;
        while (value is not Tensor)
        {
            if (value is not ITuple { Length: > 0 } tuple) return;
            value = tuple[0];
        }
        if (((Tensor)value).GradFn is not { } gradFn) return;
        foreach (var hook in hooks) gradFn.RegisterHook(hook.Name, (gi, go) => hook.Hook(this, gi, go));
        WarnAboutNonFullBackwardHook(input, output, gradFn);
    }

    private static void WarnAboutNonFullBackwardHook(object? input, object? output, GradFn gradFn)
    {
#if LIBTORCH_2
        const string category = "FutureWarning";
#else
        const string category = "UserWarning";
#endif
        var results = TensorsOf(output);
        if (results is null)
        {
            Warnings.Raise("Using non-full backward hooks on a Module that does not return a single Tensor or a tuple of Tensors is deprecated " +
                           "and will be removed in future versions. This hook will be missing some of the grad_output. Please use " +
                           "register_full_backward_hook to get the documented behavior.", category: category);
            return;
        }
        var inputs = TensorsOf(input);
        if (inputs is null)
        {
            Warnings.Raise("Using non-full backward hooks on a Module that does not take as input a single Tensor or a tuple of Tensors is " +
                           "deprecated and will be removed in future versions. This hook will be missing some of the grad_input. Please use " +
                           "register_full_backward_hook to get the documented behavior.", category: category);
            return;
        }
        var outputGradFns = results.Select(r => r.GradFn).OfType<GradFn>().ToHashSet();
        if (outputGradFns.Count == 0 || (outputGradFns.Count == 1 && !outputGradFns.Contains(gradFn)))
            Warnings.Raise("Using a non-full backward hook when outputs are nested in python data structure is deprecated and will be removed " +
                           "in future versions. This hook will be missing some grad_output.", category: category);
        else if (outputGradFns.Count > 1)
            Warnings.Raise("Using a non-full backward hook when outputs are generated by different autograd Nodes is deprecated and will be " +
                           "removed in future versions. This hook will be missing some grad_output. Please use register_full_backward_hook " +
                           "to get the documented behavior.", category: category);
        else
        {
            // Python compares sets in which None (an input that needs no grad) counts as a member.
            var inputGradFns = inputs.Select(i => i.GradFn).OfType<GradFn>().Select(g => (GradFn?)g).ToHashSet();
            var nextFunctions = gradFn.NextFunctions.Select(n => n.Function).ToHashSet();
            if (!inputGradFns.SetEquals(nextFunctions))
                Warnings.Raise("Using a non-full backward hook when the forward contains multiple autograd Nodes is deprecated and will be " +
                               "removed in future versions. This hook will be missing some grad_input. Please use register_full_backward_hook " +
                               "to get the documented behavior.", category: category);
        }
    }

    // The tensors of a module's argument or output when it is a tensor or a tuple of tensors only; else null.
    private static Tensor[]? TensorsOf(object? value)
    {
        if (value is Tensor t) return [t];
        if (value is not ITuple tuple) return null;
        var items = Enumerable.Range(0, tuple.Length).Select(i => tuple[i]).ToArray();
        return items.All(i => i is Tensor) ? [.. items.Cast<Tensor>()] : null;
    }

    private void CopyBackwardHooksTo(Module copy)
    {
        copy._backwardHooks = [.. _backwardHooks];
        copy._backwardPreHooks = [.. _backwardPreHooks];
    }
}
