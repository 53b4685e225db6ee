using System.Runtime.CompilerServices;
using TorchInterop.Testing;

namespace TorchInterop.Tests.OpInfo;

/// <summary>The outcome of one op of the sweep: passed, failed (with the first failure) or excluded (with why).</summary>
internal sealed record OpOutcome(string Op, bool SupportsAutograd, string Status, string Detail, int SamplesRun);

/// <summary>
/// Replays the samples exported from PyTorch's OpInfo database (export_opinfo.py) through the C# API and compares
/// outputs, grad_fn names and the gradients of every input that requires grad with what PyTorch computed.
/// </summary>
internal static class OpInfoReplay
{
    // Ops whose output is uninitialized memory: only shape and dtype can agree.
    private static readonly HashSet<string> Uninitialized = ["empty", "empty_like", "new_empty", "new_empty_strided", "empty_strided", "empty_permuted"];

    public static OpOutcome Run(Dictionary<object, object?> op)
    {
        string name = (string)op["name"]!, variant = (string)op["variant"]!, aten = (string)op["aten_name"]!;
        string label = variant.Length > 0 ? $"{name}.{variant}" : name;
        bool autograd = op["supports_autograd"] is true;
        if (op["excluded"] is string excluded) return new(label, autograd, "excluded", excluded, 0);
        if (name.StartsWith("masked.", StringComparison.Ordinal))
            return new(label, autograd, "excluded", "torch.masked is Python code over several ATen ops (no ATen op takes a mask)", 0);
        if (LibTorchDefect(label) is { } defect) return new(label, autograd, "excluded", defect, 0);
        long seed = (long)op["seed"]!;
        bool valuesComparable = !Uninitialized.Contains(name);

        var lambda = OpInfoLambdas.For(label);
        var member = lambda is not null ? new PythonCall.OpTarget(name, HasDialect: true, Member: null)
            : PythonCall.Resolve(name, aten, op.GetValueOrDefault("python_function") as string);
        if (member is null)
            return new(label, autograd, "excluded", $"no C# member for {aten} (tried {DialectFunctions.Describe(name)}, {string.Join(", ", PythonCall.CandidateNames(name, aten).Distinct())})", 0);

        int run = 0, withGradients = 0, withSecondOrder = 0;
        var unsupported = new List<string>();
        Trace(label);
        foreach (var sample in ((List<object?>)op["samples"]!).Cast<Dictionary<object, object?>>())
        {
            if (!SweptDtypes.Contains((string)sample["dtype"]!)) continue;
            if (sample["unsupported"] is string why)
            {
                unsupported.Add(why);
                continue;
            }
            using var scope = Torch.NewDisposeScope();
            string? failure = RunSample(name, member, lambda, sample, seed, valuesComparable, out bool gradientsCompared, out bool secondOrderCompared);
            run++;
            if (gradientsCompared) withGradients++;
            if (secondOrderCompared) withSecondOrder++;
            if (failure is not null) return new(label, autograd, "failed", $"sample {run} ({sample["dtype"]}): {failure}", run);
        }
        if (run == 0)
            return new(label, autograd, "excluded", unsupported.Count > 0 ? $"no sample the file can express ({unsupported[0]})" : "no sample", 0);
        return new(label, autograd, "passed",
            $"{(lambda is not null ? lambda.Python : member)}, {run} sample(s) ({Dtypes(op)}), gradients compared in {withGradients}, second order in {withSecondOrder}", run);
    }

    // Ops whose results a LibTorch defect makes unreproducible, per version, each with the defect.
    private static string? LibTorchDefect(string label) => label switch
    {
        "as_strided_scatter" when !LibTorch.IsAtLeast(2) =>
            "LibTorch 1.13 defect: as_strided_scatter's backward leaves part of the input's gradient unwritten (uninitialized memory, " +
            "different on every run in PyTorch too); 2.x computes it",
        _ => null,
    };

    private static string Dtypes(Dictionary<object, object?> op) =>
        string.Join(", ", ((List<object?>)op["samples"]!).Cast<Dictionary<object, object?>>().Select(s => (string)s["dtype"]!).Where(SweptDtypes.Contains).Distinct());

