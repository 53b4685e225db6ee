using System.Globalization;
using TorchInterop.Formatting;

namespace TorchInterop.NN;

/// <summary>
/// PyTorch's <c>_InstanceNorm</c>: each sample's channels normalized on their own; by default no affine transform and
/// no running statistics (<c>affine=False, track_running_stats=False</c>). Inputs without a batch dimension are
/// normalized as a batch of one.
/// </summary>
public abstract partial class InstanceNorm : Module<Tensor, Tensor>
{
    private protected InstanceNorm(long numFeatures, double eps, double? momentum, bool affine, bool trackRunningStats, DType? dtype, bool bias)
    {
        NormalizationBias.Check(bias, GetType().Name);
        NumFeatures = numFeatures;
        Eps = eps;
        Momentum = momentum;
        Affine = affine;
        TrackRunningStats = trackRunningStats;
        RegisterParameter("weight", affine ? Parameter.Create(Torch.Ones([numFeatures], dtype)) : null);
        RegisterParameter("bias", affine && bias ? Parameter.Create(Torch.Zeros([numFeatures], dtype)) : null);
        RegisterBuffer("running_mean", trackRunningStats ? Torch.Zeros([numFeatures], dtype) : null);
        RegisterBuffer("running_var", trackRunningStats ? Torch.Ones([numFeatures], dtype) : null);
        RegisterBuffer("num_batches_tracked", trackRunningStats ? Torch.Tensor(0L) : null);
    }

    /// <summary>Channels (C of the input).</summary>
    public long NumFeatures { get; private protected set; }

    /// <summary>Added to the variance for numerical stability.</summary>
    public double Eps { get; }

    /// <summary>The running statistics' update factor.</summary>
    public double? Momentum { get; }

    /// <summary>Whether there is a learned weight and bias.</summary>
    public bool Affine { get; private protected set; }

    /// <summary>Whether running statistics are kept and used in evaluation.</summary>
    public bool TrackRunningStats { get; private protected set; }

    /// <summary>The rank of an input without batch dimension.</summary>
    private protected abstract int NoBatchDim { get; }

    /// <summary>The two ranks accepted, as PyTorch's message words them (<c>"2D or 3D"</c>).</summary>
    private protected abstract string AcceptedRanks { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Dim != NoBatchDim && input.Dim != NoBatchDim + 1)
            throw new TorchException($"expected {AcceptedRanks} input (got {input.Dim}D input)", TorchErrorKind.ValueError);
        if (LibTorch.IsAtLeast(2)) CheckFeatureCount(input);
        if (input.Dim == NoBatchDim) return Apply(input.Unsqueeze(0)).Squeeze(0);
        return Apply(input);
    }

    // PyTorch 2.x: the channel count must match with an affine transform, and warns otherwise.
    private void CheckFeatureCount(Tensor input)
    {
        int featureDim = input.Dim - NoBatchDim;
        long size = input.Size(featureDim);
        if (size == NumFeatures) return;
        if (Affine)
            throw new TorchException(
                $"expected input's size at dim={featureDim} to match num_features ({NumFeatures}), but got: {size}.", TorchErrorKind.ValueError);
        Warnings.Raise(
            $"input's size at dim={featureDim} does not match num_features. You can silence this warning by not passing in num_features, " +
            "which is not used because affine=False", "torch/nn/modules/instancenorm.py");
    }

    private Tensor Apply(Tensor input)
    {
        double momentum = Momentum ?? (LibTorch.IsAtLeast(2) ? 0.0
            : throw new TorchException("instance_norm(): argument 'momentum' (position 7) must be float, not NoneType", TorchErrorKind.TypeError));
        return Functional.InstanceNorm(input, GetBuffer("running_mean"), GetBuffer("running_var"), GetParameter("weight"), GetParameter("bias"),
            Training || !TrackRunningStats, momentum, Eps);
    }

    /// <inheritdoc/>
    protected override string ExtraRepr() =>
        string.Create(CultureInfo.InvariantCulture, $"{NumFeatures}, eps={PythonNumberFormat.Repr(Eps)}, ") +
        $"momentum={(Momentum is { } m ? PythonNumberFormat.Repr(m) : "None")}, affine={Bool(Affine)}" +
        NormalizationBias.Repr(GetParameter("bias")) + $", track_running_stats={Bool(TrackRunningStats)}";

    private static string Bool(bool value) => value ? "True" : "False";
}

