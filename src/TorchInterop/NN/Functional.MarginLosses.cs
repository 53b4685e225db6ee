namespace TorchInterop.NN;

public static partial class Functional
{
    /// <summary>
    /// <c>F.margin_ranking_loss(input1, input2, target, margin=0, size_average=None, reduce=None, reduction='mean')</c>:
    /// <c>max(0, -target · (input1 - input2) + margin)</c>; the three must have as many dimensions (PyTorch's RuntimeError).
    /// </summary>
    public static Tensor MarginRankingLoss(Tensor input1, Tensor input2, Tensor target, double margin = 0, bool? sizeAverage = null,
        bool? reduce = null, string reduction = "mean")
    {
        NotNull(input1, input2);
        ArgumentNullException.ThrowIfNull(target);
        long reductionEnum = ReductionEnum(sizeAverage, reduce, reduction);
        if (input1.Dim != input2.Dim || input1.Dim != target.Dim)
            throw new TorchException(
                "margin_ranking_loss : All input tensors should have same dimension but got sizes: " +
                $"input1: {SizeText(input1.Shape)}, input2: {SizeText(input2.Shape)}, target: {SizeText(target.Shape)} ");
        return Torch.MarginRankingLoss(input1, input2, target, margin, reductionEnum);
    }

    /// <summary><c>F.hinge_embedding_loss(input, target, margin=1.0, size_average=None, reduce=None, reduction='mean')</c>; targets are 1 or -1.</summary>
    public static Tensor HingeEmbeddingLoss(Tensor input, Tensor target, double margin = 1.0, bool? sizeAverage = null, bool? reduce = null,
        string reduction = "mean")
    {
        NotNull(input, target);
        return Torch.HingeEmbeddingLoss(input, target, margin, ReductionEnum(sizeAverage, reduce, reduction));
    }

    /// <summary><c>F.multilabel_margin_loss(input, target, size_average=None, reduce=None, reduction='mean')</c>; target holds class indices, ended by -1.</summary>
    public static Tensor MultilabelMarginLoss(Tensor input, Tensor target, bool? sizeAverage = null, bool? reduce = null, string reduction = "mean")
    {
        NotNull(input, target);
        return Torch.MultilabelMarginLoss(input, target, ReductionEnum(sizeAverage, reduce, reduction));
    }

    /// <summary><c>F.soft_margin_loss(input, target, size_average=None, reduce=None, reduction='mean')</c>: <c>log(1 + exp(-target · input))</c>.</summary>
    public static Tensor SoftMarginLoss(Tensor input, Tensor target, bool? sizeAverage = null, bool? reduce = null, string reduction = "mean")
    {
        NotNull(input, target);
        return Torch.SoftMarginLoss(input, target, ReductionEnum(sizeAverage, reduce, reduction));
    }

    /// <summary>
    /// <c>F.multilabel_soft_margin_loss(input, target, weight=None, size_average=None, reduce=None, reduction='mean')</c>:
    /// the class-averaged binary logistic loss, computed in Python's steps (so with its grad_fn names).
    /// </summary>
    public static Tensor MultilabelSoftMarginLoss(Tensor input, Tensor target, Tensor? weight = null, bool? sizeAverage = null,
        bool? reduce = null, string reduction = "mean")
    {
        NotNull(input, target);
        ArgumentNullException.ThrowIfNull(reduction);
        if (sizeAverage is not null || reduce is not null) reduction = LegacyReductionString(sizeAverage, reduce);
        var loss = -(target * Logsigmoid(input) + (1 - target) * Logsigmoid(-input));
        if (weight is not null) loss = loss * weight;
        long classDim = input.Dim - 1;
        loss = loss.Sum([classDim]) / input.Size((int)classDim);
        return reduction switch
        {
            "none" => loss,
            "mean" => loss.Mean(),
            "sum" => loss.Sum(),
            _ => throw new TorchException(reduction + " is not valid", TorchErrorKind.ValueError),
        };
    }

