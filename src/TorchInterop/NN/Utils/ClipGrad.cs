using System.Globalization;

namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.utils</c>: gradient clipping and parameters as one vector.</summary>
public static partial class Utils
{
    /// <summary>
    /// Python's <c>clip_grad_norm_</c>: scales the gradients in place so that their joint <paramref name="normType"/>
    /// norm is at most <paramref name="maxNorm"/>, and returns that norm (before clipping). PyTorch's own steps for the
    /// version loaded: 1.13's <c>torch.norm</c> of the stacked norms, 2.x's <c>linalg.vector_norm</c>.
    /// </summary>
    public static Tensor ClipGradNorm_(IEnumerable<Tensor> parameters, double maxNorm, double normType = 2.0, bool errorIfNonfinite = false,
                                       bool? @foreach = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var parameterList = parameters.ToList();
        var grads = parameterList.Select(p => p.Grad).OfType<Tensor>().ToList();
        using var noGrad = Autograd.NoGrad();
#if LIBTORCH_2
        // 2.x: get_total_norm of the gradients, then clip_grads_with_norm_.
        var totalNorm = GetTotalNorm(grads, normType, errorIfNonfinite, @foreach);
        ClipGradsWithNorm_(parameterList, maxNorm, totalNorm, @foreach);
        return totalNorm;
#else
        CheckForeach(@foreach);
        if (grads.Count == 0) return Torch.Tensor(0.0, DType.Float32);
        Tensor totalNorm = TotalNorm1(grads, normType);
        CheckFinite(totalNorm, normType, errorIfNonfinite);
        Scale(grads, maxNorm, totalNorm);
        return totalNorm;
#endif
    }

    /// <summary>
    /// Python's deprecated <c>clip_grad_norm</c> (without the underscore): warns as PyTorch does, then
    /// <see cref="ClipGradNorm_(IEnumerable{Tensor}, double, double, bool, bool?)"/>.
    /// </summary>
    public static Tensor ClipGradNorm(IEnumerable<Tensor> parameters, double maxNorm, double normType = 2.0, bool errorIfNonfinite = false,
                                      bool? @foreach = null)
    {
#if LIBTORCH_2
        Warnings.Raise("`torch.nn.utils.clip_grad_norm` is now deprecated in favor of `torch.nn.utils.clip_grad_norm_`.",
                       category: "FutureWarning");
#else
        Warnings.Raise("torch.nn.utils.clip_grad_norm is now deprecated in favor of torch.nn.utils.clip_grad_norm_.");
#endif
        return ClipGradNorm_(parameters, maxNorm, normType, errorIfNonfinite, @foreach);
    }

