namespace TorchInterop.Optim;

/// <summary>
/// Rectified Adam, as <c>torch.optim.RAdam</c> in the PyTorch this runs on (1.13 or 2.x; its single-tensor
/// algorithm, op for op): the variance rectification once its approximated length exceeds 5, L2 weight decay, and from
/// 2.0 on decoupled weight decay and maximization.
/// </summary>
/// <example><code>
/// var optimizer = new RAdam([w, b], lr: 1e-3);
/// </code></example>
public sealed class RAdam : Optimizer
{
    // The group's keys in PyTorch's state dict, in its order; 1.13's RAdam has no maximize nor decoupled decay.
    private static readonly string[] OptionNames = LibTorch.IsAtLeast(2)
        ? ["lr", "betas", "eps", "weight_decay", "maximize", "foreach", "capturable", "decoupled_weight_decay", "differentiable"]
        : ["lr", "betas", "eps", "weight_decay", "foreach"];

    /// <summary>
    /// Creates the optimizer; the checks and messages are PyTorch's. <paramref name="decoupledWeightDecay"/>,
    /// <paramref name="maximize"/> and <paramref name="differentiable"/> are PyTorch 2.x's.
    /// </summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public RAdam(IEnumerable<Tensor> parameters, double lr = 1e-3, (double Beta1, double Beta2)? betas = null, double eps = 1e-8,
        double weightDecay = 0, bool decoupledWeightDecay = false, bool? useForeach = null, bool maximize = false, bool differentiable = false)
        : this(OptimizerChecks.OneGroup(parameters), lr, betas, eps, weightDecay, decoupledWeightDecay, useForeach, maximize, differentiable)
    {
    }

    /// <summary>Creates the optimizer over parameter groups; options a group leaves unset take these values.</summary>
    public RAdam(IEnumerable<ParamGroup> paramGroups, double lr = 1e-3, (double Beta1, double Beta2)? betas = null, double eps = 1e-8,
        double weightDecay = 0, bool decoupledWeightDecay = false, bool? useForeach = null, bool maximize = false, bool differentiable = false)
        : base(paramGroups, Defaults(lr, betas ?? (0.9, 0.999), eps, weightDecay, decoupledWeightDecay, useForeach, maximize, differentiable), OptionNames)
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
            var (beta1, beta2) = g.Betas.GetValueOrDefault();
            bool maximize = v2 && g.Maximize.GetValueOrDefault(), decoupled = v2 && g.DecoupledWeightDecay.GetValueOrDefault();
            foreach (var param in g.Params)
            {
                var grad = param.Grad;
                if (grad is null) continue;
                OptimizerChecks.RejectSparse(grad, "RAdam");
                var state = StateOf(param);
                if (state.Count == 0)
                {
                    state["step"] = Torch.Tensor(0.0, DType.Float32);
                    state["exp_avg"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                    state["exp_avg_sq"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                }
                var expAvg = (Tensor)state["exp_avg"]!;
                var expAvgSq = (Tensor)state["exp_avg_sq"]!;
                if (maximize) grad = grad.Neg();
                double step = OptimizerChecks.Increment(state);
                if (weightDecay != 0)
                {
                    if (decoupled) param.Mul_(1 - lr * weightDecay);
                    else grad = grad.Add(param, weightDecay);
                }
                if (v2) expAvg.Lerp_(grad, 1 - beta1);
                else expAvg.Mul_(beta1).Add_(grad, 1 - beta1);
                expAvgSq.Mul_(beta2).Addcmul_(grad, grad, 1 - beta2);

                double biasCorrection1 = 1 - Math.Pow(beta1, step);
                double biasCorrection2 = 1 - Math.Pow(beta2, step);
                using var corrected = expAvg / biasCorrection1;
                // The maximum length of the approximated simple moving average, and its length now.
                double rhoInf = 2 / (1 - beta2) - 1;
                double rhoT = rhoInf - 2 * step * Math.Pow(beta2, step) / biasCorrection2;
                if (rhoT > 5.0)
                {
                    double rectSquared = (rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT);
                    // 2.x writes ** 0.5 (C's pow) where 1.13 calls math.sqrt.
                    double rect = v2 ? Math.Pow(rectSquared, 0.5) : Math.Sqrt(rectSquared);
                    double correction2Root = v2 ? Math.Pow(biasCorrection2, 0.5) : Math.Sqrt(biasCorrection2);
                    using var root = expAvgSq.Sqrt().Add_(eps);
                    using var adaptiveLr = correction2Root / root;
                    using var withLr = corrected * lr;
                    using var adapted = withLr * adaptiveLr;
                    using var update = adapted * rect;
                    param.Add_(update, -1.0);
                }
                else
                {
                    using var update = corrected * lr;
                    param.Add_(update, -1.0);
                }
            }
        }
    }

    private static ParamGroup Defaults(double lr, (double Beta1, double Beta2) betas, double eps, double weightDecay,
        bool decoupledWeightDecay, bool? useForeach, bool maximize, bool differentiable)
    {
        OptimizerChecks.Lr(lr);
        OptimizerChecks.Eps(eps);
        OptimizerChecks.Betas(betas);
        OptimizerChecks.WeightDecay(weightDecay);
        var defaults = new ParamGroup([]) { Lr = lr, Betas = betas, Eps = eps, WeightDecay = weightDecay };
        defaults.SetOther("foreach", useForeach);
        if (LibTorch.IsAtLeast(2))
        {
            defaults.Maximize = maximize;
            defaults.SetOther("capturable", false);
            defaults.DecoupledWeightDecay = decoupledWeightDecay;
            defaults.SetOther("differentiable", differentiable);
        }
        return defaults;
    }
}
