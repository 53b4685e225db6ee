namespace TorchInterop;

/// <summary>
/// Python's <c>torch.autograd.functional</c> products over functions of tensors: <see cref="Vjp"/>, <see cref="Jvp"/>
/// (by the double-backward trick), <see cref="Vhp"/> and <see cref="Hvp"/>, with <c>create_graph</c> and <c>strict</c>
/// and PyTorch's messages. Inputs and outputs are arrays (Python's tuples); <c>inputsTuple</c>/<c>outputsTuple</c>
/// say whether the caller passed tuples, which PyTorch's messages depend on.
/// </summary>
public static partial class FunctionalAutograd
{
    /// <summary><c>vjp(func, inputs, v)</c>: the outputs and the vector-Jacobian product vᵀJ, one entry per input.</summary>
    public static (Tensor[] Outputs, Tensor[] Vjp) Vjp(Func<Tensor[], Tensor[]> func, Tensor[] inputs, Tensor[]? v = null,
                                                     bool createGraph = false, bool strict = false, bool outputsTuple = false)
    {
        ArgumentNullException.ThrowIfNull(func);
        ArgumentNullException.ThrowIfNull(inputs);
        Tensor[] outputs;
        Tensor?[]? vectors = null;
        using (Autograd.EnableGrad())
        {
            inputs = Preprocess(inputs, createGraph, needGraph: true);
            outputs = func(inputs);
            CheckRequiresGrad(outputs, "outputs", strict);
            if (v is not null)
            {
                vectors = Preprocess(v, createGraph, needGraph: false);
                ValidateV(vectors!, outputs, outputsTuple);
            }
            else if (outputs.Length != 1 || outputs[0].NumEl != 1)
                throw new TorchException("The vector v can only be None if the user-provided function returns a single Tensor with a single element.");
        }
        Tensor[] vjp;
        using (GradMode(createGraph))
            vjp = FillInZeros(Grad(outputs, inputs, vectors, createGraph), inputs, strict, createGraph, "back");
        return (Postprocess(outputs, createGraph), Postprocess(vjp, createGraph));
    }

    /// <summary><c>jvp(func, inputs, v)</c>: the outputs and the Jacobian-vector product Jv, one entry per output.</summary>
    public static (Tensor[] Outputs, Tensor[] Jvp) Jvp(Func<Tensor[], Tensor[]> func, Tensor[] inputs, Tensor[]? v = null,
                                                     bool createGraph = false, bool strict = false, bool inputsTuple = false)
    {
        ArgumentNullException.ThrowIfNull(func);
        ArgumentNullException.ThrowIfNull(inputs);
        Tensor[] outputs, gradOutputs;
        Tensor?[] gradInputs;
        Tensor?[]? vectors;
        using (Autograd.EnableGrad())
        {
            inputs = Preprocess(inputs, createGraph, needGraph: true);
            vectors = VectorsFor(inputs, v, createGraph, inputsTuple);
            outputs = func(inputs);
            CheckRequiresGrad(outputs, "outputs", strict);
            gradOutputs = [.. outputs.Select(o => Torch.ZerosLike(o, requiresGrad: true))];
            gradInputs = Grad(outputs, inputs, gradOutputs, createGraph: true);
            CheckRequiresGrad(gradInputs, "grad_inputs", strict);
        }
        Tensor[] jvp;
        using (createGraph ? Autograd.EnableGrad() : null)
            jvp = FillInZeros(Grad(gradInputs, gradOutputs, vectors, createGraph), outputs, strict, createGraph, "back_trick");
        return (Postprocess(outputs, createGraph), Postprocess(jvp, createGraph));
    }

    /// <summary><c>vhp(func, inputs, v)</c>: the scalar output and the vector-Hessian product vᵀH.</summary>
    public static (Tensor[] Outputs, Tensor[] Vhp) Vhp(Func<Tensor[], Tensor[]> func, Tensor[] inputs, Tensor[]? v = null,
                                                     bool createGraph = false, bool strict = false, bool inputsTuple = false,
                                                     bool outputsTuple = false) =>
        HessianProduct("vhp", func, inputs, v, createGraph, strict, inputsTuple, outputsTuple);

