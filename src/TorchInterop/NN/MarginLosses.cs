namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.HingeEmbeddingLoss(margin=1.0, reduction='mean')</c>.</summary>
public sealed class HingeEmbeddingLoss(double margin = 1.0, string reduction = "mean") : Loss(reduction)
{
    /// <summary>The margin for targets of -1.</summary>
    public double Margin { get; } = margin;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) => Functional.HingeEmbeddingLoss(input, target, Margin, reduction: Reduction);
}

/// <summary>Python's <c>torch.nn.MultiLabelMarginLoss(reduction='mean')</c>.</summary>
public sealed class MultiLabelMarginLoss(string reduction = "mean") : Loss(reduction)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) => Functional.MultilabelMarginLoss(input, target, reduction: Reduction);
}

/// <summary>Python's <c>torch.nn.SoftMarginLoss(reduction='mean')</c>.</summary>
public sealed class SoftMarginLoss(string reduction = "mean") : Loss(reduction)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) => Functional.SoftMarginLoss(input, target, reduction: Reduction);
}

/// <summary>Python's <c>torch.nn.MultiLabelSoftMarginLoss(weight=None, reduction='mean')</c>; the weight is the buffer <c>weight</c>.</summary>
public sealed class MultiLabelSoftMarginLoss : Loss
{
    /// <summary>A multi-label logistic loss, with optional per-class weights.</summary>
    public MultiLabelSoftMarginLoss(Tensor? weight = null, string reduction = "mean") : base(reduction) => RegisterBuffer("weight", weight);

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) =>
        Functional.MultilabelSoftMarginLoss(input, target, GetBuffer("weight"), reduction: Reduction);
}

/// <summary>
/// Python's <c>torch.nn.MultiMarginLoss(p=1, margin=1.0, weight=None, reduction='mean')</c>; p is 1 or 2 (ValueError)
/// and the weight, the buffer <c>weight</c>, one-dimensional (AssertionError).
/// </summary>
public sealed class MultiMarginLoss : Loss
{
    /// <summary>A multi-class hinge loss.</summary>
    public MultiMarginLoss(long p = 1, double margin = 1.0, Tensor? weight = null, string reduction = "mean") : base(reduction)
    {
        RegisterBuffer("weight", weight);
        if (p != 1 && p != 2) throw new TorchException("only p == 1 and p == 2 supported", TorchErrorKind.ValueError);
        if (weight is not null && weight.Dim != 1) throw new TorchException("", TorchErrorKind.AssertionError);
        P = p;
        Margin = margin;
    }

    /// <summary>The hinge's exponent.</summary>
    public long P { get; }

    /// <summary>The margin.</summary>
    public double Margin { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) =>
        Functional.MultiMarginLoss(input, target, P, Margin, GetBuffer("weight"), reduction: Reduction);
}

/// <summary>Python's <c>torch.nn.PoissonNLLLoss(log_input=True, full=False, eps=1e-08, reduction='mean')</c>.</summary>
public sealed class PoissonNLLLoss(bool logInput = true, bool full = false, double eps = 1e-8, string reduction = "mean") : Loss(reduction)
{
    /// <summary>Whether the input is the log of the rate.</summary>
    public bool LogInput { get; } = logInput;

    /// <summary>Whether Stirling's approximation term is added.</summary>
    public bool Full { get; } = full;

    /// <summary>Keeps the log away from zero when the input is a rate.</summary>
    public double Eps { get; } = eps;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) =>
        Functional.PoissonNllLoss(input, target, LogInput, Full, eps: Eps, reduction: Reduction);
}

/// <summary>
/// A loss of three tensors (Python's <c>loss_fn(a, b, c)</c>): <see cref="CosineEmbeddingLoss"/>,
/// <see cref="MarginRankingLoss"/>, the triplet losses.
/// </summary>
public abstract class TripleInputLoss(string reduction) : Module
{
    /// <summary><c>"none"</c>, <c>"mean"</c> or <c>"sum"</c>.</summary>
    public string Reduction { get; } = reduction;

    /// <summary>The loss.</summary>
    public abstract Tensor Forward(Tensor input1, Tensor input2, Tensor input3);

    /// <summary>Python's <c>loss_fn(input1, input2, input3)</c>.</summary>
    public Tensor Call(Tensor input1, Tensor input2, Tensor input3) => Forward(input1, input2, input3);
}

/// <summary>Python's <c>torch.nn.CosineEmbeddingLoss(margin=0.0, reduction='mean')</c>: called with input1, input2, target.</summary>
public sealed class CosineEmbeddingLoss(double margin = 0.0, string reduction = "mean") : TripleInputLoss(reduction)
{
    /// <summary>The margin for targets of -1.</summary>
    public double Margin { get; } = margin;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input1, Tensor input2, Tensor input3) =>
        Functional.CosineEmbeddingLoss(input1, input2, input3, Margin, reduction: Reduction);
}

