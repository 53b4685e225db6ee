using System.Runtime.CompilerServices;

namespace TorchInterop.NN;

/// <summary>
/// The machinery of a module's full backward hooks, ported from PyTorch's <c>torch/utils/hooks.py</c>
/// <c>BackwardHook</c>: the module's tensor inputs and outputs pass through an identity Function
/// (<c>BackwardHookFunctionBackward</c>); a hook on the outputs' node captures grad_output (and runs the backward
/// pre-hooks), a hook on the inputs' node then calls the user's hooks with grad_input and grad_output. Arguments that
/// are not tensors appear as None.
/// </summary>
internal sealed class BackwardHook(Module module, NamedBackwardHook[] userHooks, ModuleBackwardPreHook[] userPreHooks)
{
    private const string NodeName = "BackwardHookFunctionBackward";

    private IReadOnlyList<Tensor?>? _gradOutputs;
    private int _outputCount = -1;
    private int[]? _outputTensorsIndex;
    private int _inputCount = -1;
    private int[]? _inputTensorsIndex;

    /// <summary>The module's arguments, with its tensors replaced by the identity Function's outputs.</summary>
    public object? SetupInputHook(object? input)
    {
        var args = Arguments(input);
        var result = ApplyOnTensors(SetUserHook, args, out _inputTensorsIndex);
        _inputCount = args.Length;
        return Rebuild(input, result);
    }

    /// <summary>The module's output, with its tensors replaced by the identity Function's outputs.</summary>
    public object? SetupOutputHook(object? output)
    {
        var args = Arguments(output);
        var result = ApplyOnTensors(SetOutputHook, args, out _outputTensorsIndex);
        _outputCount = args.Length;
        return Rebuild(output, result);
    }

    // A module's call takes its arguments as a tuple (a C# tuple here) and returns one value or a tuple of them.
    private static object?[] Arguments(object? value) =>
        value is ITuple tuple ? [.. Enumerable.Range(0, tuple.Length).Select(i => tuple[i])] : [value];

    private static object? Rebuild(object? original, object?[] items) =>
        original is ITuple ? Activator.CreateInstance(original.GetType(), items) : items[0];

    private static Tensor?[] PackWithNone(int[] indices, IReadOnlyList<Tensor?> values, int size)
    {
        var packed = new Tensor?[size];
        for (int i = 0; i < indices.Length; i++) packed[indices[i]] = values[i];
        return packed;
    }

    private static Tensor?[] UnpackNone(int[] indices, IReadOnlyList<Tensor?> values) => [.. indices.Select(i => values[i])];

    private void SetUserHook(GradFn gradFn) => gradFn.RegisterHook("hook", (gradInput, _) =>
    {
        // No grad_output yet: the gradient reached the inputs without passing through the outputs (double backward).
        if (_gradOutputs is null) return null;
        IReadOnlyList<Tensor?> result = PackWithNone(_inputTensorsIndex!, gradInput, _inputCount);
        foreach (var hook in userHooks)
        {
            var returned = hook.Hook(module, result, _gradOutputs);
            if (returned is null) continue;
            if (returned.Count != result.Count)
                throw new TorchException($"Backward hook returned an invalid number of grad_input, got {returned.Count}, but expected {result.Count}");
            result = returned;
        }
        _gradOutputs = null;
        return UnpackNone(_inputTensorsIndex!, result);
    });

