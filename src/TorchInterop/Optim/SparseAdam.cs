namespace TorchInterop.Optim;

/// <summary>
/// Adam for sparse gradients (an embedding's rows), as <c>torch.optim.SparseAdam</c> in the PyTorch this runs on (1.13
/// or 2.x): only the moments of the rows a gradient touches are updated. Dense gradients are refused, as PyTorch does.
/// </summary>
/// <example><code>
/// var optimizer = new SparseAdam([embeddingWeight], lr: 1e-3);
/// </code></example>
public sealed class SparseAdam : Optimizer
{
    private static readonly string[] OptionNames = ["lr", "betas", "eps", "maximize"];

    /// <summary>Creates the optimizer; the checks and messages are PyTorch's (the learning rate and eps must be positive).</summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public SparseAdam(IEnumerable<Tensor> parameters, double lr = 1e-3, (double Beta1, double Beta2)? betas = null, double eps = 1e-8,
        bool maximize = false)
        : this(OptimizerChecks.OneGroup(parameters), lr, betas, eps, maximize)
    {
    }

    /// <summary>Creates the optimizer over parameter groups; options a group leaves unset take these values.</summary>
    public SparseAdam(IEnumerable<ParamGroup> paramGroups, double lr = 1e-3, (double Beta1, double Beta2)? betas = null, double eps = 1e-8,
        bool maximize = false)
        : base(paramGroups, Defaults(lr, betas ?? (0.9, 0.999), eps, maximize), OptionNames)
    {
        var sparse = new List<string>();
        for (int g = 0; g < ParamGroups.Count; g++)
        {
            for (int i = 0; i < ParamGroups[g].Params.Count; i++)
            {
                if (ParamGroups[g].Params[i].Layout == Layout.SparseCoo) sparse.Add(ParamGroups.Count == 1 && !LibTorch.IsAtLeast(2) ? $"{i}" : $"[{g}, {i}]");
            }
        }
        if (sparse.Count > 0)
            throw PythonFloat.ValueError($"Sparse params at indices [{string.Join(", ", sparse)}]: SparseAdam requires dense parameter tensors");
    }

    /// <inheritdoc/>
    public override void Step()
    {
        RecordStep();
        using var noGrad = Autograd.NoGrad();
        foreach (var g in ParamGroups)
        {
            double lr = g.Lr.GetValueOrDefault(), eps = g.Eps.GetValueOrDefault();
            var (beta1, beta2) = g.Betas.GetValueOrDefault();
            bool maximize = g.Maximize.GetValueOrDefault();
            foreach (var param in g.Params)
            {
                var grad = param.Grad;
                if (grad is null) continue;
                if (grad.Layout != Layout.SparseCoo)
                    throw new TorchException("SparseAdam does not support dense gradients, please consider Adam instead");
                var state = StateOf(param);
                if (state.Count == 0)
                {
                    state["step"] = 0L;
                    state["exp_avg"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                    state["exp_avg_sq"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                }
                long step = (long)state["step"]! + 1;
                state["step"] = step;
                Update(param, grad, (Tensor)state["exp_avg"]!, (Tensor)state["exp_avg_sq"]!, step, lr, eps, beta1, beta2, maximize);
            }
        }
    }

    // PyTorch's functional sparse_adam: the moments move towards the gradient's values at its indices only.
    private static void Update(Tensor param, Tensor grad, Tensor expAvg, Tensor expAvgSq, long step, double lr, double eps,
        double beta1, double beta2, bool maximize)
    {
        if (maximize) grad = grad.Neg();
        // The update is not linear, so 1.13 sums repeated indices first; 2.x takes the gradient as it comes.
        if (!LibTorch.IsAtLeast(2)) grad = grad.Coalesce();
        var indices = grad._Indices();
        var values = grad._Values();
        if (LibTorch.IsAtLeast(2) && values.NumEl == 0) return;
        var size = grad.Shape;
        Tensor MakeSparse(Tensor v) => indices.Dim == 0 || v.Dim == 0
            ? Torch.SparseCooTensor(size, dtype: grad.Dtype)
            : Torch.SparseCooTensor(indices, v, size, dtype: grad.Dtype);

        using var oldExpAvg = expAvg.SparseMask(grad)._Values();
        var expAvgUpdate = values.Sub(oldExpAvg).Mul_(1 - beta1);
        using (var sparse = MakeSparse(expAvgUpdate)) expAvg.Add_(sparse);
        using var oldExpAvgSq = expAvgSq.SparseMask(grad)._Values();
        var expAvgSqUpdate = values.Pow(2).Sub_(oldExpAvgSq).Mul_(1 - beta2);
        using (var sparse = MakeSparse(expAvgSqUpdate)) expAvgSq.Add_(sparse);
        // Dense additions again, sparing a second sparse_mask.
        using var numer = expAvgUpdate.Add_(oldExpAvg);
        expAvgSqUpdate.Add_(oldExpAvgSq);
        using var denom = expAvgSqUpdate.Sqrt_().Add_(eps);
        double biasCorrection1 = 1 - Math.Pow(beta1, step);
        double biasCorrection2 = 1 - Math.Pow(beta2, step);
        double stepSize = lr * Math.Sqrt(biasCorrection2) / biasCorrection1;
        using var scaled = numer.Div_(denom).Mul(-stepSize);
        using (var sparse = MakeSparse(scaled)) param.Add_(sparse);
    }

    private static ParamGroup Defaults(double lr, (double Beta1, double Beta2) betas, double eps, bool maximize)
    {
        if (!(lr > 0)) throw PythonFloat.ValueError($"Invalid learning rate: {PythonFloat.Format(lr)}");
        if (!(eps > 0)) throw PythonFloat.ValueError($"Invalid epsilon value: {PythonFloat.Format(eps)}");
        OptimizerChecks.Betas(betas);
        return new ParamGroup([]) { Lr = lr, Betas = betas, Eps = eps, Maximize = maximize };
    }
}
