using System.Globalization;
using TorchInterop.Formatting;

namespace TorchInterop.NN;

/// <summary>
/// PyTorch's <c>_BatchNorm</c>: normalization over the batch with a learned affine transform (weight at ones, bias at
/// zeros) and running statistics as buffers (<c>running_mean</c>, <c>running_var</c>, <c>num_batches_tracked</c>) that
/// training updates and evaluation uses.
/// </summary>
public abstract partial class BatchNorm : Module<Tensor, Tensor>
{
    private protected BatchNorm(long numFeatures, double eps, double? momentum, bool affine, bool trackRunningStats, DType? dtype, bool bias)
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

    /// <summary>Channels (C of the input's (N, C, ...)).</summary>
    public long NumFeatures { get; private protected set; }

    /// <summary>Added to the variance for numerical stability.</summary>
    public double Eps { get; }

    /// <summary>The running statistics' update factor; null for a cumulative average (settable, as Python's <c>bn.momentum = None</c>).</summary>
    public double? Momentum { get; set; }

    /// <summary>Whether there is a learned weight and bias.</summary>
    public bool Affine { get; private protected set; }

    /// <summary>
    /// Whether running statistics are kept (else batch statistics are used in evaluation too). Settable, as Python's
    /// attribute is: turned off with the statistics still there, evaluation keeps using them.
    /// </summary>
    public bool TrackRunningStats { get; set; }

    /// <summary>The learned scale, or null.</summary>
    public Tensor? Weight => GetParameter("weight");

    /// <summary>The learned shift, or null.</summary>
    public Tensor? Bias => GetParameter("bias");

    /// <summary>The running mean, or null.</summary>
    public Tensor? RunningMean => GetBuffer("running_mean");

    /// <summary>The running (unbiased) variance, or null.</summary>
    public Tensor? RunningVar => GetBuffer("running_var");

    /// <summary>How many training batches updated the statistics (an int64 scalar), or null.</summary>
    public Tensor? NumBatchesTracked => GetBuffer("num_batches_tracked");

    // functorch's batch_norm_without_running_stats: the statistics become None and are no longer tracked.
    internal void DropRunningStats()
    {
        RegisterBuffer("running_mean", null);
        RegisterBuffer("running_var", null);
        RegisterBuffer("num_batches_tracked", null);
        TrackRunningStats = false;
    }

    /// <summary>PyTorch's <c>reset_running_stats</c>.</summary>
    public void ResetRunningStats()
    {
        RunningMean?.Zero_();
        RunningVar?.Fill_(1.0);
        NumBatchesTracked?.Zero_();
    }

    /// <summary>PyTorch's <c>reset_parameters</c>: the running statistics, then weight ones and bias zeros.</summary>
    public void ResetParameters()
    {
        ResetRunningStats();
        if (Weight is { } weight) Init.Ones_(weight);
        if (Bias is { } bias) Init.Zeros_(bias);
    }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        CheckInputDim(input.Dim);
        double factor = Momentum ?? 0.0;
        if (Training && TrackRunningStats && NumBatchesTracked is { } tracked)
        {
            tracked.Add_(1);
            factor = Momentum ?? 1.0 / tracked.Item<long>();
        }
        bool useBatchStats = Training || (RunningMean is null && RunningVar is null);
        bool passRunning = !Training || TrackRunningStats;
        return Functional.BatchNorm(input, passRunning ? RunningMean : null, passRunning ? RunningVar : null, Weight, Bias,
            useBatchStats, factor, Eps);
    }

    /// <summary>Throws PyTorch's error when the input has the wrong number of dimensions.</summary>
    private protected abstract void CheckInputDim(long dim);

    /// <inheritdoc/>
    protected override string ExtraRepr() =>
        string.Create(CultureInfo.InvariantCulture, $"{NumFeatures}, eps={PythonNumberFormat.Repr(Eps)}, ") +
        $"momentum={(Momentum is { } m ? PythonNumberFormat.Repr(m) : "None")}, affine={Bool(Affine)}" +
        NormalizationBias.Repr(Bias) + $", track_running_stats={Bool(TrackRunningStats)}";

    private static string Bool(bool value) => value ? "True" : "False";
}

/// <summary>Python's <c>torch.nn.BatchNorm1d</c>: over (N, C) or (N, C, L) input.</summary>
/// <param name="numFeatures">Channels (C of the input).</param>
/// <param name="eps">Added to the variance for numerical stability.</param>
/// <param name="momentum">The running statistics' update factor; null for a cumulative average.</param>
/// <param name="affine">Whether there is a learned weight (and bias).</param>
/// <param name="trackRunningStats">Whether running statistics are kept.</param>
/// <param name="dtype">The parameters' and statistics' dtype (the default dtype when null).</param>
/// <param name="bias">Whether the affine transform has a bias (PyTorch 2.x's keyword-only <c>bias</c>; false needs its LibTorch).</param>
public class BatchNorm1d(long numFeatures, double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool trackRunningStats = true, DType? dtype = null, bool bias = true)
    : BatchNorm(numFeatures, eps, momentum, affine, trackRunningStats, dtype, bias)
{
    private protected override void CheckInputDim(long dim)
    {
        if (dim != 2 && dim != 3) throw new ArgumentException($"expected 2D or 3D input (got {dim}D input)", "input");
    }
}

/// <summary>Python's <c>torch.nn.BatchNorm2d</c>: over (N, C, H, W) input.</summary>
/// <param name="numFeatures">Channels (C of the input).</param>
/// <param name="eps">Added to the variance for numerical stability.</param>
/// <param name="momentum">The running statistics' update factor; null for a cumulative average.</param>
/// <param name="affine">Whether there is a learned weight (and bias).</param>
/// <param name="trackRunningStats">Whether running statistics are kept.</param>
/// <param name="dtype">The parameters' and statistics' dtype (the default dtype when null).</param>
/// <param name="bias">Whether the affine transform has a bias (PyTorch 2.x's keyword-only <c>bias</c>; false needs its LibTorch).</param>
public class BatchNorm2d(long numFeatures, double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool trackRunningStats = true, DType? dtype = null, bool bias = true)
    : BatchNorm(numFeatures, eps, momentum, affine, trackRunningStats, dtype, bias)
{
    private protected override void CheckInputDim(long dim)
    {
        if (dim != 4) throw new ArgumentException($"expected 4D input (got {dim}D input)", "input");
    }
}

/// <summary>Python's <c>torch.nn.BatchNorm3d</c>: over (N, C, D, H, W) input.</summary>
/// <param name="numFeatures">Channels (C of the input).</param>
/// <param name="eps">Added to the variance for numerical stability.</param>
/// <param name="momentum">The running statistics' update factor; null for a cumulative average.</param>
/// <param name="affine">Whether there is a learned weight (and bias).</param>
/// <param name="trackRunningStats">Whether running statistics are kept.</param>
/// <param name="dtype">The parameters' and statistics' dtype (the default dtype when null).</param>
/// <param name="bias">Whether the affine transform has a bias (PyTorch 2.x's keyword-only <c>bias</c>; false needs its LibTorch).</param>
public class BatchNorm3d(long numFeatures, double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool trackRunningStats = true, DType? dtype = null, bool bias = true)
    : BatchNorm(numFeatures, eps, momentum, affine, trackRunningStats, dtype, bias)
{
    private protected override void CheckInputDim(long dim)
    {
        if (dim != 5) throw new ArgumentException($"expected 5D input (got {dim}D input)", "input");
    }
}
