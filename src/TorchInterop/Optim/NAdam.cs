namespace TorchInterop.Optim;

/// <summary>
/// Adam with Nesterov momentum, as <c>torch.optim.NAdam</c> in the PyTorch this runs on (1.13 or 2.x; its
/// single-tensor algorithm, op for op): momentum decay, L2 weight decay, and from 2.0 on decoupled weight decay and
/// maximization.
/// </summary>
/// <example><code>
/// var optimizer = new NAdam([w, b], lr: 2e-3, momentumDecay: 4e-3);
/// </code></example>
public sealed class NAdam : Optimizer
{
    // The group's keys in PyTorch's state dict, in its order; 1.13's NAdam has no maximize nor decoupled decay.
    private static readonly string[] OptionNames = LibTorch.IsAtLeast(2)
        ? ["lr", "betas", "eps", "weight_decay", "momentum_decay", "decoupled_weight_decay", "maximize", "foreach", "capturable", "differentiable"]
        : ["lr", "betas", "eps", "weight_decay", "momentum_decay", "foreach"];

    /// <summary>
    /// Creates the optimizer; the checks and messages are PyTorch's. <paramref name="decoupledWeightDecay"/>,
    /// <paramref name="maximize"/> and <paramref name="differentiable"/> are PyTorch 2.x's (1.13 rejects them set).
    /// </summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public NAdam(IEnumerable<Tensor> parameters, double lr = 2e-3, (double Beta1, double Beta2)? betas = null, double eps = 1e-8,
        double weightDecay = 0, double momentumDecay = 4e-3, bool decoupledWeightDecay = false, bool? useForeach = null,
        bool maximize = false, bool differentiable = false)
        : this(OptimizerChecks.OneGroup(parameters), lr, betas, eps, weightDecay, momentumDecay, decoupledWeightDecay, useForeach, maximize, differentiable)
    {
    }

    /// <summary>Creates the optimizer over parameter groups; options a group leaves unset take these values.</summary>
    public NAdam(IEnumerable<ParamGroup> paramGroups, double lr = 2e-3, (double Beta1, double Beta2)? betas = null, double eps = 1e-8,
        double weightDecay = 0, double momentumDecay = 4e-3, bool decoupledWeightDecay = false, bool? useForeach = null,
        bool maximize = false, bool differentiable = false)
        : base(paramGroups, Defaults(lr, betas ?? (0.9, 0.999), eps, weightDecay, momentumDecay, decoupledWeightDecay, useForeach, maximize, differentiable),
            OptionNames)
    {
    }

    /// <inheritdoc/>
    public override void Step()
    {
        RecordStep();
        using var mode = OptimizerChecks.StepMode(DefaultOptions);
        bool v2 = LibTorch.IsAtLeast(2);
        foreach (var g in ParamGroups)
        {
            double lr = g.Lr.GetValueOrDefault(), eps = g.Eps.GetValueOrDefault(), weightDecay = g.WeightDecay.GetValueOrDefault();
            double momentumDecay = g.OtherNumber("momentum_decay");
            var (beta1, beta2) = g.Betas.GetValueOrDefault();
            bool maximize = v2 && g.Maximize.GetValueOrDefault(), decoupled = v2 && g.DecoupledWeightDecay.GetValueOrDefault();
            foreach (var param in g.Params)
            {
                var grad = param.Grad;
                if (grad is null) continue;
                OptimizerChecks.RejectSparse(grad, "NAdam");
                var state = StateOf(param);
                if (state.Count == 0)
                {
                    state["step"] = Torch.Tensor(0.0, DType.Float32);
                    state["mu_product"] = Torch.Tensor(1.0, DType.Float32);
                    state["exp_avg"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                    state["exp_avg_sq"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                }
                var expAvg = (Tensor)state["exp_avg"]!;
                var expAvgSq = (Tensor)state["exp_avg_sq"]!;
                var muProduct = (Tensor)state["mu_product"]!;
                if (maximize) grad = grad.Neg();
                double step = OptimizerChecks.Increment(state);
                double biasCorrection2 = 1 - Math.Pow(beta2, step);
                if (weightDecay != 0)
                {
                    if (decoupled) param.Mul_(1 - lr * weightDecay);
                    else grad = grad.Add(param, weightDecay);
                }

                // The momentum cache mu at this step and the next.
                double mu = beta1 * (1.0 - 0.5 * Math.Pow(0.96, step * momentumDecay));
                double muNext = beta1 * (1.0 - 0.5 * Math.Pow(0.96, (step + 1) * momentumDecay));
                muProduct.Mul_(mu);
                double muProductNext;
                if (v2)
                {
                    muProductNext = muProduct.Item<float>() * muNext;
                    expAvg.Lerp_(grad, 1 - beta1);
                }
                else
                {
                    // 1.13 multiplies the updated product by mu once more, in float32.
                    using var withMu = muProduct.Mul(mu);
                    using var next = withMu.Mul(muNext);
                    muProductNext = next.Item<float>();
                    expAvg.Mul_(beta1).Add_(grad, 1 - beta1);
                }
                expAvgSq.Mul_(beta2).Addcmul_(grad, grad, 1 - beta2);

                using var scaled = expAvgSq.Div(biasCorrection2);
                using var denom = scaled.Sqrt().Add_(eps);
                param.Addcdiv_(grad, denom, -lr * (1.0 - mu) / (1.0 - muProduct.Item<float>()));
                param.Addcdiv_(expAvg, denom, -lr * muNext / (1.0 - muProductNext));
            }
        }
    }

    private static ParamGroup Defaults(double lr, (double Beta1, double Beta2) betas, double eps, double weightDecay, double momentumDecay,
        bool decoupledWeightDecay, bool? useForeach, bool maximize, bool differentiable)
    {
        OptimizerChecks.Lr(lr);
        OptimizerChecks.Eps(eps);
        OptimizerChecks.Betas(betas);
        OptimizerChecks.WeightDecay(weightDecay);
        if (!(momentumDecay >= 0)) throw PythonFloat.ValueError($"Invalid momentum_decay value: {PythonFloat.Format(momentumDecay)}");
        var defaults = new ParamGroup([]) { Lr = lr, Betas = betas, Eps = eps, WeightDecay = weightDecay };
        defaults.SetOther("momentum_decay", momentumDecay);
        defaults.SetOther("foreach", useForeach);
        if (LibTorch.IsAtLeast(2))
        {
            defaults.DecoupledWeightDecay = decoupledWeightDecay;
            defaults.Maximize = maximize;
            defaults.SetOther("capturable", false);
            defaults.SetOther("differentiable", differentiable);
        }
        return defaults;
    }
}
