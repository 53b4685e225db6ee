namespace TorchInterop.Optim;

/// <summary>
/// AdamW (Adam with decoupled weight decay), as <c>torch.optim.AdamW</c> in the PyTorch this runs on (1.13 or 2.x;
/// its single-tensor algorithm, op for op).
/// </summary>
/// <example><code>
/// var optimizer = new AdamW([w, b], lr: 1e-3, weightDecay: 0.01);
/// </code></example>
public sealed class AdamW : Optimizer
{
    /// <summary>Creates the optimizer; the checks and messages are PyTorch's.</summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public AdamW(IEnumerable<Tensor> parameters, double lr = 1e-3, (double Beta1, double Beta2)? betas = null,
        double eps = 1e-8, double weightDecay = 1e-2, bool amsgrad = false, bool maximize = false)
        : this([new ParamGroup(parameters ?? throw new ArgumentNullException(nameof(parameters)))],
            lr, betas, eps, weightDecay, amsgrad, maximize)
    {
    }

    /// <summary>Creates the optimizer over parameter groups; options a group leaves unset take these values.</summary>
    public AdamW(IEnumerable<ParamGroup> paramGroups, double lr = 1e-3, (double Beta1, double Beta2)? betas = null,
        double eps = 1e-8, double weightDecay = 1e-2, bool amsgrad = false, bool maximize = false)
        : base(paramGroups, AdamUpdate.Defaults(lr, betas ?? (0.9, 0.999), eps, weightDecay, amsgrad, maximize, decoupledWeightDecay: true),
            AdamUpdate.AdamWOptionNames)
    {
    }

    /// <inheritdoc/>
    public override void Step()
    {
        RecordStep();
        AdamUpdate.Step(ParamGroups, StateOf, adamW: true);
    }
}
