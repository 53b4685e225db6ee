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
        if (!SameSize(var, input))
        {
            if (input.Shape[..^1].AsSpan().SequenceEqual(var.Shape)) var = var.Unsqueeze(-1);
            else if (!(input.Shape[..^1].AsSpan().SequenceEqual(var.Shape[..^1]) && var.Size(-1) == 1))
                throw new ArgumentException("var is of incorrect size", nameof(var));
        }
        if (reduction is not ("none" or "mean" or "sum")) throw new ArgumentException(reduction + " is not valid", nameof(reduction));
        if ((var < 0).Any().ToBoolean()) throw new ArgumentException("var has negative entry/entries", nameof(var));
        var = var.Clone();
        using (Autograd.NoGrad()) var.Clamp_(min: eps);
        var loss = 0.5 * (var.Log() + (input - target).Pow(2) / var);
        if (full) loss.Add_(0.5 * Math.Log(2 * Math.PI));
        return reduction switch { "mean" => loss.Mean(), "sum" => loss.Sum(), _ => loss };
    }
}
