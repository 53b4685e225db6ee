namespace TorchInterop.NN;

/// <summary>
/// Python's deprecated <c>torch.nn.NLLLoss2d</c>: an <see cref="NLLLoss"/> under its old name, warning at construction
/// (a UserWarning in 1.13, a FutureWarning in 2.x).
/// </summary>
public sealed class NLLLoss2d : NLLLoss
{
    /// <summary>A negative log-likelihood loss, after PyTorch's deprecation warning (then the legacy-reduction one, if any).</summary>
    public NLLLoss2d(Tensor? weight = null, bool? sizeAverage = null, long ignoreIndex = -100, bool? reduce = null, string reduction = "mean")
        : base(Warn(weight), ignoreIndex, LegacyReduction.Resolve(sizeAverage, reduce, reduction))
    {
    }

    // The warning comes before the base class's initialization, as in PyTorch (its __init__ warns, then calls super).
    private static Tensor? Warn(Tensor? weight)
    {
        if (LibTorch.IsAtLeast(2))
            Warnings.Raise("`NLLLoss2d` has been deprecated. Please use `NLLLoss` instead as a drop-in replacement and see " +
                "https://pytorch.org/docs/main/nn.html#torch.nn.NLLLoss for more details.", category: "FutureWarning");
        else
            Warnings.Raise("NLLLoss2d has been deprecated. Please use NLLLoss instead as a drop-in replacement and see " +
                "https://pytorch.org/docs/master/nn.html#torch.nn.NLLLoss for more details.", "torch/nn/modules/loss.py");
        return weight;
    }
}