    /// <summary><c>F.cosine_embedding_loss(input1, input2, target, margin=0, size_average=None, reduce=None, reduction='mean')</c>; targets are 1 or -1.</summary>
    public static Tensor CosineEmbeddingLoss(Tensor input1, Tensor input2, Tensor target, double margin = 0, bool? sizeAverage = null,
        bool? reduce = null, string reduction = "mean")
    {
        NotNull(input1, input2);
        ArgumentNullException.ThrowIfNull(target);
        return Torch.CosineEmbeddingLoss(input1, input2, target, margin, ReductionEnum(sizeAverage, reduce, reduction));
    }

    /// <summary>
    /// <c>F.multi_margin_loss(input, target, p=1, margin=1.0, weight=None, size_average=None, reduce=None, reduction='mean')</c>:
    /// the multi-class hinge loss; p is 1 or 2 and the weight one-dimensional (PyTorch's ValueErrors).
    /// </summary>
    public static Tensor MultiMarginLoss(Tensor input, Tensor target, long p = 1, double margin = 1.0, Tensor? weight = null,
        bool? sizeAverage = null, bool? reduce = null, string reduction = "mean")
    {
        NotNull(input, target);
        long reductionEnum = ReductionEnum(sizeAverage, reduce, reduction);
        if (p != 1 && p != 2) throw new TorchException("only p == 1 and p == 2 supported", TorchErrorKind.ValueError);
        if (weight is not null && weight.Dim != 1) throw new TorchException("weight must be one-dimensional", TorchErrorKind.ValueError);
        return Torch.MultiMarginLoss(input, target, p, margin, weight, reductionEnum);
    }

    /// <summary>
    /// <c>F.triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-06, swap=False, size_average=None, reduce=None, reduction='mean')</c>;
    /// PyTorch 2.x requires a positive margin (ValueError).
    /// </summary>
    public static Tensor TripletMarginLoss(Tensor anchor, Tensor positive, Tensor negative, double margin = 1.0, double p = 2, double eps = 1e-6,
        bool swap = false, bool? sizeAverage = null, bool? reduce = null, string reduction = "mean")
    {
        NotNull(anchor, positive);
        ArgumentNullException.ThrowIfNull(negative);
        long reductionEnum = ReductionEnum(sizeAverage, reduce, reduction);
        if (LibTorch.IsAtLeast(2) && margin <= 0) throw MarginNotPositive(margin);
        return Torch.TripletMarginLoss(anchor, positive, negative, margin, p, eps, swap, reductionEnum);
    }

    /// <summary>
    /// <c>F.triplet_margin_with_distance_loss(anchor, positive, negative, *, distance_function=None, margin=1.0, swap=False, reduction='mean')</c>:
    /// the triplet loss under any distance (<see cref="PairwiseDistance"/> when null), as PyTorch's Python computes it.
    /// </summary>
    public static Tensor TripletMarginWithDistanceLoss(Tensor anchor, Tensor positive, Tensor negative,
        Func<Tensor, Tensor, Tensor>? distanceFunction = null, double margin = 1.0, bool swap = false, string reduction = "mean")
    {
        NotNull(anchor, positive);
        ArgumentNullException.ThrowIfNull(negative);
        ArgumentNullException.ThrowIfNull(reduction);
        if (LibTorch.IsAtLeast(2))
            return TripletMarginWithDistanceLoss2(anchor, positive, negative, distanceFunction, margin, swap, reduction);
        var distance = distanceFunction ?? ((a, b) => PairwiseDistance(a, b));
        var positiveDist = distance(anchor, positive);
        var negativeDist = distance(anchor, negative);
        if (swap) negativeDist = Torch.Min(negativeDist, distance(positive, negative));
        var output = Torch.Clamp(positiveDist - negativeDist + margin, min: 0.0);
        return ReductionEnum(reduction) switch { 1 => output.Mean(), 2 => output.Sum(), _ => output };
    }