    private static string? RunSample(string name, PythonCall.OpTarget member, OpInfoLambdas.Lambda? lambda, Dictionary<object, object?> sample, long seed, bool valuesComparable,
        out bool gradientsCompared, out bool secondOrderCompared)
    {
        gradientsCompared = false;
        secondOrderCompared = false;
        object? input = sample["input"];
        var args = (List<object?>)sample["args"]!;
        var kwargs = ((Dictionary<object, object?>)sample["kwargs"]!).ToDictionary(kv => (string)kv.Key, kv => kv.Value);
        var gradInputs = new List<Tensor>();
        Collect(input, gradInputs);
        foreach (var arg in args) Collect(arg, gradInputs);
        foreach (var key in kwargs.Keys.Order(StringComparer.Ordinal)) Collect(kwargs[key], gradInputs);
        (input, args) = LambdaArguments(name, input, args);

        Trace($"  {sample["dtype"]} call");
        object? result;
        try
        {
            Torch.ManualSeed(seed);
            result = lambda is not null ? lambda.Call(input, args, kwargs) : PythonCall.Invoke(member, input, args, kwargs);
        }
        catch (MissingMethodException e)
        {
            return e.Message;
        }
        catch (Exception e) when (e is TorchException or ArgumentException or InvalidOperationException)
        {
            string actual = e is TorchException t ? $"{t.PythonTypeName}: {t.Message}" : $"{e.GetType().Name}: {e.Message}";
            if (sample["error"] is string expectedError)
                return FirstLine(expectedError) == FirstLine(actual) ? null : $"raised {FirstLine(actual)}; PyTorch raised {FirstLine(expectedError)}";
            return $"raised {FirstLine(actual)}; PyTorch did not";
        }
        if (sample["error"] is string error) return $"did not raise; PyTorch raised {FirstLine(error)}";

        var outputs = Flatten(result);
        var expected = (List<object?>)sample["outputs"]!;
        if (outputs.Count != expected.Count) return $"{outputs.Count} outputs; PyTorch gave {expected.Count}";
        var names = (List<object?>)sample["grad_fn"]!;
        var dtypes = sample.GetValueOrDefault("output_dtypes") as List<object?>;
        var layouts = sample.GetValueOrDefault("output_layouts") as List<object?>;
        for (int i = 0; i < outputs.Count; i++)
        {
            if (outputs[i] is Tensor tensor)
            {
                if (dtypes is not null && "torch." + dtypes[i] != tensor.Dtype.PythonName())
                    return $"output {i} is {tensor.Dtype.PythonName()}; PyTorch's is torch.{dtypes[i]}";
                if (layouts is not null && PythonLayout(tensor.Layout) != (string)layouts[i]!)
                    return $"output {i} has layout {PythonLayout(tensor.Layout)}; PyTorch's has {layouts[i]}";
            }
            if (Compare(Saved(outputs[i]), (Tensor)expected[i]!, $"output {i}", valuesComparable) is { } mismatch) return mismatch;
            string? gradFn = outputs[i] is Tensor t ? t.GradFn?.Name : null;
            if (gradFn != (string?)names[i]) return $"output {i} has grad_fn {gradFn ?? "None"}; PyTorch's is {names[i] ?? "None"}";
        }
        return CompareGradients(outputs, sample, gradInputs, out gradientsCompared, out secondOrderCompared);
    }

    private static string? CompareGradients(List<object> outputs, Dictionary<object, object?> sample, List<Tensor> gradInputs,
        out bool compared, out bool secondOrderCompared)
    {
        compared = false;
        secondOrderCompared = false;
        // second order needs the first-order graph: export_opinfo.py computed the grads with create_graph=True
        var expectedGradGrads = SecondOrder ? sample.GetValueOrDefault("gradgrads") as List<object?> : null;
        if (sample["grads"] is not List<object?> expectedGrads) return null; // PyTorch's own backward failed
        var cotangents = (List<object?>)sample["cotangents"]!;
        var differentiable = new List<Tensor>();
        var gradOutputs = new List<Tensor?>();
        for (int i = 0; i < cotangents.Count && i < outputs.Count; i++)
        {
            if (cotangents[i] is not Tensor cotangent) continue;
            if (outputs[i] is not Tensor { RequiresGrad: true } output) return $"output {i} does not require grad; PyTorch's does";
            differentiable.Add(output);
            gradOutputs.Add(cotangent);
        }
        if (expectedGrads.Count == 0 || differentiable.Count == 0) return null;
        if (expectedGrads.Count != gradInputs.Count) return $"{gradInputs.Count} inputs require grad; PyTorch had {expectedGrads.Count}";
        Tensor?[] grads;
        try
        {
            grads = Autograd.Grad(differentiable, gradInputs, gradOutputs, createGraph: expectedGradGrads is not null, allowUnused: true);
        }
        catch (TorchException e)
        {
            return $"backward raised {FirstLine(e.Message)}";
        }
        compared = true;
        Trace("  compare grads");
        for (int i = 0; i < grads.Length; i++)
        {
            var want = expectedGrads[i] as Tensor;
            if ((grads[i] is null) != (want is null)) return $"gradient of input {i} is {(grads[i] is null ? "None" : "a tensor")}; PyTorch's is {(want is null ? "None" : "a tensor")}";
            if (want is not null && Compare(grads[i]!, want, $"gradient of input {i}", valuesComparable: true) is { } mismatch) return mismatch;
        }
        if (expectedGradGrads is null) return null;
        secondOrderCompared = true;
        Trace("  second order");
        return CompareSecondOrder(grads, (List<object?>)sample["gradgrad_cotangents"]!, expectedGradGrads, gradInputs);
    }