    /// <summary><c>hvp(func, inputs, v)</c>: the scalar output and the Hessian-vector product Hv (by the double-backward trick).</summary>
    public static (Tensor[] Outputs, Tensor[] Hvp) Hvp(Func<Tensor[], Tensor[]> func, Tensor[] inputs, Tensor[]? v = null,
                                                     bool createGraph = false, bool strict = false, bool inputsTuple = false,
                                                     bool outputsTuple = false) =>
        HessianProduct("hvp", func, inputs, v, createGraph, strict, inputsTuple, outputsTuple);

    private static (Tensor[], Tensor[]) HessianProduct(string name, Func<Tensor[], Tensor[]> func, Tensor[] inputs, Tensor[]? v,
                                                       bool createGraph, bool strict, bool inputsTuple, bool outputsTuple)
    {
        ArgumentNullException.ThrowIfNull(func);
        ArgumentNullException.ThrowIfNull(inputs);
        Tensor[] outputs;
        Tensor?[] jac, source;
        Tensor[] wrt;
        Tensor?[]? vectors;
        using (Autograd.EnableGrad())
        {
            inputs = Preprocess(inputs, createGraph, needGraph: true);
            vectors = VectorsFor(inputs, v, createGraph, inputsTuple);
            outputs = func(inputs);
            CheckRequiresGrad(outputs, "outputs", strict);
            if (outputsTuple) throw new TorchException($"The function given to {name} should return a single Tensor");
            if (outputs[0].NumEl != 1)
                throw new TorchException($"The Tensor returned by the function given to {name} should contain a single element");
            jac = Grad(outputs, inputs, null, createGraph: true);
            CheckRequiresGrad(jac, "jacobian", strict);
            if (name == "vhp")
            {
                (source, wrt) = (jac, inputs);
            }
            else
            {
                var gradJac = inputs.Select(i => Torch.ZerosLike(i, requiresGrad: true)).ToArray();
                source = Grad(jac, inputs, gradJac, createGraph: true);
                CheckRequiresGrad(jac, "hessian", strict);
                wrt = gradJac;
            }
        }
        Tensor[] product;
        using (GradMode(createGraph))
            product = FillInZeros(Grad(source, wrt, vectors, createGraph), inputs, strict, createGraph,
                                  name == "vhp" ? "double_back" : "double_back_trick");
        return (Postprocess(outputs, createGraph), Postprocess(product, createGraph));
    }

    private static GradModeScope GradMode(bool createGraph) => createGraph || Autograd.IsGradEnabled ? Autograd.EnableGrad() : Autograd.NoGrad();

    private static Tensor?[] VectorsFor(Tensor[] inputs, Tensor[]? v, bool createGraph, bool inputsTuple)
    {
        if (v is null)
        {
            if (inputs.Length != 1 || inputs[0].NumEl != 1)
                throw new TorchException("The vector v can only be None if the input to the user-provided function is a single Tensor with a single element.");
            return null!;
        }
        var vectors = Preprocess(v, createGraph, needGraph: false);
        ValidateV(vectors, inputs, inputsTuple);
        return vectors;
    }

    // _grad_preprocess: inputs that keep their graph (create_graph) as views, the others as fresh leaves.
    private static Tensor[] Preprocess(Tensor[] inputs, bool createGraph, bool needGraph) =>
        [.. inputs.Select(i => createGraph && i.RequiresGrad ? (i.Layout == Layout.SparseCoo ? i.Clone() : i.ViewAs(i))
                                                             : i.Detach().RequiresGrad_(needGraph))];

    private static Tensor[] Postprocess(Tensor[] tensors, bool createGraph) => createGraph ? tensors : [.. tensors.Select(t => t.Detach())];