/// <summary>Python's <c>torch.nn.MarginRankingLoss(margin=0.0, reduction='mean')</c>: called with input1, input2, target.</summary>
public sealed class MarginRankingLoss(double margin = 0.0, string reduction = "mean") : TripleInputLoss(reduction)
{
    /// <summary>The margin.</summary>
    public double Margin { get; } = margin;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input1, Tensor input2, Tensor input3) =>
        Functional.MarginRankingLoss(input1, input2, input3, Margin, reduction: Reduction);
}

/// <summary>Python's <c>torch.nn.TripletMarginLoss(margin=1.0, p=2.0, eps=1e-06, swap=False, reduction='mean')</c>: called with anchor, positive, negative.</summary>
public sealed class TripletMarginLoss(double margin = 1.0, double p = 2.0, double eps = 1e-6, bool swap = false, string reduction = "mean")
    : TripleInputLoss(reduction)
{
    /// <summary>The margin.</summary>
    public double Margin { get; } = margin;

    /// <summary>The norm's degree.</summary>
    public double P { get; } = p;

    /// <summary>Added to the differences for numerical stability.</summary>
    public double Eps { get; } = eps;

    /// <summary>Whether the positive-negative distance may replace the anchor-negative one.</summary>
    public bool Swap { get; } = swap;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input1, Tensor input2, Tensor input3) =>
        Functional.TripletMarginLoss(input1, input2, input3, Margin, P, Eps, Swap, reduction: Reduction);
}

/// <summary>
/// Python's <c>torch.nn.TripletMarginWithDistanceLoss(*, distance_function=None, margin=1.0, swap=False, reduction='mean')</c>:
/// without a distance function, a <see cref="PairwiseDistance"/> module; a module's distance (its <c>Call</c>) is the child <c>distance_function</c>, as in PyTorch.
/// </summary>
public sealed class TripletMarginWithDistanceLoss : TripleInputLoss
{
    /// <summary>A triplet loss under <paramref name="distanceFunction"/>.</summary>
    public TripletMarginWithDistanceLoss(Func<Tensor, Tensor, Tensor>? distanceFunction = null, double margin = 1.0, bool swap = false,
        string reduction = "mean") : base(reduction)
    {
        // As in Python, a module as distance (the default PairwiseDistance included) becomes the child distance_function.
        if (distanceFunction is null) distanceFunction = RegisterModule("distance_function", new PairwiseDistance())!.Call;
        else if (distanceFunction.Target is Module module) RegisterModule("distance_function", module);
        DistanceFunction = distanceFunction;
        Margin = margin;
        Swap = swap;
    }

    /// <summary>The distance between two batches of embeddings.</summary>
    public Func<Tensor, Tensor, Tensor> DistanceFunction { get; }

    /// <summary>The margin.</summary>
    public double Margin { get; }

    /// <summary>Whether the positive-negative distance may replace the anchor-negative one.</summary>
    public bool Swap { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input1, Tensor input2, Tensor input3) =>
        Functional.TripletMarginWithDistanceLoss(input1, input2, input3, DistanceFunction, Margin, Swap, Reduction);
}

/// <summary>
/// Python's <c>torch.nn.CTCLoss(blank=0, reduction='mean', zero_infinity=False)</c>: called with log_probs, targets,
/// input_lengths, target_lengths.
/// </summary>
public sealed class CTCLoss(long blank = 0, string reduction = "mean", bool zeroInfinity = false) : Module
{
    /// <summary>The blank label.</summary>
    public long Blank { get; } = blank;

    /// <summary><c>"none"</c>, <c>"mean"</c> or <c>"sum"</c>.</summary>
    public string Reduction { get; } = reduction;

    /// <summary>Whether infinite losses (impossible alignments) and their gradients become zero.</summary>
    public bool ZeroInfinity { get; } = zeroInfinity;

    /// <summary>The connectionist temporal classification loss, lengths as tensors.</summary>
    public Tensor Forward(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths) =>
        Functional.CtcLoss(logProbs, targets, inputLengths, targetLengths, Blank, Reduction, ZeroInfinity);

    /// <summary>The loss with the lengths as arrays (Python's lists or tuples).</summary>
    public Tensor Forward(Tensor logProbs, Tensor targets, long[] inputLengths, long[] targetLengths) =>
        Functional.CtcLoss(logProbs, targets, inputLengths, targetLengths, Blank, Reduction, ZeroInfinity);
}
