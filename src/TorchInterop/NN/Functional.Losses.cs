namespace TorchInterop.NN;

public static partial class Functional
{
    /// <summary>
    /// <c>F.mse_loss(input, target, reduction='mean')</c>: warns when the shapes differ, then broadcasts them.
    /// <paramref name="reduction"/> is <c>"none"</c>, <c>"mean"</c> or <c>"sum"</c>.
    /// </summary>
    public static Tensor MseLoss(Tensor input, Tensor target, string reduction = "mean")
    {
        NotNull(input, target);
        WarnIfTargetSizeDiffers(input, target);
        var (i, t) = Broadcast(input, target);
        return Torch.MseLoss(i, t, ReductionEnum(reduction));
    }

    /// <summary><c>F.l1_loss(input, target, reduction='mean')</c>: warns when the shapes differ, then broadcasts them.</summary>
    public static Tensor L1Loss(Tensor input, Tensor target, string reduction = "mean")
    {
        NotNull(input, target);
        WarnIfTargetSizeDiffers(input, target);
        var (i, t) = Broadcast(input, target);
        return Torch.L1Loss(i, t, ReductionEnum(reduction));
    }

    /// <summary><c>F.smooth_l1_loss(input, target, reduction='mean', beta=1.0)</c>: warns when the shapes differ, then broadcasts them.</summary>
    public static Tensor SmoothL1Loss(Tensor input, Tensor target, string reduction = "mean", double beta = 1.0)
    {
        NotNull(input, target);
        WarnIfTargetSizeDiffers(input, target);
        var (i, t) = Broadcast(input, target);
#if LIBTORCH_2
        // 2.x functional.py computes beta 0 as the L1 loss
        if (beta == 0.0) return Torch.L1Loss(i, t, ReductionEnum(reduction));
#endif
        return Torch.SmoothL1Loss(i, t, ReductionEnum(reduction), beta);
    }

    /// <summary><c>F.huber_loss(input, target, reduction='mean', delta=1.0)</c>: warns when the shapes differ, then broadcasts them.</summary>
    public static Tensor HuberLoss(Tensor input, Tensor target, string reduction = "mean", double delta = 1.0)
    {
        NotNull(input, target);
        WarnIfTargetSizeDiffers(input, target);
        var (i, t) = Broadcast(input, target);
        return Torch.HuberLoss(i, t, ReductionEnum(reduction), delta);
    }

    /// <summary>
    /// <c>F.cross_entropy(input, target, weight=None, ignore_index=-100, reduction='mean', label_smoothing=0.0)</c>.
    /// <paramref name="target"/> holds class indices (integers) or class probabilities (floats, shaped as the input).
    /// </summary>
    public static Tensor CrossEntropy(Tensor input, Tensor target, Tensor? weight = null, long ignoreIndex = -100,
        string reduction = "mean", double labelSmoothing = 0.0)
    {
        NotNull(input, target);
        return Torch.CrossEntropyLoss(input, target, weight, ReductionEnum(reduction), ignoreIndex, labelSmoothing);
    }

    /// <summary><c>F.nll_loss(input, target, weight=None, ignore_index=-100, reduction='mean')</c>, for inputs of any rank.</summary>
    public static Tensor NllLoss(Tensor input, Tensor target, Tensor? weight = null, long ignoreIndex = -100, string reduction = "mean")
    {
        NotNull(input, target);
        return Torch.NllLossNd(input, target, weight, ReductionEnum(reduction), ignoreIndex);
    }

    /// <summary>
    /// <c>F.binary_cross_entropy(input, target, weight=None, reduction='mean')</c>: the target must have the input's
    /// shape (ValueError otherwise); the weight is broadcast to it.
    /// </summary>
    public static Tensor BinaryCrossEntropy(Tensor input, Tensor target, Tensor? weight = null, string reduction = "mean")
    {
        NotNull(input, target);
        long reductionEnum = ReductionEnum(reduction);
        if (!SameSize(target, input))
            throw new TorchException(
                $"Using a target size ({SizeText(target.Shape)}) that is different to the input size ({SizeText(input.Shape)}) is deprecated. " +
                "Please ensure they have the same size.", TorchErrorKind.ValueError);
        // 1.13 broadcasts with torch._C._infer_size, 2.x with torch.broadcast_shapes: the same shape, other errors.
        if (weight is not null)
            weight = weight.Expand(LibTorch.IsAtLeast(2) ? BroadcastShapes(target.Shape, weight.Shape) : InferSize(target.Shape, weight.Shape));
        return Torch.BinaryCrossEntropy(input, target, weight, reductionEnum);
    }

    /// <summary>
    /// <c>F.binary_cross_entropy_with_logits(input, target, weight=None, reduction='mean', pos_weight=None)</c>: the
    /// target must have the input's shape (ValueError otherwise).
    /// </summary>
    public static Tensor BinaryCrossEntropyWithLogits(Tensor input, Tensor target, Tensor? weight = null, string reduction = "mean",
        Tensor? posWeight = null)
    {
        NotNull(input, target);
        long reductionEnum = ReductionEnum(reduction);
        if (!SameSize(target, input))
            throw new TorchException(
                $"Target size ({SizeText(target.Shape)}) must be the same as input size ({SizeText(input.Shape)})", TorchErrorKind.ValueError);
        return Torch.BinaryCrossEntropyWithLogits(input, target, weight, posWeight, reductionEnum);
    }

    /// <summary>
    /// <c>F.kl_div(input, target, reduction='mean', log_target=False)</c>. <paramref name="input"/> holds log-probabilities;
    /// <c>"batchmean"</c> sums and divides by the batch size (the first dimension), the KL divergence's definition;
    /// <c>"mean"</c> divides by the element count and warns, as PyTorch 1.13 does.
    /// </summary>
    public static Tensor KlDiv(Tensor input, Tensor target, string reduction = "mean", bool logTarget = false)
    {
        NotNull(input, target);
        ArgumentNullException.ThrowIfNull(reduction);
        if (reduction == "mean")
            Warnings.Raise(
                "reduction: 'mean' divides the total loss by both the batch size and the support size." +
                "'batchmean' divides only by the batch size, and aligns with the KL div math definition." +
                "'mean' will be changed to behave the same as 'batchmean' in the next major release.", FunctionalFile);
        bool batchMean = reduction == "batchmean";
        var reduced = Torch.KlDiv(input, target, ReductionEnum(batchMean ? "sum" : reduction), logTarget);
        return batchMean && input.Dim != 0 ? reduced / input.Shape[0] : reduced;
    }
}
