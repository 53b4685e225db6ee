using TorchInterop.Native;

namespace TorchInterop.Functorch;

/// <summary>
/// Reverse-mode transforms (functorch's <c>grad_and_value_impl</c> and <c>_vjp_with_argnums</c>) over flat argument
/// lists: a Grad layer, inputs wrapped for it and made differentiable, LibTorch's autograd for the products.
/// </summary>
internal static class GradTransform
{
    // function returns the scalar output first, then (with hasAux) the auxiliary value.
    public static (Tensor[] Grads, Tensor Value, Tensor? Aux) GradAndValue(Func<Tensor[], Tensor[]> function, Tensor[] args,
                                                                         int[] argnums, bool hasAux)
    {
        foreach (var arg in args) ArgumentNullException.ThrowIfNull(arg);
        using var level = TransformLevel.Grad();
        using var grad = Autograd.EnableGrad();
        var wrapped = args.Select(level.Wrap).ToArray();
        var differentiable = argnums.Select(i => TransformLevel.MakeDifferentiable(wrapped[i])).ToArray();
        var outputs = function(wrapped);
        if (hasAux && outputs.Length != 2)
            throw new TorchException("grad_and_value(f)(*args): output of function f should be a tuple: (output, aux) if has_aux is True");
        var output = outputs[0] ?? throw new TorchException(
            "grad_and_value(f)(*args): Expected f(*args) to return a Tensor, got <class 'NoneType'>");
        if (output.Dim != 0)
            throw new TorchException("grad_and_value(f)(*args): Expected f(*args) to return a scalar Tensor, got tensor with " +
                                     $"{output.Dim} dims. Maybe you wanted to use the vjp or jacrev APIs instead?");
        var grads = AutogradGrad([output], differentiable, null, retainGraph: false, createGraph: true);
        return (grads.Select(level.Unwrap).ToArray(), level.Unwrap(output), hasAux ? level.Unwrap(outputs[1]) : null);
    }

    /// <summary>vjp: the outputs, and the function from cotangents (one per output) to one gradient per differentiated primal.</summary>
    public static (Tensor[] Outputs, Func<Tensor[], Tensor[]> VjpFunction, Tensor? Aux) Vjp(
        Func<Tensor[], Tensor[]> function, Tensor[] primals, int[]? argnums, bool hasAux)
    {
        foreach (var primal in primals) ArgumentNullException.ThrowIfNull(primal);
        Tensor[] flatOutputs, differentiable, results;
        Tensor? aux = null;
        using (var level = TransformLevel.Grad())
        using (Autograd.EnableGrad())
        {
            var wrapped = primals.Select(level.Wrap).ToArray();
            differentiable = (argnums ?? Enumerable.Range(0, primals.Length).ToArray())
                .Select(i => TransformLevel.MakeDifferentiable(wrapped[i])).ToArray();
            var outputs = function(wrapped);
            if (hasAux)
            {
                if (outputs.Length != 2)
                    throw new TorchException("vjp(f, *primals): output of function f should be a tuple: (output, aux) if has_aux is True");
                aux = level.Unwrap(outputs[1]);
                outputs = [outputs[0]];
            }
            flatOutputs = outputs;
            CheckNonEmptyTensorOutput(flatOutputs, "vjp(f, *primals)");
            results = flatOutputs.Select(level.Unwrap).ToArray();
            foreach (var output in flatOutputs)
                if (!output.IsFloatingPoint() && !output.IsComplex())
                    throw new TorchException("vjp(f, ...): All outputs of f must be floating-point or complex Tensors, got Tensor " +
                                             $"with dtype {output.Dtype.PythonName()}");
        }

        Tensor[] VjpFunction(Tensor[] cotangents)
        {
            if (cotangents.Length != flatOutputs.Length)
                throw new TorchException("Expected pytree structure of cotangents to be the same as pytree structure of outputs to " +
                                         $"the function. cotangents: {Structure(cotangents.Length)}, primal output: {Structure(flatOutputs.Length)}");
            return AutogradGrad(flatOutputs, differentiable, cotangents, retainGraph: true, createGraph: Autograd.IsGradEnabled);
        }
        return (results, VjpFunction, aux);
    }

    // functorch's _autograd_grad: outputs that do not require grad are left out, inputs they miss get zeros.
    public static Tensor[] AutogradGrad(Tensor[] outputs, Tensor[] inputs, Tensor[]? gradOutputs, bool retainGraph, bool createGraph)
    {
        var kept = outputs.Select((o, i) => (Output: o, Index: i)).Where(p => p.Output.RequiresGrad).ToList();
        if (kept.Count == 0) return inputs.Select(t => Torch.ZerosLike(t)).ToArray();
        var grads = Autograd.Grad(kept.Select(p => p.Output).ToList(), inputs,
                                  gradOutputs is null ? null : kept.Select(p => (Tensor?)gradOutputs[p.Index]).ToList(),
                                  retainGraph: retainGraph, createGraph: createGraph, allowUnused: true);
        return grads.Select((g, i) => g ?? Torch.ZerosLike(inputs[i])).ToArray();
    }

    public static void CheckNonEmptyTensorOutput(Tensor?[] outputs, string api)
    {
        if (outputs.Length == 0 || (outputs.Length == 1 && outputs[0] is null))
            throw new TorchException($"{api}: Expected f to be a function that has non-empty output (got output = " +
                                     (outputs.Length == 0 ? "[]" : "[None]") + ")");
        if (outputs.Any(o => o is null))
            throw new TorchException($"{api}: expected f(*primals) to return only tensors, got unsupported type <class 'NoneType'>");
    }

    private static string Structure(int count) => count == 1 ? "*" : $"({string.Join(", ", Enumerable.Repeat("*", count))})";
}