    // PyTorch 2.x's version: the reduction, margin and ranks checked first, then clamp_min(margin + d+ - d-, 0).
    private static Tensor TripletMarginWithDistanceLoss2(Tensor anchor, Tensor positive, Tensor negative,
        Func<Tensor, Tensor, Tensor>? distanceFunction, double margin, bool swap, string reduction)
    {
        if (reduction is not ("mean" or "sum" or "none"))
            throw new TorchException($"{reduction} is not a valid value for reduction", TorchErrorKind.ValueError);
        if (margin <= 0) throw MarginNotPositive(margin);
        if (anchor.Dim != positive.Dim || positive.Dim != negative.Dim)
            throw new TorchException(
                "The anchor, positive, and negative tensors are expected to have the same number of dimensions, but got: " +
                $"anchor {anchor.Dim}D, positive {positive.Dim}D, and negative {negative.Dim}D inputs");
        var distance = distanceFunction ?? ((a, b) => Torch.PairwiseDistance(a, b));
        var positiveDist = distance(anchor, positive);
        var negativeDist = distance(anchor, negative);
        if (swap) negativeDist = Torch.Minimum(negativeDist, distance(positive, negative));
        var loss = Torch.ClampMin(margin + positiveDist - negativeDist, 0);
        return reduction switch { "sum" => loss.Sum(), "mean" => loss.Mean(), _ => loss };
    }

    private static TorchException MarginNotPositive(double margin) =>
        new($"margin must be greater than 0, got {Formatting.PythonNumberFormat.Repr(margin)}", TorchErrorKind.ValueError);

    /// <summary>
    /// <c>F.poisson_nll_loss(input, target, log_input=True, full=False, size_average=None, eps=1e-08, reduce=None, reduction='mean')</c>.
    /// </summary>
    public static Tensor PoissonNllLoss(Tensor input, Tensor target, bool logInput = true, bool full = false, bool? sizeAverage = null,
        double eps = 1e-8, bool? reduce = null, string reduction = "mean")
    {
        NotNull(input, target);
        ArgumentNullException.ThrowIfNull(reduction);
        if (sizeAverage is not null || reduce is not null) reduction = LegacyReductionString(sizeAverage, reduce);
        if (reduction is not ("none" or "mean" or "sum"))
            throw new TorchException(reduction + (LibTorch.IsAtLeast(2) ? " is not a valid value for reduction" : " is not valid"), TorchErrorKind.ValueError);
        return Torch.PoissonNllLoss(input, target, logInput, full, eps, ReductionEnum(reduction));
    }

    /// <summary>
    /// <c>F.ctc_loss(log_probs, targets, input_lengths, target_lengths, blank=0, reduction='mean', zero_infinity=False)</c>,
    /// the lengths as tensors.
    /// </summary>
    public static Tensor CtcLoss(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths, long blank = 0,
        string reduction = "mean", bool zeroInfinity = false)
    {
        NotNull(logProbs, targets);
        NotNull(inputLengths, targetLengths);
        return Torch.CtcLoss(logProbs, targets, inputLengths, targetLengths, blank, ReductionEnum(reduction), zeroInfinity);
    }

    /// <summary><c>F.ctc_loss(...)</c> with the lengths as Python lists or tuples of ints.</summary>
    public static Tensor CtcLoss(Tensor logProbs, Tensor targets, long[] inputLengths, long[] targetLengths, long blank = 0,
        string reduction = "mean", bool zeroInfinity = false)
    {
        NotNull(logProbs, targets);
        ArgumentNullException.ThrowIfNull(inputLengths);
        ArgumentNullException.ThrowIfNull(targetLengths);
        return Torch.CtcLoss(logProbs, targets, inputLengths, targetLengths, blank, ReductionEnum(reduction), zeroInfinity);
    }
}