    private static void ValidateV(Tensor?[] v, Tensor[] other, bool otherTuple)
    {
        if (v.Length != other.Length)
            throw new TorchException(otherTuple ? $"v is a tuple of invalid length: should be {other.Length} but got {v.Length}."
                                                : "The given v should contain a single Tensor.");
        for (int i = 0; i < v.Length; i++)
            if (!v[i]!.Shape.SequenceEqual(other[i].Shape))
                throw new TorchException($"{(otherTuple ? $"Entry {i} in " : "")}v has invalid size: should be {Size(other[i])} but got {Size(v[i]!)}.");
    }

    private static string Size(Tensor t) => $"torch.Size([{string.Join(", ", t.Shape)}])";

    private static void CheckRequiresGrad(Tensor?[] tensors, string kind, bool strict)
    {
        if (!strict) return;
        for (int i = 0; i < tensors.Length; i++)
        {
            if (tensors[i] is null)
                throw new TorchException($"The output of the user-provided function is independent of input {i}. This is not allowed in strict mode.");
            if (tensors[i]!.RequiresGrad) continue;
            throw new TorchException(kind switch
            {
                "hessian" => $"The hessian of the user-provided function with respect to input {i} is independent of the input. This is not " +
                             "allowed in strict mode. You should ensure that your function is thrice differentiable and that the hessian " +
                             "depends on the inputs.",
                "jacobian" => "While computing the hessian, found that the jacobian of the user-provided function with respect to input " +
                              $"{i} is independent of the input. This is not allowed in strict mode. You should ensure that your function " +
                              "is twice differentiable and that the jacobian depends on the inputs (this would be violated by a linear " +
                              "function for example).",
                "grad_inputs" => $"The gradient with respect to input {i} is independent of the inputs of the user-provided function. " +
                                 "This is not allowed in strict mode.",
                _ => $"Output {i} of the user-provided function does not require gradients. The outputs must be computed in a " +
                     "differentiable manner from the input when running in strict mode.",
            });
        }
    }

    // _autograd_grad: only the outputs that require grad take part; unused inputs give null.
    private static Tensor?[] Grad(Tensor?[] outputs, Tensor[] inputs, Tensor?[]? gradOutputs, bool createGraph,
                                  bool? retainGraph = null)
    {
        var used = new List<Tensor>();
        var usedGrads = new List<Tensor?>();
        for (int i = 0; i < outputs.Length; i++)
            if (outputs[i] is { RequiresGrad: true } o)
            {
                used.Add(o);
                usedGrads.Add(gradOutputs?[i]);
            }
        if (used.Count == 0) return new Tensor?[inputs.Length];
        return Autograd.Grad(used, inputs, usedGrads, retainGraph: retainGraph, createGraph: createGraph, allowUnused: true);
    }

    private static Tensor[] FillInZeros(Tensor?[] grads, Tensor[] refs, bool strict, bool createGraph, string stage)
    {
        var result = new Tensor[grads.Length];
        for (int i = 0; i < grads.Length; i++)
        {
            if (grads[i] is { } g)
            {
                if (strict && createGraph && !g.RequiresGrad)
                    throw new TorchException(stage.Contains("double", StringComparison.Ordinal)
                        ? $"The hessian of the user-provided function is independent of input {i}. This is not allowed in strict mode when create_graph=True."
                        : $"The jacobian of the user-provided function is independent of input {i}. This is not allowed in strict mode when create_graph=True.");
                result[i] = g;
                continue;
            }
            if (strict)
                throw new TorchException(stage switch
                {
                    "back" => $"The output of the user-provided function is independent of input {i}. This is not allowed in strict mode.",
                    "back_trick" => $"The gradient with respect to the input is independent of entry {i} in the grad_outputs when using the " +
                                    "double backward trick to compute forward mode gradients. This is not allowed in strict mode.",
                    "double_back" => $"The jacobian of the user-provided function is independent of input {i}. This is not allowed in strict mode.",
                    _ => $"The hessian of the user-provided function is independent of entry {i} in the grad_jacobian. This is not allowed in " +
                         "strict mode as it prevents from using the double backward trick to replace forward mode AD.",
                });
            result[i] = Torch.ZerosLike(refs[i]);
        }
        return result;
    }
}