    // The gradients of the first-order gradients (those that are differentiable) against the exported second cotangents.
    private static string? CompareSecondOrder(Tensor?[] grads, List<object?> cotangents, List<object?> expected, List<Tensor> gradInputs)
    {
        var differentiable = new List<Tensor>();
        var gradOutputs = new List<Tensor?>();
        for (int i = 0; i < grads.Length && i < cotangents.Count; i++)
        {
            if (cotangents[i] is not Tensor cotangent) continue;
            if (grads[i] is not { RequiresGrad: true } grad) return $"gradient of input {i} does not require grad; PyTorch's does";
            differentiable.Add(grad);
            gradOutputs.Add(cotangent);
        }
        if (differentiable.Count == 0 || expected.Count == 0) return null;
        Tensor?[] gradGrads;
        try
        {
            gradGrads = Autograd.Grad(differentiable, gradInputs, gradOutputs, allowUnused: true);
            Trace("  second order computed");
        }
        catch (TorchException e)
        {
            return $"second-order backward raised {FirstLine(e.Message)}";
        }
        for (int i = 0; i < gradGrads.Length; i++)
        {
            var want = expected[i] as Tensor;
            if ((gradGrads[i] is null) != (want is null))
                return $"second-order gradient of input {i} is {(gradGrads[i] is null ? "None" : "a tensor")}; PyTorch's is {(want is null ? "None" : "a tensor")}";
            if (want is not null && Compare(gradGrads[i]!, want, $"second-order gradient of input {i}", valuesComparable: true) is { } mismatch) return mismatch;
        }
        return null;
    }

    internal static string? Compare(object actual, Tensor expected, string what, bool valuesComparable)
    {
        try
        {
            var tensor = actual switch
            {
                Tensor t => t.Detach(),
                Scalar s => Torch.Tensor(s, expected.Dtype),
                bool b => Torch.Tensor(b),
                long l => Torch.Tensor(l),
                double d => Torch.Tensor(d, expected.Dtype),
                _ => throw new InvalidOperationException($"{what} is a {actual.GetType().Name}"),
            };
            if (!valuesComparable)
            {
                tensor = Torch.ZerosLike(tensor);
                expected = Torch.ZerosLike(expected);
            }
            if (expected.Dtype is DType.Complex64 or DType.Complex128 && tensor.Dtype == expected.Dtype)
            {
                // TensorAssert compares real values; a complex tensor is compared as its (real, imaginary) pairs (the
                // zeros standing for uninitialized results too, so their shapes and dtypes are still compared)
                tensor = Torch.ViewAsReal(tensor.ResolveConj());
                expected = Torch.ViewAsReal(expected.ResolveConj());
            }
            TensorAssert.Close(tensor, expected, equalNan: true);
            return null;
        }
        catch (Exception e) when (e is TensorAssertionException or NotSupportedException or InvalidOperationException)
        {
            return $"{what}: {e.Message.Replace('\n', ' ')}";
        }
    }

    /// <summary>
    /// The op's error samples (wrong shapes, dtypes, values) whose PyTorch error comes from LibTorch: each must raise
    /// a TorchException with PyTorch's message. Returns how many were checked and the mismatches.
    /// </summary>
    public static (int Checked, List<string> Mismatches) RunErrors(Dictionary<object, object?> op)
    {
        var mismatches = new List<string>();
        int checkedCount = 0;
        string name = (string)op["name"]!, aten = (string)op["aten_name"]!;
        if (op["excluded"] is string || name.StartsWith("masked.", StringComparison.Ordinal)) return (0, mismatches);
        var member = PythonCall.Resolve(name, aten, op.GetValueOrDefault("python_function") as string);
        if (member is null) return (0, mismatches);
        foreach (var sample in ((List<object?>)op["error_samples"]!).Cast<Dictionary<object, object?>>())
        {
            // Python's own argument checks (TypeError) have no counterpart: C# checks types when it compiles; and
            // checks written in Python (torch.nn.functional) are not LibTorch's.
            if (sample["unsupported"] is not null || sample["message"] is not string message || sample["raised_in_python"] is true ||
                sample["error_type"] is not ("RuntimeError" or "IndexError" or "ValueError")) continue;
            using var scope = Torch.NewDisposeScope();
            var kwargs = ((Dictionary<object, object?>)sample["kwargs"]!).ToDictionary(kv => (string)kv.Key, kv => kv.Value);
            string outcome;
            try
            {
                PythonCall.Invoke(member, sample["input"], (List<object?>)sample["args"]!, kwargs);
                outcome = "no exception";
            }
            catch (TorchException e)
            {
                outcome = FirstLine(e.Message);
            }
            catch (MissingMethodException)
            {
                continue; // a Python-level signature the C# API spells differently: nothing to compare
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                outcome = $"{e.GetType().Name}: {FirstLine(e.Message)}";
            }
            checkedCount++;
            if (outcome != FirstLine(message)) mismatches.Add($"{name}: {outcome} (PyTorch: {FirstLine(message)})");
        }
        return (checkedCount, mismatches);
    }