    private void SetOutputHook(GradFn gradFn) => gradFn.RegisterHook("hook", (_, gradOutput) =>
    {
        _gradOutputs = PackWithNone(_outputTensorsIndex!, gradOutput, _outputCount);
        // Backward pre-hooks exist in PyTorch 2.x only; on 1.13 there are none.
        foreach (var preHook in userPreHooks)
        {
            var returned = preHook(module, _gradOutputs);
            if (returned is null) continue;
            if (returned.Count != _gradOutputs.Count)
                throw new TorchException($"Backward pre hook returned an invalid number of grad_output, got {returned.Count}, but expected {_gradOutputs.Count}");
            _gradOutputs = returned;
        }
        var localGradOutputs = _gradOutputs;
        // No input requires grad: the user's hooks run here, with None for every grad_input.
        if (_inputTensorsIndex is null)
        {
#if LIBTORCH_2
            if (userHooks.Length > 0)
            {
                Warnings.Raise("Full backward hook is firing when gradients are computed with respect to module outputs since no inputs " +
                               "require gradients. See https://docs.pytorch.org/docs/main/generated/torch.nn.Module.html#torch.nn.Module.register_full_backward_hook for more details.");
                RunWithoutGradInput();
            }
#else
            RunWithoutGradInput();
#endif
            _gradOutputs = null;
        }
#if LIBTORCH_2
        return UnpackNone(_outputTensorsIndex!, localGradOutputs);
#else
        return null;
#endif
    });

    private void RunWithoutGradInput()
    {
        var gradInputs = new Tensor?[_inputCount];
        foreach (var hook in userHooks)
        {
            var returned = hook.Hook(module, gradInputs, _gradOutputs!);
            if (returned is not null && returned.Any(g => g is not null))
                throw new TorchException("Backward hook for Modules where no input requires gradient should always return None or None for all gradients.");
        }
    }

    private static object?[] ApplyOnTensors(Action<GradFn> fn, object?[] args, out int[]? tensorsIndex)
    {
        var indices = new List<int>();
        var tensors = new List<Tensor>();
        bool requiresGrad = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is not Tensor t) continue;
            indices.Add(i);
            tensors.Add(t);
            requiresGrad |= t.RequiresGrad;
        }
        tensorsIndex = null;
        if (!(requiresGrad && Autograd.IsGradEnabled)) return args;
        var newTensors = BackwardHookFunction(tensors);
        if (newTensors.Length == 0) throw new TorchException("Cannot set Module backward hook for a Module with no input Tensors.");
        var gradFn = newTensors.Select(t => t.GradFn).FirstOrDefault(g => g is not null && g.QualifiedName == NodeName) ??
                     throw new TorchException("Error while setting up backward hooks. Please open an issue with a code sample to reproduce this.");
        fn(gradFn);
        var result = (object?[])args.Clone();
        for (int i = 0; i < indices.Count; i++) result[indices[i]] = newTensors[i];
        tensorsIndex = [.. indices];
        return result;
    }

    // torch.nn.modules._functions.BackwardHookFunction: the identity, with the inputs that need no grad non-differentiable.
    private static Tensor[] BackwardHookFunction(List<Tensor> tensors)
    {
        var result = CustomFunction.Apply("BackwardHookFunction", [.. tensors],
            (ctx, args) =>
            {
                ctx.MarkNonDifferentiable([.. args.Cast<Tensor>().Where(t => !t.RequiresGrad)]);
                return TupleOf(args);
            },
            (_, grads) => TupleOf(grads));
        return result is ITuple tuple ? [.. Enumerable.Range(0, tuple.Length).Select(i => (Tensor)tuple[i]!)] : [(Tensor)result];
    }

    // A C# tuple of the values (PyTorch's *args): CustomFunction takes a function's outputs and gradients as one.
    private static object TupleOf(object?[] items)
    {
        var type = items.Length switch
        {
            1 => typeof(ValueTuple<>),
            2 => typeof(ValueTuple<,>),
            3 => typeof(ValueTuple<,,>),
            4 => typeof(ValueTuple<,,,>),
            5 => typeof(ValueTuple<,,,,>),
            6 => typeof(ValueTuple<,,,,,>),
            7 => typeof(ValueTuple<,,,,,,>),
            _ => throw new NotSupportedException($"Module backward hooks support 1 to 7 tensor arguments or outputs, not {items.Length}."),
        };
        return Activator.CreateInstance(type.MakeGenericType([.. Enumerable.Repeat(typeof(Tensor), items.Length)]), items)!;
    }
}
