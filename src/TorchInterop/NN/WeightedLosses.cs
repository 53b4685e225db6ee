namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.CrossEntropyLoss(weight=None, ignore_index=-100, reduction='mean', label_smoothing=0.0)</c>.</summary>
public sealed class CrossEntropyLoss : Loss
{
    /// <summary>A cross-entropy loss; <paramref name="weight"/> (one per class) becomes the buffer <c>weight</c>.</summary>
    public CrossEntropyLoss(Tensor? weight = null, long ignoreIndex = -100, string reduction = "mean", double labelSmoothing = 0.0)
        : base(reduction)
    {
        RegisterBuffer("weight", weight);
        IgnoreIndex = ignoreIndex;
        LabelSmoothing = labelSmoothing;
    }

    /// <summary>The target value that contributes nothing.</summary>
    public long IgnoreIndex { get; }

    /// <summary>How much probability mass moves evenly to all classes.</summary>
    public double LabelSmoothing { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) =>
        Functional.CrossEntropy(input, target, GetBuffer("weight"), IgnoreIndex, Reduction, LabelSmoothing);
}

/// <summary>Python's <c>torch.nn.NLLLoss(weight=None, ignore_index=-100, reduction='mean')</c>.</summary>
public class NLLLoss : Loss
{
    /// <summary>A negative log-likelihood loss; <paramref name="weight"/> becomes the buffer <c>weight</c>.</summary>
    public NLLLoss(Tensor? weight = null, long ignoreIndex = -100, string reduction = "mean") : base(reduction)
    {
        RegisterBuffer("weight", weight);
        IgnoreIndex = ignoreIndex;
    }

    /// <summary>The target value that contributes nothing.</summary>
    public long IgnoreIndex { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) => Functional.NllLoss(input, target, GetBuffer("weight"), IgnoreIndex, Reduction);
}

/// <summary>Python's <c>torch.nn.BCELoss(weight=None, reduction='mean')</c>.</summary>
public sealed class BCELoss : Loss
{
    /// <summary>A binary cross-entropy loss on probabilities; <paramref name="weight"/> becomes the buffer <c>weight</c>.</summary>
    public BCELoss(Tensor? weight = null, string reduction = "mean") : base(reduction) => RegisterBuffer("weight", weight);

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) => Functional.BinaryCrossEntropy(input, target, GetBuffer("weight"), Reduction);
}

/// <summary>Python's <c>torch.nn.BCEWithLogitsLoss(weight=None, reduction='mean', pos_weight=None)</c>.</summary>
public sealed class BCEWithLogitsLoss : Loss
{
    /// <summary>A binary cross-entropy loss on logits; the weights become the buffers <c>weight</c> and <c>pos_weight</c>.</summary>
    public BCEWithLogitsLoss(Tensor? weight = null, string reduction = "mean", Tensor? posWeight = null) : base(reduction)
    {
        RegisterBuffer("weight", weight);
        RegisterBuffer("pos_weight", posWeight);
    }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) =>
        Functional.BinaryCrossEntropyWithLogits(input, target, GetBuffer("weight"), Reduction, GetBuffer("pos_weight"));
}

/// <summary>
/// Python's <c>torch.nn.GaussianNLLLoss(*, full=False, eps=1e-06, reduction='mean')</c>: called with the predicted
/// mean, the target and the predicted variance.
/// </summary>
public sealed class GaussianNLLLoss(bool full = false, double eps = 1e-6, string reduction = "mean") : Module
{
    /// <summary>Whether the constant term 0.5·log(2π) is included.</summary>
    public bool Full { get; } = full;

    /// <summary>The smallest variance used (variances are clamped to it, without gradient).</summary>
    public double Eps { get; } = eps;

    /// <summary><c>"none"</c>, <c>"mean"</c> or <c>"sum"</c>.</summary>
    public string Reduction { get; } = reduction;

    /// <summary>The loss of <paramref name="target"/> under N(<paramref name="input"/>, <paramref name="var"/>).</summary>
    public Tensor Forward(Tensor input, Tensor target, Tensor var) => Functional.GaussianNllLoss(input, target, var, Full, Eps, Reduction);

    /// <summary>Python's <c>loss_fn(input, target, var)</c>.</summary>
    public Tensor Call(Tensor input, Tensor target, Tensor var) => Forward(input, target, var);
}