    private static List<object> Flatten(object? result) => result switch
    {
        null => [],
        Tensor t => [t],
        // a torch.Size (broadcast_shapes) is exported as the int64 tensor of its sizes
        TorchInterop.Python.Size size => [Torch.Tensor(size.ToArray())],
        Tensor[] list => [.. list],
        TorchInterop.Python.HistogramddResult histogram => [histogram.hist, .. Flatten(histogram.bin_edges)],
        // the dialect's tuples of tensors (torch.unique's (output, inverse, counts))
        IReadOnlyList<Tensor?> tensors => tensors.Select(t => (object)t!).ToList(),
        // nested results are flattened depth first (histogramdd's (hist, bin_edges))
        ITuple tuple => Enumerable.Range(0, tuple.Length).SelectMany(i => Flatten(tuple[i])).ToList(),
        _ => [result],
    };

    // What export_opinfo.py's saved_output keeps of an output: sparse layouts as their dense values, complex32 as
    // complex64, unsigned integers wider than 8 bits as int64.
    private static object Saved(object output)
    {
        if (output is not Tensor tensor) return output;
        if (tensor.Layout != Layout.Strided) tensor = tensor.ToDense();
        return tensor.Dtype switch
        {
            DType.Complex32 => tensor.To(DType.Complex64),
#if LIBTORCH_2
            DType.UInt16 or DType.UInt32 or DType.UInt64 => tensor.To(DType.Int64),
#endif
            _ => tensor,
        };
    }

    private static string PythonLayout(Layout layout) => layout switch
    {
        Layout.Strided => "strided",
        Layout.SparseCoo => "sparse_coo",
        Layout.SparseCsr => "sparse_csr",
        Layout.SparseCsc => "sparse_csc",
        Layout.SparseBsr => "sparse_bsr",
        Layout.SparseBsc => "sparse_bsc",
        _ => layout.ToString(),
    };

    // OpInfo's lambdas that pass the sample's arguments to the function in another order (the grad inputs keep the
    // sample's order), or change them first: where's is torch.where(condition, self, other), zero_'s
    // torch.zero_(x.clone()).
    private static (object? Input, List<object?> Args) LambdaArguments(string name, object? input, List<object?> args) => name switch
    {
        "where" when args.Count >= 1 => (args[0], [input, .. args.Skip(1)]),
        "zero_" when input is Tensor tensor => (tensor.Clone(), args),
        _ => (input, args),
    };

    private static void Collect(object? value, List<Tensor> into)
    {
        if (value is Tensor { RequiresGrad: true } t) into.Add(t);
        else if (value is List<object?> items) foreach (var item in items) Collect(item, into);
    }

    // The export carries float32, float64 and complex64 samples; all three are replayed. OPINFO_DTYPES=float32 (a
    // comma-separated list) narrows the sweep while debugging.
    private static readonly HashSet<string> SweptDtypes =
        [.. (Environment.GetEnvironmentVariable("OPINFO_DTYPES") ?? "float32,float64,complex64").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    // Second-order gradients are replayed where the export carries them; OPINFO_SECOND_ORDER=0 skips them.
    private static readonly bool SecondOrder = Environment.GetEnvironmentVariable("OPINFO_SECOND_ORDER") != "0";

    // OPINFO_TRACE=path appends each op and step to a file: where a crash of the test host happened.
    private static readonly string? TracePath = Environment.GetEnvironmentVariable("OPINFO_TRACE");

    private static void Trace(string step)
    {
        if (TracePath is null) return;
        File.AppendAllText(TracePath, step + "\n");
    }

    internal static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