/// <summary>Python's <c>torch.nn.InstanceNorm1d(num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False)</c>: over (N, C, L) or (C, L).</summary>
/// <param name="numFeatures">Channels (C of the input).</param>
/// <param name="eps">Added to the variance for numerical stability.</param>
/// <param name="momentum">The running statistics' update factor.</param>
/// <param name="affine">Whether there is a learned weight (and bias).</param>
/// <param name="trackRunningStats">Whether running statistics are kept.</param>
/// <param name="dtype">The parameters' and statistics' dtype (the default dtype when null).</param>
/// <param name="bias">Whether the affine transform has a bias (PyTorch 2.x's keyword-only <c>bias</c>).</param>
public class InstanceNorm1d(long numFeatures, double eps = 1e-5, double? momentum = 0.1, bool affine = false, bool trackRunningStats = false, DType? dtype = null, bool bias = true)
    : InstanceNorm(numFeatures, eps, momentum, affine, trackRunningStats, dtype, bias)
{
    private protected override int NoBatchDim => 2;

    private protected override string AcceptedRanks => "2D or 3D";
}

/// <summary>Python's <c>torch.nn.InstanceNorm2d(num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False)</c>: over (N, C, H, W) or (C, H, W).</summary>
/// <param name="numFeatures">Channels (C of the input).</param>
/// <param name="eps">Added to the variance for numerical stability.</param>
/// <param name="momentum">The running statistics' update factor.</param>
/// <param name="affine">Whether there is a learned weight (and bias).</param>
/// <param name="trackRunningStats">Whether running statistics are kept.</param>
/// <param name="dtype">The parameters' and statistics' dtype (the default dtype when null).</param>
/// <param name="bias">Whether the affine transform has a bias (PyTorch 2.x's keyword-only <c>bias</c>).</param>
public class InstanceNorm2d(long numFeatures, double eps = 1e-5, double? momentum = 0.1, bool affine = false, bool trackRunningStats = false, DType? dtype = null, bool bias = true)
    : InstanceNorm(numFeatures, eps, momentum, affine, trackRunningStats, dtype, bias)
{
    private protected override int NoBatchDim => 3;

    private protected override string AcceptedRanks => "3D or 4D";
}

/// <summary>Python's <c>torch.nn.InstanceNorm3d(num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False)</c>: over (N, C, D, H, W) or (C, D, H, W).</summary>
/// <param name="numFeatures">Channels (C of the input).</param>
/// <param name="eps">Added to the variance for numerical stability.</param>
/// <param name="momentum">The running statistics' update factor.</param>
/// <param name="affine">Whether there is a learned weight (and bias).</param>
/// <param name="trackRunningStats">Whether running statistics are kept.</param>
/// <param name="dtype">The parameters' and statistics' dtype (the default dtype when null).</param>
/// <param name="bias">Whether the affine transform has a bias (PyTorch 2.x's keyword-only <c>bias</c>).</param>
public class InstanceNorm3d(long numFeatures, double eps = 1e-5, double? momentum = 0.1, bool affine = false, bool trackRunningStats = false, DType? dtype = null, bool bias = true)
    : InstanceNorm(numFeatures, eps, momentum, affine, trackRunningStats, dtype, bias)
{
    private protected override int NoBatchDim => 4;

    private protected override string AcceptedRanks => "4D or 5D";
}

/// <summary>Python's <c>torch.nn.LocalResponseNorm(size, alpha=0.0001, beta=0.75, k=1.0)</c>.</summary>
public sealed class LocalResponseNorm(long size, double alpha = 1e-4, double beta = 0.75, double k = 1.0) : Module<Tensor, Tensor>
{
    /// <summary>Neighbouring channels normalized over.</summary>
    public long Size { get; } = size;

    /// <summary>The multiplicative factor.</summary>
    public double Alpha { get; } = alpha;

    /// <summary>The exponent.</summary>
    public double Beta { get; } = beta;

    /// <summary>The additive factor.</summary>
    public double K { get; } = k;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.LocalResponseNorm(input, Size, Alpha, Beta, K);

    /// <inheritdoc/>
    protected override string ExtraRepr() =>
        string.Create(CultureInfo.InvariantCulture, $"{Size}, alpha={PythonNumberFormat.Repr(Alpha)}, beta={PythonNumberFormat.Repr(Beta)}, k={PythonNumberFormat.Repr(K)}");
}
