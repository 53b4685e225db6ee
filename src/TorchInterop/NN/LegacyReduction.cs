namespace TorchInterop.NN;

/// <summary>
/// The deprecated <c>size_average</c> and <c>reduce</c> arguments every PyTorch loss module still takes before
/// <c>reduction</c> (Python's <c>_Loss.__init__</c>).
/// </summary>
public static class LegacyReduction
{
    private const string LossFile = "torch/nn/modules/loss.py";

    /// <summary>
    /// The reduction a loss module uses: when either legacy flag is given, the one they spell (with PyTorch's
    /// "size_average and reduce args will be deprecated" UserWarning), else <paramref name="reduction"/>.
    /// </summary>
    /// <example><c>LegacyReduction.Resolve(sizeAverage: false, reduce: null, "mean")</c> is <c>"sum"</c>.</example>
    public static string Resolve(bool? sizeAverage, bool? reduce, string reduction) =>
        sizeAverage is not null || reduce is not null ? Functional.LegacyReductionString(sizeAverage, reduce, LossFile) : reduction;
}
