namespace TorchInterop.Optim;

/// <summary>
/// Averaged stochastic gradient descent, as <c>torch.optim.ASGD</c> in the PyTorch this runs on (1.13 or 2.x; its
/// single-tensor algorithm, op for op): a decaying step size <c>eta</c>, the running average <c>ax</c> of the
/// parameters from step <c>t0</c> on, weight decay, maximization.
/// </summary>
/// <example><code>
/// var optimizer = new ASGD([w, b], lr: 0.01, t0: 100);
/// </code></example>
public sealed class ASGD : Optimizer
{
    // The group's keys in PyTorch's state dict, in its order; 2.x adds differentiable and capturable.
    private static readonly string[] OptionNames = LibTorch.IsAtLeast(2)
        ? ["lr", "lambd", "alpha", "t0", "weight_decay", "foreach", "maximize", "differentiable", "capturable"]
        : ["lr", "lambd", "alpha", "t0", "weight_decay", "foreach", "maximize"];

    /// <summary>Creates the optimizer; the checks and messages are PyTorch's.</summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public ASGD(IEnumerable<Tensor> parameters, double lr = 1e-2, double lambd = 1e-4, double alpha = 0.75, double t0 = 1e6,
        double weightDecay = 0, bool? useForeach = null, bool maximize = false, bool differentiable = false)
        : this(OptimizerChecks.OneGroup(parameters), lr, lambd, alpha, t0, weightDecay, useForeach, maximize, differentiable)
    {
    }

    /// <summary>Creates the optimizer over parameter groups; options a group leaves unset take these values.</summary>
    public ASGD(IEnumerable<ParamGroup> paramGroups, double lr = 1e-2, double lambd = 1e-4, double alpha = 0.75, double t0 = 1e6,
        double weightDecay = 0, bool? useForeach = null, bool maximize = false, bool differentiable = false)
        : base(paramGroups, Defaults(lr, lambd, alpha, t0, weightDecay, useForeach, maximize, differentiable), OptionNames)
    {
    }

    /// <inheritdoc/>
    public override void Step()
    {
        RecordStep();
        using var mode = OptimizerChecks.StepMode(DefaultOptions);
        foreach (var g in ParamGroups)
        {
            double lr = g.Lr.GetValueOrDefault(), lambd = g.OtherNumber("lambd"), alpha = g.Alpha.GetValueOrDefault();
            double t0 = g.OtherNumber("t0"), weightDecay = g.WeightDecay.GetValueOrDefault();
            bool maximize = g.Maximize.GetValueOrDefault();
            foreach (var param in g.Params)
            {
                var grad = param.Grad;
                if (grad is null) continue;
                OptimizerChecks.RejectSparse(grad, "ASGD");
                var state = StateOf(param);
                if (state.Count == 0)
                {
                    state["step"] = Torch.Tensor(0.0, DType.Float32);
                    state["eta"] = Torch.Tensor(lr, DType.Float32);
                    state["mu"] = Torch.Tensor(1.0, DType.Float32);
                    state["ax"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                }
                var mu = (Tensor)state["mu"]!;
                var ax = (Tensor)state["ax"]!;
                var eta = (Tensor)state["eta"]!;
                if (maximize) grad = grad.Neg();
                double step = OptimizerChecks.Increment(state);
                if (weightDecay != 0) grad = grad.Add(param, weightDecay);

                double etaValue = eta.Item<float>();
                param.Mul_(1 - lambd * etaValue);
                param.Add_(grad, -etaValue);
                if (mu.Item<float>() != 1)
                {
                    using var diff = param.Sub(ax);
                    using var scaled = diff.Mul(mu);
                    ax.Add_(scaled);
                }
                else
                {
                    ax.Copy_(param);
                }
                using (var newEta = Torch.Tensor(lr / Math.Pow(1 + lambd * lr * step, alpha), DType.Float32)) eta.Copy_(newEta);
                using (var newMu = Torch.Tensor(1 / Math.Max(1, step - t0), DType.Float32)) mu.Copy_(newMu);
            }
        }
    }

    private static ParamGroup Defaults(double lr, double lambd, double alpha, double t0, double weightDecay, bool? useForeach,
        bool maximize, bool differentiable)
    {
        OptimizerChecks.Lr(lr);
        OptimizerChecks.WeightDecay(weightDecay);
        var defaults = new ParamGroup([]) { Lr = lr, Alpha = alpha, WeightDecay = weightDecay, Maximize = maximize };
        defaults.SetOther("lambd", lambd);
        defaults.SetOther("t0", t0);
        defaults.SetOther("foreach", useForeach);
        if (LibTorch.IsAtLeast(2))
        {
            defaults.SetOther("differentiable", differentiable);
            defaults.SetOther("capturable", false);
        }
        return defaults;
    }
}
