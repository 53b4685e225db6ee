using System.Reflection;
using System.Runtime.CompilerServices;
using TorchInterop.NN;
using Module = TorchInterop.NN.Module;
using TorchInterop.Tests.OpInfo;

namespace TorchInterop.Tests.ModuleInfo;

/// <summary>The outcome of one ModuleInfo entry: passed, failed (first failure), not implemented or excluded (why).</summary>
internal sealed record ModuleOutcome(string Module, string Status, string Detail, int SamplesRun);

/// <summary>
/// Replays the samples exported from PyTorch's ModuleInfo database (export_moduleinfo.py): builds the C# module of
/// the same class name from the same constructor arguments after the same seed, then compares initialization,
/// repr, outputs, grad_fn names, the gradients of the inputs and of every parameter, and the state afterwards
/// (running statistics).
/// </summary>
internal static class ModuleInfoReplay
{
    private static readonly Dictionary<string, Type> Modules = typeof(Module).Assembly.GetTypes()
        .Where(t => t.IsPublic && !t.IsAbstract && !t.IsGenericTypeDefinition && typeof(Module).IsAssignableFrom(t))
        .ToDictionary(t => t.Name);

    // The dialect's factories (torch.nn.MaxPool2d(...)) carry Python's signatures, including the arguments that pick
    // another C# class (return_indices=True gives the module whose forward returns (output, indices)); they are
    // candidates along with the idiomatic constructors.
    private static readonly ILookup<string, MethodInfo> DialectFactories = typeof(TorchInterop.Python.torch.nn)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => typeof(Module).IsAssignableFrom(m.ReturnType))
        .ToLookup(m => m.Name);

    // module_db entries whose class is a torch.nn class under another name: torch.ao.nn.quantized.MaxPool2d is
    // torch.nn.MaxPool2d itself (torch/ao/nn/quantized/modules/__init__.py imports it), so it replays as that.
    private static readonly HashSet<string> NnClassesUnderOtherNames = ["ao.nn.quantized.MaxPool2d"];

    public static ModuleOutcome Run(Dictionary<object, object?> entry, long initSeed, long callSeed)
    {
        string name = (string)entry["name"]!, className = (string)entry["class"]!;
        if (entry["excluded"] is string excluded) return new(name, "excluded", excluded, 0);
        bool isNnClass = name.StartsWith("nn.", StringComparison.Ordinal) || NnClassesUnderOtherNames.Contains(name);
        if (!isNnClass || !Modules.TryGetValue(className, out var type))
            return new(name, "not implemented", $"no TorchInterop.NN.{className}", 0);
        int run = 0;
        string? firstUnsupported = null;
        foreach (var sample in ((List<object?>)entry["samples"]!).Cast<Dictionary<object, object?>>())
        {
            if (sample["unsupported"] is string why)
            {
                firstUnsupported ??= why;
                continue;
            }
            using var scope = Torch.NewDisposeScope();
            run++;
            string desc = sample["desc"] is string { Length: > 0 } d ? $" ({d})" : "";
            if (RunSample(type, sample, initSeed, callSeed) is { } failure)
                return new(name, "failed", $"sample {run}{desc}: {failure}", run);
        }
        return run == 0
            ? new(name, "excluded", $"no sample the file can express ({firstUnsupported})", 0)
            : new(name, "passed", $"{run} sample(s)", run);
    }

    private static string? RunSample(Type type, Dictionary<object, object?> sample, long initSeed, long callSeed)
    {
        var constructor = (Dictionary<object, object?>)sample["constructor"]!;
        var forward = (Dictionary<object, object?>)sample["forward"]!;
        var forwardArgs = (List<object?>)forward["args"]!;
        object? result;
        Module module;
        try
        {
            Torch.ManualSeed(initSeed);
            MethodBase[] builders = [.. type.GetConstructors(), .. DialectFactories[type.Name]];
            module = (Module)Invoke(builders, null, Args(constructor), Kwargs(constructor), "constructor");
            if (sample["error"] is null && CompareState(module, (List<object?>)sample["initial_state"]!, "initialization", exact: true) is { } initFailure)
                return initFailure;
            if (sample["error"] is null && module.ToString() != (string)sample["repr"]!)
                return $"repr {module} differs from PyTorch's {sample["repr"]}";
            Torch.ManualSeed(callSeed);
            var forwards = module.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name == "Forward").ToArray();
            result = Invoke(forwards, module, forwardArgs, Kwargs(forward), "Forward");
        }
        catch (MissingMethodException e)
        {
            return e.Message;
        }
        catch (Exception e) when (e is TorchException or ArgumentException or InvalidOperationException)
        {
            string actual = e is TorchException t ? $"{t.PythonTypeName}: {t.Message}" : $"{e.GetType().Name}: {e.Message}";
            return sample["error"] is string expected
                ? (OpInfoReplay.FirstLine(expected).EndsWith(OpInfoReplay.FirstLine(e.Message), StringComparison.Ordinal) ? null : $"raised {OpInfoReplay.FirstLine(actual)}; PyTorch raised {OpInfoReplay.FirstLine(expected)}")
                : $"raised {OpInfoReplay.FirstLine(actual)}; PyTorch did not";
        }
        if (sample["error"] is string error) return $"did not raise; PyTorch raised {OpInfoReplay.FirstLine(error)}";

        var outputs = Flatten(result).ToList();
        var expectedOutputs = (List<object?>)sample["outputs"]!;
        if (outputs.Count != expectedOutputs.Count) return $"{outputs.Count} outputs; PyTorch gave {expectedOutputs.Count}";
        var names = (List<object?>)sample["grad_fn"]!;
        for (int i = 0; i < outputs.Count; i++)
        {
            if (OpInfoReplay.Compare(outputs[i], (Tensor)expectedOutputs[i]!, $"output {i}", valuesComparable: true) is { } mismatch) return mismatch;
            if (outputs[i].GradFn?.Name != (string?)names[i]) return $"output {i} has grad_fn {outputs[i].GradFn?.Name ?? "None"}; PyTorch's is {names[i] ?? "None"}";
        }
        if (CompareGradients(module, outputs, forwardArgs, sample) is { } gradientFailure) return gradientFailure;
        if (sample.TryGetValue("final_repr", out var finalRepr) && module.ToString() != (string)finalRepr!)
            return $"repr after forward {module} differs from PyTorch's {finalRepr}";
        return CompareState(module, (List<object?>)sample["final_state"]!, "state after forward", exact: false);
    }

    private static string? CompareGradients(Module module, List<Tensor> outputs, List<object?> forwardArgs, Dictionary<object, object?> sample)
    {
        var expected = (List<object?>)sample["grads"]!;
        var cotangents = (List<object?>)sample["cotangents"]!;
        var differentiable = new List<Tensor>();
        var gradOutputs = new List<Tensor?>();
        for (int i = 0; i < outputs.Count; i++)
        {
            if (cotangents[i] is not Tensor cotangent) continue;
            if (!outputs[i].RequiresGrad) return $"output {i} does not require grad; PyTorch's does";
            differentiable.Add(outputs[i]);
            gradOutputs.Add(cotangent);
        }
        if (differentiable.Count == 0 || expected.Count == 0) return null;
        var inputs = new List<Tensor>();
        Collect(forwardArgs, inputs);
        var parameters = module.NamedParameters().ToList();
        inputs.AddRange(parameters.Select(p => p.Value));
        if (inputs.Count != expected.Count) return $"{inputs.Count} tensors require grad; PyTorch had {expected.Count}";
        var grads = Autograd.Grad(differentiable, inputs, gradOutputs, allowUnused: true);
        int inputCount = inputs.Count - parameters.Count;
        for (int i = 0; i < grads.Length; i++)
        {
            string what = i < inputCount ? $"gradient of input {i}" : $"gradient of {parameters[i - inputCount].Name}";
            var want = expected[i] as Tensor;
            if ((grads[i] is null) != (want is null)) return $"{what} is {(grads[i] is null ? "None" : "a tensor")}; PyTorch's is {(want is null ? "None" : "a tensor")}";
            if (want is not null && OpInfoReplay.Compare(grads[i]!, want, what, valuesComparable: true) is { } mismatch) return mismatch;
        }
        return null;
    }

    private static string? CompareState(Module module, List<object?> expected, string what, bool exact)
    {
        var actual = module.StateDict().ToList();
        var names = expected.Cast<List<object?>>().Select(pair => (string)pair[0]!).ToList();
        if (!actual.Select(kv => kv.Key).SequenceEqual(names))
            return $"{what}: state_dict keys [{string.Join(", ", actual.Select(kv => kv.Key))}]; PyTorch's are [{string.Join(", ", names)}]";
        foreach (var (pair, (name, tensor)) in expected.Cast<List<object?>>().Zip(actual.Select(kv => (kv.Key, kv.Value))))
        {
            // a lazy module's placeholder: the export names its class, as it has no data
            if (pair[1] is string placeholder)
            {
                if (tensor.UninitializedClass != placeholder) return $"{what}: {name} is {tensor.UninitializedClass ?? "a tensor"}; PyTorch's is {placeholder}";
                continue;
            }
            if (tensor.IsUninitialized) return $"{what}: {name} is {tensor.UninitializedClass}; PyTorch's is a tensor";
            var want = (Tensor)pair[1]!;
            if (exact && !Torch.Equal(tensor.Detach(), want)) return $"{what}: {name} differs from PyTorch's";
            if (OpInfoReplay.Compare(tensor, want, $"{what}: {name}", valuesComparable: true) is { } mismatch) return mismatch;
        }
        return null;
    }

    private static object Invoke(MethodBase[] candidates, object? target, IReadOnlyList<object?> args, IReadOnlyDictionary<string, object?> kwargs, string what)
    {
        var bound = candidates
            .Select(c => (Candidate: c, Ok: PythonCall.TryBind(c, args, kwargs, out var arguments, out int cost), Arguments: arguments, Cost: cost))
            .Where(c => c.Ok)
            .ToList();
        if (bound.Count == 0)
            throw new MissingMethodException($"no {what} takes ({string.Join(", ", args.Select(ValueConversion.Describe).Concat(kwargs.Select(kv => $"{kv.Key}={ValueConversion.Describe(kv.Value)}")))})");
        // C#'s [OverloadResolutionPriority] first (the dialect's return_indices overloads rank below the others), then the cost
        var best = bound.OrderByDescending(c => c.Candidate.GetCustomAttribute<OverloadResolutionPriorityAttribute>()?.Priority ?? 0).ThenBy(c => c.Cost).First();
        try
        {
            return best.Candidate is ConstructorInfo constructor ? constructor.Invoke(best.Arguments) : best.Candidate.Invoke(target, best.Arguments)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    private static List<object?> Args(Dictionary<object, object?> call) => (List<object?>)call["args"]!;

    private static Dictionary<string, object?> Kwargs(Dictionary<object, object?> call) =>
        ((Dictionary<object, object?>)call["kwargs"]!).ToDictionary(kv => (string)kv.Key, kv => kv.Value);

    private static IEnumerable<Tensor> Flatten(object? result)
    {
        switch (result)
        {
            case Tensor t:
                yield return t;
                break;
            case ITuple tuple:
                for (int i = 0; i < tuple.Length; i++)
                    foreach (var item in Flatten(tuple[i])) yield return item;
                break;
            default:
                throw new InvalidOperationException($"forward returned a {result?.GetType().Name ?? "null"}");
        }
    }

    private static void Collect(object? value, List<Tensor> into)
    {
        if (value is Tensor { RequiresGrad: true } t) into.Add(t);
        else if (value is List<object?> items) foreach (var item in items) Collect(item, into);
    }
}
