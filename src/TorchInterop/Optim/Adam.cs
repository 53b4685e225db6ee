namespace TorchInterop.Optim;

/// <summary>
/// Adam, as <c>torch.optim.Adam</c> in the PyTorch this runs on (1.13 or 2.x; its single-tensor algorithm, op for
/// op): L2 weight decay, AMSGrad, maximization.
/// </summary>
/// <example><code>
/// var optimizer = new Adam([w, b], lr: 1e-3);
/// loss.Backward();
/// optimizer.Step();
/// </code></example>
public sealed class Adam : Optimizer
{
    /// <summary>Creates the optimizer; the checks and messages are PyTorch's.</summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public Adam(IEnumerable<Tensor> parameters, double lr = 1e-3, (double Beta1, double Beta2)? betas = null,
        double eps = 1e-8, double weightDecay = 0, bool amsgrad = false, bool maximize = false)
        : this([new ParamGroup(parameters ?? throw new ArgumentNullException(nameof(parameters)))],
            lr, betas, eps, weightDecay, amsgrad, maximize)
    {
    }

    /// <summary>Creates the optimizer over parameter groups; options a group leaves unset take these values.</summary>
    public Adam(IEnumerable<ParamGroup> paramGroups, double lr = 1e-3, (double Beta1, double Beta2)? betas = null,
        double eps = 1e-8, double weightDecay = 0, bool amsgrad = false, bool maximize = false)
        : base(paramGroups, AdamUpdate.Defaults(lr, betas ?? (0.9, 0.999), eps, weightDecay, amsgrad, maximize, decoupledWeightDecay: false),
            AdamUpdate.AdamOptionNames)
    {
    }

    /// <inheritdoc/>
    public override void Step()
    {
        RecordStep();
        AdamUpdate.Step(ParamGroups, StateOf, adamW: false);
    }
}
