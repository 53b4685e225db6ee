namespace TorchInterop.NN;

/// <summary>
/// The base of the loss modules (Python's <c>_Loss</c>): a reduction, and <c>Forward(input, target)</c>. Class
/// weights are buffers, as in PyTorch, so they travel with <see cref="Module.StateDict"/>.
/// </summary>
public abstract class Loss(string reduction) : Module
{
    /// <summary><c>"none"</c>, <c>"mean"</c> or <c>"sum"</c> (checked when the loss is computed, as PyTorch does).</summary>
    public string Reduction { get; } = reduction;

    /// <summary>The loss of <paramref name="input"/> against <paramref name="target"/>.</summary>
    public abstract Tensor Forward(Tensor input, Tensor target);

    /// <summary>Python's <c>loss_fn(input, target)</c>.</summary>
    public Tensor Call(Tensor input, Tensor target) => Forward(input, target);
}

/// <summary>Python's <c>torch.nn.MSELoss(reduction='mean')</c>.</summary>
public sealed class MSELoss(string reduction = "mean") : Loss(reduction)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) => Functional.MseLoss(input, target, Reduction);
}

/// <summary>Python's <c>torch.nn.L1Loss(reduction='mean')</c>.</summary>
public sealed class L1Loss(string reduction = "mean") : Loss(reduction)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) => Functional.L1Loss(input, target, Reduction);
}

/// <summary>Python's <c>torch.nn.SmoothL1Loss(reduction='mean', beta=1.0)</c>.</summary>
public sealed class SmoothL1Loss(string reduction = "mean", double beta = 1.0) : Loss(reduction)
{
    /// <summary>Where the loss changes from quadratic to linear.</summary>
    public double Beta { get; } = beta;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) => Functional.SmoothL1Loss(input, target, Reduction, Beta);
}

/// <summary>Python's <c>torch.nn.HuberLoss(reduction='mean', delta=1.0)</c>.</summary>
public sealed class HuberLoss(string reduction = "mean", double delta = 1.0) : Loss(reduction)
{
    /// <summary>Where the loss changes from quadratic to linear.</summary>
    public double Delta { get; } = delta;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) => Functional.HuberLoss(input, target, Reduction, Delta);
}

/// <summary>Python's <c>torch.nn.KLDivLoss(reduction='mean', log_target=False)</c>.</summary>
public sealed class KLDivLoss(string reduction = "mean", bool logTarget = false) : Loss(reduction)
{
    /// <summary>Whether the target is given as log-probabilities.</summary>
    public bool LogTarget { get; } = logTarget;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) => Functional.KlDiv(input, target, Reduction, LogTarget);
}
