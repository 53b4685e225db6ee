namespace TorchInterop.Optim;

/// <summary>
/// Adamax, Adam over the infinity norm, as <c>torch.optim.Adamax</c> in the PyTorch this runs on (1.13 or 2.x; its
/// single-tensor algorithm, op for op): weight decay, maximization.
/// </summary>
/// <example><code>
/// var optimizer = new Adamax([w, b], lr: 2e-3);
/// </code></example>
public sealed class Adamax : Optimizer
{
    // The group's keys in PyTorch's state dict, in its order; 2.x adds differentiable and capturable.
    private static readonly string[] OptionNames = LibTorch.IsAtLeast(2)
        ? ["lr", "betas", "eps", "weight_decay", "foreach", "maximize", "differentiable", "capturable"]
        : ["lr", "betas", "eps", "weight_decay", "foreach", "maximize"];

    /// <summary>Creates the optimizer; the checks and messages are PyTorch's.</summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public Adamax(IEnumerable<Tensor> parameters, double lr = 2e-3, (double Beta1, double Beta2)? betas = null, double eps = 1e-8,
        double weightDecay = 0, bool? useForeach = null, bool maximize = false, bool differentiable = false)
        : this(OptimizerChecks.OneGroup(parameters), lr, betas, eps, weightDecay, useForeach, maximize, differentiable)
    {
    }

    /// <summary>Creates the optimizer over parameter groups; options a group leaves unset take these values.</summary>
    public Adamax(IEnumerable<ParamGroup> paramGroups, double lr = 2e-3, (double Beta1, double Beta2)? betas = null, double eps = 1e-8,
        double weightDecay = 0, bool? useForeach = null, bool maximize = false, bool differentiable = false)
        : base(paramGroups, Defaults(lr, betas ?? (0.9, 0.999), eps, weightDecay, useForeach, maximize, differentiable), OptionNames)
    {
    }

    /// <inheritdoc/>
    public override void Step()
    {
        RecordStep();
        using var mode = OptimizerChecks.StepMode(DefaultOptions);
        foreach (var g in ParamGroups)
        {
            double lr = g.Lr.GetValueOrDefault(), eps = g.Eps.GetValueOrDefault(), weightDecay = g.WeightDecay.GetValueOrDefault();
            var (beta1, beta2) = g.Betas.GetValueOrDefault();
            bool maximize = g.Maximize.GetValueOrDefault();
            foreach (var param in g.Params)
            {
                var grad = param.Grad;
                if (grad is null) continue;
                OptimizerChecks.RejectSparse(grad, "Adamax");
                var state = StateOf(param);
                if (state.Count == 0)
                {
                    state["step"] = OptimizerChecks.NewStep(intIn113: false);
                    state["exp_avg"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                    state["exp_inf"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                }
                var expAvg = (Tensor)state["exp_avg"]!;
                var expInf = (Tensor)state["exp_inf"]!;
                if (maximize) grad = grad.Neg();
                double step = OptimizerChecks.Increment(state);
                if (weightDecay != 0) grad = grad.Add(param, weightDecay);

                // 2.x interpolates where 1.13 scales and adds: the roundings differ.
                if (LibTorch.IsAtLeast(2)) expAvg.Lerp_(grad, 1 - beta1);
                else expAvg.Mul_(beta1).Add_(grad, 1 - beta1);
                // The larger of the decayed norm and |grad| + eps (1.13 stacks the two and takes amax: the same values).
                expInf.Mul_(beta2);
                using (var bound = grad.Abs().Add_(eps)) Torch.Maximum(expInf, bound, expInf);

                double clr = lr / (1 - Math.Pow(beta1, step));
                param.Addcdiv_(expAvg, expInf, -clr);
            }
        }
    }

    private static ParamGroup Defaults(double lr, (double Beta1, double Beta2) betas, double eps, double weightDecay, bool? useForeach,
        bool maximize, bool differentiable)
    {
        OptimizerChecks.Lr(lr);
        OptimizerChecks.Eps(eps);
        OptimizerChecks.Betas(betas);
        OptimizerChecks.WeightDecay(weightDecay);
        var defaults = new ParamGroup([]) { Lr = lr, Betas = betas, Eps = eps, WeightDecay = weightDecay, Maximize = maximize };
        defaults.SetOther("foreach", useForeach);
        if (LibTorch.IsAtLeast(2))
        {
            defaults.SetOther("differentiable", differentiable);
            defaults.SetOther("capturable", false);
        }
        return defaults;
    }
}
