namespace TorchInterop.Optim;

/// <summary>
/// Adadelta, as <c>torch.optim.Adadelta</c> in the PyTorch this runs on (1.13 or 2.x; its single-tensor algorithm,
/// op for op): running averages of squared gradients and of squared updates, weight decay, maximization.
/// </summary>
/// <example><code>
/// var optimizer = new Adadelta([w, b], lr: 1.0, rho: 0.9);
/// </code></example>
public sealed class Adadelta : Optimizer
{
    // The group's keys in PyTorch's state dict, in its order; 2.x adds capturable and differentiable.
    private static readonly string[] OptionNames = LibTorch.IsAtLeast(2)
        ? ["lr", "rho", "eps", "weight_decay", "maximize", "capturable", "foreach", "differentiable"]
        : ["lr", "rho", "eps", "weight_decay", "maximize", "foreach"];

    /// <summary>
    /// Creates the optimizer; the checks and messages are PyTorch's. <paramref name="useForeach"/> is recorded (this port
    /// always runs the single-tensor algorithm, which gives the same values); <paramref name="differentiable"/> (2.x)
    /// runs the step with autograd on.
    /// </summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public Adadelta(IEnumerable<Tensor> parameters, double lr = 1.0, double rho = 0.9, double eps = 1e-6, double weightDecay = 0,
        bool? useForeach = null, bool maximize = false, bool differentiable = false)
        : this(OptimizerChecks.OneGroup(parameters), lr, rho, eps, weightDecay, useForeach, maximize, differentiable)
    {
    }

    /// <summary>Creates the optimizer over parameter groups; options a group leaves unset take these values.</summary>
    public Adadelta(IEnumerable<ParamGroup> paramGroups, double lr = 1.0, double rho = 0.9, double eps = 1e-6, double weightDecay = 0,
        bool? useForeach = null, bool maximize = false, bool differentiable = false)
        : base(paramGroups, Defaults(lr, rho, eps, weightDecay, useForeach, maximize, differentiable), OptionNames)
    {
    }

    /// <inheritdoc/>
    public override void Step()
    {
        RecordStep();
        using var mode = OptimizerChecks.StepMode(DefaultOptions);
        foreach (var g in ParamGroups)
        {
            double lr = g.Lr.GetValueOrDefault(), rho = g.OtherNumber("rho"), eps = g.Eps.GetValueOrDefault();
            double weightDecay = g.WeightDecay.GetValueOrDefault();
            bool maximize = g.Maximize.GetValueOrDefault();
            foreach (var param in g.Params)
            {
                var grad = param.Grad;
                if (grad is null) continue;
                OptimizerChecks.RejectSparse(grad, "Adadelta");
                var state = StateOf(param);
                if (state.Count == 0)
                {
                    state["step"] = OptimizerChecks.NewStep(intIn113: true);
                    state["square_avg"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                    state["acc_delta"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                }
                OptimizerChecks.Increment(state);
                var squareAvg = (Tensor)state["square_avg"]!;
                var accDelta = (Tensor)state["acc_delta"]!;

                if (maximize) grad = grad.Neg();
                if (weightDecay != 0) grad = grad.Add(param, weightDecay);
                squareAvg.Mul_(rho).Addcmul_(grad, grad, 1 - rho);
                using var std = squareAvg.Add(eps).Sqrt_();
                using var delta = accDelta.Add(eps).Sqrt_();
                delta.Div_(std).Mul_(grad);
                accDelta.Mul_(rho).Addcmul_(delta, delta, 1 - rho);
                param.Add_(delta, -lr);
            }
        }
    }

    private static ParamGroup Defaults(double lr, double rho, double eps, double weightDecay, bool? useForeach, bool maximize, bool differentiable)
    {
        OptimizerChecks.Lr(lr);
        if (!(rho >= 0 && rho <= 1)) throw PythonFloat.ValueError($"Invalid rho value: {PythonFloat.Format(rho)}");
        OptimizerChecks.Eps(eps);
        OptimizerChecks.WeightDecay(weightDecay);
        var defaults = new ParamGroup([]) { Lr = lr, Eps = eps, WeightDecay = weightDecay, Maximize = maximize };
        defaults.SetOther("rho", rho);
        defaults.SetOther("foreach", useForeach);
        if (LibTorch.IsAtLeast(2))
        {
            defaults.SetOther("capturable", false);
            defaults.SetOther("differentiable", differentiable);
        }
        return defaults;
    }
}
