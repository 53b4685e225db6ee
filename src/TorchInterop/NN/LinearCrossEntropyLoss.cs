#if LIBTORCH_2
using System.Globalization;

namespace TorchInterop.NN;

/// <summary>
/// PyTorch 2.x's <c>torch.nn.LinearCrossEntropyLoss(in_features, num_classes, *, out_features=(), bias=False,
/// device=None, dtype=None, reduction='mean', weight=None, ignore_index=None, label_smoothing=0.0, options=None)</c>:
/// a <c>linear</c> layer to <c>num_classes * prod(out_features)</c> logits (stored flat, as PyTorch stores them) and
/// the cross entropy of <see cref="Functional.LinearCrossEntropy"/>.
/// </summary>
public sealed class LinearCrossEntropyLoss : Loss
{
    /// <summary>
    /// A loss with its own linear layer; <paramref name="weight"/> (one per class) becomes the buffer <c>weight</c>;
    /// <paramref name="device"/> is where the linear layer's parameters live (initialized on the CPU, then moved).
    /// </summary>
    public LinearCrossEntropyLoss(long inFeatures, long numClasses, long[]? outFeatures = null, bool bias = false, Device? device = null, DType? dtype = null,
        string reduction = "mean", Tensor? weight = null, long? ignoreIndex = null, double labelSmoothing = 0.0,
        LinearCrossEntropyOptions? options = null) : base(reduction)
    {
        outFeatures ??= [];
        if (weight is not null && !weight.Shape.AsSpan().SequenceEqual([numClasses]))
            throw new TorchException($"expected weight shape to be ({numClasses},), got {Tuple(weight.Shape)}");
        if (labelSmoothing is < 0 or > 1.0)
            throw new TorchException($"expected label_smoothing to be in range [0, 1], got {FloatRepr(labelSmoothing)}");
        RegisterBuffer("weight", weight);
        NumClasses = numClasses;
        OutFeatures = outFeatures;
        IgnoreIndex = ignoreIndex;
        LabelSmoothing = labelSmoothing;
        Linear = RegisterModule("linear", new Linear(inFeatures, outFeatures.Aggregate(numClasses, (a, b) => a * b), bias, dtype))!;
        if (device is { } place && place != Device.CPU) Linear.To(place);
        Options = options;
    }

    /// <summary>The number of classes, C.</summary>
    public long NumClasses { get; }

    /// <summary>The K-dimensional loss's (d_1, ..., d_K); empty for the plain loss.</summary>
    public long[] OutFeatures { get; }

    /// <summary>The ignored target value, or null for -100 with class-index targets.</summary>
    public long? IgnoreIndex { get; }

    /// <summary>How much probability mass moves evenly to all classes.</summary>
    public double LabelSmoothing { get; }

    /// <summary>The linear layer (weight (C * prod(out_features), in_features)).</summary>
    public Linear Linear { get; }

    /// <summary>The chunking options, or null for the reference path.</summary>
    public LinearCrossEntropyOptions? Options { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target)
    {
        long[] logical = [NumClasses, .. OutFeatures];
        var linearWeight = Linear.Weight.Reshape([.. logical, Linear.InFeatures]);
        var linearBias = Linear.Bias?.Reshape(logical);
        return Functional.LinearCrossEntropy(input, linearWeight, target, linearBias, GetBuffer("weight"), Reduction, IgnoreIndex, LabelSmoothing, Options);
    }

    /// <inheritdoc/>
    protected override string ExtraRepr() =>
        $"in_features={Linear.InFeatures}, num_classes={NumClasses}, out_features={Tuple(OutFeatures)}, " +
        $"bias={(Linear.Bias is not null ? "True" : "False")}, reduction={Reduction}, ignore_index={(IgnoreIndex?.ToString(CultureInfo.InvariantCulture) ?? "None")}, " +
        $"label_smoothing={FloatRepr(LabelSmoothing)}, options={(Options?.ToString() ?? "None")}";

    private static string Tuple(long[] values) =>
        "(" + string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + (values.Length == 1 ? ",)" : ")");

    private static string FloatRepr(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e16 ? value.ToString("0.0", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
}
#endif