    /// <summary>
    /// Python's <c>get_total_norm(tensors, norm_type=2.0, error_if_nonfinite=False, foreach=None)</c> (PyTorch 2.6 and
    /// later): the <paramref name="normType"/> norm of the tensors' norms, as if they were one vector; 0 for none.
    /// </summary>
    /// <exception cref="TorchException">The norm is not finite and <paramref name="errorIfNonfinite"/> is set; <c>foreach=True</c> on the CPU.</exception>
    public static Tensor GetTotalNorm(IEnumerable<Tensor> tensors, double normType = 2.0, bool errorIfNonfinite = false, bool? @foreach = null)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        var list = tensors.ToList();
        if (list.Count == 0) return Torch.Tensor(0.0, DType.Float32);
        CheckForeach(@foreach);
        var totalNorm = TotalNorm2(list, normType);
        CheckFinite(totalNorm, normType, errorIfNonfinite);
        return totalNorm;
    }

    /// <summary><c>get_total_norm</c> of one tensor.</summary>
    public static Tensor GetTotalNorm(Tensor tensor, double normType = 2.0, bool errorIfNonfinite = false, bool? @foreach = null) =>
        GetTotalNorm([tensor], normType, errorIfNonfinite, @foreach);

    /// <summary>
    /// Python's <c>clip_grads_with_norm_(parameters, max_norm, total_norm, foreach=None)</c> (PyTorch 2.6 and later):
    /// scales every gradient in place by <c>min(maxNorm / (totalNorm + 1e-6), 1)</c>.
    /// </summary>
    public static void ClipGradsWithNorm_(IEnumerable<Tensor> parameters, double maxNorm, Tensor totalNorm, bool? @foreach = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(totalNorm);
        var grads = parameters.Select(p => p.Grad).OfType<Tensor>().ToList();
        if (grads.Count == 0) return;
        CheckForeach(@foreach);
        using var noGrad = Autograd.NoGrad();
        Scale(grads, maxNorm, totalNorm);
    }

    /// <summary><c>clip_grads_with_norm_</c> of one tensor's gradient.</summary>
    public static void ClipGradsWithNorm_(Tensor parameter, double maxNorm, Tensor totalNorm, bool? @foreach = null) =>
        ClipGradsWithNorm_([parameter], maxNorm, totalNorm, @foreach);

    private static void CheckFinite(Tensor totalNorm, double normType, bool errorIfNonfinite)
    {
        if (errorIfNonfinite && (totalNorm.Isnan().LogicalOr(totalNorm.Isinf())).ToBoolean())
            throw new TorchException($"The total norm of order {PythonFloat(normType)} for gradients from `parameters` is non-finite, so it " +
                                     "cannot be clipped. To disable this error and scale the gradients by the non-finite norm anyway, " +
                                     "set `error_if_nonfinite=False`");
    }

    private static void Scale(List<Tensor> grads, double maxNorm, Tensor totalNorm)
    {
        using var clipCoef = maxNorm / (totalNorm + 1e-6);
        using var clamped = clipCoef.Clamp(max: 1.0);
        foreach (var g in grads)
        {
            using var detached = g.Detach();
            detached.Mul_(clamped);
        }
    }

    /// <summary><c>clip_grad_norm_</c> of one tensor's gradient.</summary>
    public static Tensor ClipGradNorm_(Tensor parameter, double maxNorm, double normType = 2.0, bool errorIfNonfinite = false,
                                       bool? @foreach = null) =>
        ClipGradNorm_([parameter], maxNorm, normType, errorIfNonfinite, @foreach);

    /// <summary>Python's <c>clip_grad_value_</c>: clamps every gradient in place to [-clipValue, clipValue].</summary>
    public static void ClipGradValue_(IEnumerable<Tensor> parameters, double clipValue, bool? @foreach = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        CheckForeach(@foreach);
        using var noGrad = Autograd.NoGrad();
        foreach (var grad in parameters.Select(p => p.Grad).OfType<Tensor>()) grad.Clamp_(-clipValue, clipValue);
    }

    /// <summary><c>clip_grad_value_</c> of one tensor's gradient.</summary>
    public static void ClipGradValue_(Tensor parameter, double clipValue, bool? @foreach = null) => ClipGradValue_([parameter], clipValue, @foreach);

    // 1.13: torch.norm(torch.stack([torch.norm(g.detach(), p) ...]), p); the max of the absolute values for inf.
    private static Tensor TotalNorm1(List<Tensor> grads, double normType)
    {
        if (double.IsPositiveInfinity(normType))
        {
            var maxima = grads.Select(g => g.Detach().Abs().Max()).ToList();
            return maxima.Count == 1 ? maxima[0] : Torch.Stack(maxima).Max();
        }
        var norms = grads.Select(g => g.Detach().Norm(normType)).ToList();
        return Torch.Stack(norms).Norm(normType);
    }

    // 2.x: vector_norm of each tensor (what the CPU foreach kernel computes too), then of their stack.
    private static Tensor TotalNorm2(List<Tensor> grads, double normType)
    {
        var norms = grads.Select(g => Torch.LinalgVectorNorm(g, normType)).ToList();
        return Torch.LinalgVectorNorm(Torch.Stack(norms), normType);
    }

    // The foreach flag. PyTorch 2.x has foreach kernels for the CPU too (per tensor, the same numbers), so every value is
    // accepted; 1.13's Python has no such argument, and foreach=True is refused.
    private static void CheckForeach(bool? @foreach)
    {
#if !LIBTORCH_2
        if (@foreach == true) throw new TorchException("foreach=True was passed, but can't use the foreach API on cpu tensors");
#endif
    }

    private static string PythonFloat(double value) => Formatting.PythonNumberFormat.Repr(value);
}
