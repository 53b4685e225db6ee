namespace TorchInterop.Optim;

/// <summary>
/// Stochastic gradient descent with momentum, as <c>torch.optim.SGD</c> in the PyTorch this runs on (1.13 or 2.x; its
/// single-tensor algorithm, step for step): weight decay, momentum with dampening, Nesterov momentum, maximization.
/// </summary>
/// <example><code>
/// var optimizer = new SGD([w, b], lr: 0.01, momentum: 0.9);
/// loss.Backward();
/// optimizer.Step();
/// optimizer.ZeroGrad();
/// </code></example>
public sealed class SGD : Optimizer
{
    // The group's keys in PyTorch's state dict, in its order; 2.x adds fused.
    private static readonly string[] OptionNames = LibTorch.IsAtLeast(2)
        ? ["lr", "momentum", "dampening", "weight_decay", "nesterov", "maximize", "foreach", "differentiable", "fused"]
        : ["lr", "momentum", "dampening", "weight_decay", "nesterov", "maximize", "foreach", "differentiable"];

    /// <summary>
    /// Creates the optimizer; the checks and messages are PyTorch's. Left null, <paramref name="lr"/> is 2.x's
    /// default (1e-3); PyTorch 1.13 has none, so there every group must set its own.
    /// </summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public SGD(IEnumerable<Tensor> parameters, double? lr = null, double momentum = 0, double dampening = 0,
        double weightDecay = 0, bool nesterov = false, bool maximize = false)
        : this([new ParamGroup(parameters ?? throw new ArgumentNullException(nameof(parameters)))],
            lr, momentum, dampening, weightDecay, nesterov, maximize)
    {
    }

    /// <summary>Creates the optimizer over parameter groups; options a group leaves unset take these values.</summary>
    public SGD(IEnumerable<ParamGroup> paramGroups, double? lr = null, double momentum = 0, double dampening = 0,
        double weightDecay = 0, bool nesterov = false, bool maximize = false)
        : base(paramGroups, Defaults(lr, momentum, dampening, weightDecay, nesterov, maximize), OptionNames)
    {
    }

    /// <summary>The momentum factor (of the first group).</summary>
    public double Momentum => ParamGroups[0].Momentum.GetValueOrDefault();

    /// <summary>Dampening of the momentum (of the first group).</summary>
    public double Dampening => ParamGroups[0].Dampening.GetValueOrDefault();

    /// <summary>L2 penalty (of the first group).</summary>
    public double WeightDecay => ParamGroups[0].WeightDecay.GetValueOrDefault();

    /// <summary>Whether Nesterov momentum is used (by the first group).</summary>
    public bool Nesterov => ParamGroups[0].Nesterov.GetValueOrDefault();

    /// <summary>Whether the objective is maximized (by the first group).</summary>
    public bool Maximize => ParamGroups[0].Maximize.GetValueOrDefault();

    /// <summary>The parameters being optimized, across the groups.</summary>
    public IReadOnlyList<Tensor> Parameters => ParamGroups.SelectMany(g => g.Params).ToArray();

    /// <inheritdoc/>
    public override void Step()
    {
        RecordStep();
        using var noGrad = Autograd.NoGrad();
        foreach (var g in ParamGroups)
        {
            double lr = g.Lr.GetValueOrDefault(), momentum = g.Momentum.GetValueOrDefault();
            double dampening = g.Dampening.GetValueOrDefault(), weightDecay = g.WeightDecay.GetValueOrDefault();
            bool nesterov = g.Nesterov.GetValueOrDefault(), maximize = g.Maximize.GetValueOrDefault();
            foreach (var p in g.Params)
            {
                var grad = p.Grad;
                if (grad is null) continue;
                Tensor dp = maximize ? grad.Neg() : grad;
                if (weightDecay != 0) dp = dp.Add(p, weightDecay);
                if (momentum != 0)
                {
                    var state = StateOf(p);
                    if (state.GetValueOrDefault("momentum_buffer") is not Tensor buffer)
                    {
                        using var copy = dp.Clone();
                        buffer = copy.Detach();
                    }
                    else
                    {
                        buffer.Mul_(momentum).Add_(dp, 1 - dampening);
                    }
                    state["momentum_buffer"] = buffer;
                    dp = nesterov ? dp.Add(buffer, momentum) : buffer;
                }
                else if (!LibTorch.IsAtLeast(2))
                {
                    // 1.13 records the missing buffer; 2.x leaves the state of a parameter without momentum empty.
                    StateOf(p)["momentum_buffer"] = null;
                }
                p.Add_(dp, -lr);
            }
        }
    }

    private static ParamGroup Defaults(double? lr, double momentum, double dampening, double weightDecay, bool nesterov, bool maximize)
    {
        lr ??= LibTorch.IsAtLeast(2) ? 1e-3 : null;
        if (lr is { } rate && rate < 0) throw PythonFloat.ValueError($"Invalid learning rate: {PythonFloat.Format(rate)}");
        if (momentum < 0) throw PythonFloat.ValueError($"Invalid momentum value: {PythonFloat.Format(momentum)}");
        if (weightDecay < 0) throw PythonFloat.ValueError($"Invalid weight_decay value: {PythonFloat.Format(weightDecay)}");
        if (nesterov && (momentum <= 0 || dampening != 0))
            throw new TorchException("Nesterov momentum requires a momentum and zero dampening", TorchErrorKind.ValueError);
        return new ParamGroup([])
        {
            Lr = lr, Momentum = momentum, Dampening = dampening, WeightDecay = weightDecay, Nesterov = nesterov, Maximize = maximize,
        };
    }
}
