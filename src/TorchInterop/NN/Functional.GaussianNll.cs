namespace TorchInterop.NN;

public static partial class Functional
{
    /// <summary>
    /// <c>F.gaussian_nll_loss(input, target, var, full=False, eps=1e-06, reduction='mean')</c>: the negative log
    /// likelihood of <paramref name="target"/> under Gaussians of mean <paramref name="input"/> and variance
    /// <paramref name="var"/> (one per element, or shared along the last dimension).
    /// </summary>
    public static Tensor GaussianNllLoss(Tensor input, Tensor target, Tensor var, bool full = false, double eps = 1e-6, string reduction = "mean")
    {
        NotNull(input, target);
        ArgumentNullException.ThrowIfNull(var);
        ArgumentNullException.ThrowIfNull(reduction);
        // 2.x checks the entries first, 1.13 after the sizes and the reduction.
        bool v2 = LibTorch.IsAtLeast(2);
        if (v2) CheckNonNegative(var);
        if (!SameSize(var, input))
        {
            if (input.Shape[..^1].AsSpan().SequenceEqual(var.Shape)) var = var.Unsqueeze(-1);
            else if (!(v2 ? OneBroadcastDimension(input.Shape, var.Shape) : SharedAlongLastDimension(input.Shape, var)))
                throw new ArgumentException("var is of incorrect size", nameof(var));
        }
        if (reduction is not ("none" or "mean" or "sum")) throw new ArgumentException(reduction + " is not valid", nameof(reduction));
        if (!v2) CheckNonNegative(var);
        var = var.Clone();
        using (Autograd.NoGrad()) var.Clamp_(min: eps);
        var loss = 0.5 * (var.Log() + (input - target).Pow(2) / var);
        if (full) loss.Add_(0.5 * Math.Log(2 * Math.PI));
        return reduction switch { "mean" => loss.Mean(), "sum" => loss.Sum(), _ => loss };
    }

    private static void CheckNonNegative(Tensor var)
    {
        if ((var < 0).Any().ToBoolean()) throw new ArgumentException("var has negative entry/entries", nameof(var));
    }

    // 1.13's heteroscedastic case: the sizes match but for the last dimension, which is 1 in var.
    private static bool SharedAlongLastDimension(long[] input, Tensor var) =>
        input[..^1].AsSpan().SequenceEqual(var.Shape[..^1]) && var.Size(-1) == 1;

    // 2.x's: as many dimensions, and var's sizes where they differ sum to 1 (one dimension broadcast, e.g. var
    // (4, 1, 32, 32) for input (4, 3, 32, 32)).
    private static bool OneBroadcastDimension(long[] input, long[] var) =>
        input.Length == var.Length && input.Zip(var).Where(p => p.First != p.Second).Sum(p => p.Second) == 1;
}
