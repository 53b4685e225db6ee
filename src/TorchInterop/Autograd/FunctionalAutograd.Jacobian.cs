namespace TorchInterop;

public static partial class FunctionalAutograd
{
    /// <summary>
    /// <c>jacobian(func, inputs, create_graph, strict, vectorize, strategy)</c>: the Jacobian of every output with
    /// respect to every input, indexed <c>[output][input]</c>, each entry shaped as the output's shape followed by the
    /// input's. Reverse mode takes one vector-Jacobian product per output element, or all of them in one batched pass
    /// when <paramref name="vectorize"/> is set; forward mode (vectorized only) pushes the inputs' standard basis
    /// through dual tensors. Python unpacks the nesting where it was given single tensors; callers do that.
    /// </summary>
    /// <example><c>FunctionalAutograd.Jacobian(a => [a[0].Exp().Sum(1)], [x])[0][0]</c></example>
    public static Tensor[][] Jacobian(Func<Tensor[], Tensor[]> func, Tensor[] inputs, bool createGraph = false, bool strict = false,
                                      bool vectorize = false, JacobianStrategy strategy = JacobianStrategy.ReverseMode)
    {
        ArgumentNullException.ThrowIfNull(func);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfNotEqual(Enum.IsDefined(strategy), true, nameof(strategy));
        if (strategy == JacobianStrategy.ForwardMode)
        {
            if (createGraph)
                throw new TorchException("torch.autograd.functional.jacobian: `create_graph=True` and `strategy=\"forward-mode\"` are not " +
                                         "supported together (yet). Please either set `create_graph=False` or `strategy=\"reverse-mode\"`.",
                                         TorchErrorKind.NotImplementedError);
            return ForwardJacobian(func, inputs, strict, vectorize);
        }
        using (Autograd.EnableGrad())
        {
            inputs = Preprocess(inputs, createGraph, needGraph: true);
            var outputs = func(inputs);
            CheckRequiresGrad(outputs, "outputs", strict);
            Tensor[][] jacobian;
            if (vectorize)
            {
                if (strict)
                    throw new TorchException("torch.autograd.functional.jacobian: `strict=True` and `vectorized=True` are not supported " +
                                             "together. Please either set `strict=False` or `vectorize=False`.");
                jacobian = VectorizedReverseJacobian(outputs, inputs, createGraph);
            }
            else
            {
                jacobian = [.. outputs.Select((output, i) => ReverseJacobianRow(output, i, inputs, createGraph, strict))];
            }
            return [.. jacobian.Select(row => Postprocess(row, createGraph))];
        }
    }

    // One output's Jacobian, a gradient per element of the output, stacked and shaped as output then input.
    private static Tensor[] ReverseJacobianRow(Tensor output, int outputIndex, Tensor[] inputs, bool createGraph, bool strict)
    {
        var rows = inputs.Select(_ => new List<Tensor>()).ToArray();
        var flat = output.Reshape(-1);
        for (long j = 0; j < output.NumEl; j++)
        {
            var vj = Grad([flat.Select(0, j)], inputs, null, createGraph, retainGraph: true);
            for (int k = 0; k < inputs.Length; k++)
            {
                if (vj[k] is { } g)
                {
                    // PyTorch names the output's index here, not the input's.
                    if (strict && createGraph && !g.RequiresGrad)
                        throw new TorchException($"The jacobian of the user-provided function is independent of input {outputIndex}. " +
                                                 "This is not allowed in strict mode when create_graph=True.");
                    rows[k].Add(g);
                }
                else
                {
                    if (strict)
                        throw new TorchException($"Output {outputIndex} of the user-provided function is independent of input {k}. " +
                                                 "This is not allowed in strict mode.");
                    rows[k].Add(Torch.ZerosLike(inputs[k]));
                }
            }
        }
        return [.. rows.Select((r, k) => Torch.Stack(r, 0).View([.. output.Shape, .. inputs[k].Shape]))];
    }

    // Every row at once: the outputs' standard basis as batched grad_outputs of one backward pass (PyTorch's NOTE
    // "Computing jacobian with vmap and grad for multiple outputs"), then split by output.
    private static Tensor[][] VectorizedReverseJacobian(Tensor[] outputs, Tensor[] inputs, bool createGraph)
    {
        long[] outputNumels = [.. outputs.Select(o => o.NumEl)];
        var gradOutputs = StandardBasis(outputs, outputNumels);
        Tensor[] flatOutputs = [.. outputs.Select(o => o.Reshape(-1))];
        var vj = BatchedGrad(flatOutputs, inputs, gradOutputs, createGraph);
        var byInput = new Tensor[inputs.Length][];
        for (int i = 0; i < inputs.Length; i++)
        {
            var jac = vj[i] ?? Torch.ZerosLike(inputs[i]).Expand([outputNumels.Sum(), .. inputs[i].Shape]);
            var parts = jac.SplitWithSizes(outputNumels, 0);
            byInput[i] = [.. parts.Select((part, j) => part.View([.. outputs[j].Shape, .. inputs[i].Shape]))];
        }
        return [.. outputs.Select((_, j) => byInput.Select(row => row[j]).ToArray())];
    }

    // _autograd_grad(..., is_grads_batched=True): autograd.grad under the legacy vmap over dimension 0 of the grads.
    private static Tensor?[] BatchedGrad(Tensor[] outputs, Tensor[] inputs, Tensor[] gradOutputs, bool createGraph)
    {
        var used = new List<Tensor>();
        var usedGrads = new List<Tensor>();
        for (int i = 0; i < outputs.Length; i++)
            if (outputs[i].RequiresGrad)
            {
                used.Add(outputs[i]);
                usedGrads.Add(gradOutputs[i]);
            }
        if (used.Count == 0) return new Tensor?[inputs.Length];
        return LegacyVmap.Run(batched => Autograd.Grad(used, inputs, batched, retainGraph: createGraph, createGraph: createGraph,
                                                       allowUnused: true), [.. usedGrads]);
    }

    // _construct_standard_basis_for: the identity of size sum(numels), split by columns into one chunk per tensor
    // (with that tensor's dtype and device).
    private static Tensor[] StandardBasis(Tensor[] tensors, long[] numels)
    {
        long total = numels.Sum();
        var chunks = new Tensor[tensors.Length];
        long diagonalStart = 0;
        for (int i = 0; i < tensors.Length; i++)
        {
            chunks[i] = tensors[i].NewZeros([total, numels[i]]);
            chunks[i].Diagonal(diagonalStart).Fill_(1);
            diagonalStart -= numels[i];
        }
        return chunks;
    }
}
