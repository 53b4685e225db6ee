namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.SyncBatchNorm(num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True,
/// process_group=None)</c>: batch norm whose statistics are reduced across processes. On CPU, PyTorch 1.13 refuses every
/// input (<c>SyncBatchNorm expected input tensor to be on GPU</c>); PyTorch 2.x checks the input and, with no process
/// group initialized, normalizes as <see cref="BatchNorm"/> does.
/// </summary>
public sealed class SyncBatchNorm : BatchNorm
{
    /// <summary>A synchronized batch norm over <paramref name="numFeatures"/> channels.</summary>
    public SyncBatchNorm(long numFeatures, double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool trackRunningStats = true,
        object? processGroup = null, DType? dtype = null, bool bias = true)
        : base(numFeatures, eps, momentum, affine, trackRunningStats, dtype, bias) => ProcessGroup = processGroup;

    /// <summary>The process group the statistics are reduced over (null: the world).</summary>
    public object? ProcessGroup { get; }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!LibTorch.IsAtLeast(2))
        {
            if (input.Device.Type != DeviceType.CUDA) throw new TorchException("SyncBatchNorm expected input tensor to be on GPU", TorchErrorKind.ValueError);
            throw new NotSupportedException("SyncBatchNorm across processes is not supported; use BatchNorm on one device.");
        }
        CheckInputDim(input.Dim);
        if (input.Size(1) == 0) throw new TorchException("SyncBatchNorm number of input channels should be non-zero", TorchErrorKind.ValueError);
        return base.Forward(input);
    }

    private protected override void CheckInputDim(long dim)
    {
        if (dim < 2) throw new TorchException($"expected at least 2D input (got {dim}D input)", TorchErrorKind.ValueError);
    }

    /// <summary>
    /// Python's <c>SyncBatchNorm.convert_sync_batchnorm(module, process_group=None)</c>: every batch norm in the tree
    /// replaced by a SyncBatchNorm that shares its parameters and buffers and keeps its training mode; the module
    /// itself when it is a batch norm, else the same module with its children converted.
    /// </summary>
    public static Module ConvertSyncBatchNorm(Module module, object? processGroup = null)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (module is BatchNorm norm)
        {
            var converted = new SyncBatchNorm(norm.NumFeatures, norm.Eps, norm.Momentum, norm.Affine, norm.TrackRunningStats, processGroup);
            converted.Adopt(norm);
            return converted;
        }
        foreach (var (name, child) in module.NamedChildren().ToList())
            module.ReplaceChild(name, ConvertSyncBatchNorm(child, processGroup));
        return module;
    }

    // The same parameter objects (with their requires_grad) and buffers as the batch norm converted.
    private void Adopt(BatchNorm norm)
    {
        RegisterParameter("weight", norm.Weight);
        RegisterParameter("bias", norm.Bias);
        RegisterBuffer("running_mean", norm.RunningMean);
        RegisterBuffer("running_var", norm.RunningVar);
        RegisterBuffer("num_batches_tracked", norm.NumBatchesTracked);
        if (LibTorch.IsAtLeast(2)) Train(norm.Training); // 1.13 leaves the new module in training mode
    }
}
