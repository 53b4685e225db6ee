using TorchInterop.Native;

namespace TorchInterop;

/// <summary>
/// Automatic mixed precision until disposed (Python's <c>torch.autocast("cpu", dtype=torch.bfloat16)</c>, also
/// spelled <c>torch.amp.autocast</c>): inside it LibTorch runs eligible CPU ops (matmul, linear, convolutions) in the
/// lower precision. Created by <see cref="Torch.Autocast"/>. It follows PyTorch's <c>autocast.__init__</c>,
/// <c>__enter__</c> and <c>__exit__</c> for the version it runs on: the supported dtypes, the warnings that disable it,
/// nesting and the cache. Like the grad-mode scopes it belongs to the thread that created it.
/// </summary>
public sealed class AutocastScope : IDisposable
{
    private readonly int _threadId = Environment.CurrentManagedThreadId;
    private readonly bool _enabled;
    private readonly DType _fastDtype;
    private readonly bool _cacheEnabled;
    private (bool Enabled, DType Dtype, bool CacheEnabled) _previous;
    private bool _entered, _disposed;

    internal AutocastScope(string deviceType, DType? dtype, bool enabled, bool? cacheEnabled)
    {
        ArgumentNullException.ThrowIfNull(deviceType);
        var current = CpuState();
        if (deviceType != "cpu" && deviceType != "cuda")
            throw new TorchException(LibTorch.IsAtLeast(2)
                ? $"User specified an unsupported autocast device_type '{deviceType}'"
                : "User specified autocast device_type must be 'cuda' or 'cpu'");
        _fastDtype = dtype ?? current.Dtype;
        _cacheEnabled = cacheEnabled ?? current.CacheEnabled;
        if (enabled && deviceType == "cuda")
        {
            // This build has no CUDA: Python disables autocast with a warning.
            Warnings.Raise(LibTorch.IsAtLeast(2)
                ? "CUDA is not available or torch_xla is imported. Disabling autocast."
                : "User provided device_type of 'cuda', but CUDA is not available. Disabling");
            enabled = false;
        }
        else if (enabled && !SupportedOnCpu(_fastDtype))
        {
            Warnings.Raise(LibTorch.IsAtLeast(2)
                ? "In CPU autocast, but the target dtype is not supported. Disabling autocast.\n" +
                  "CPU Autocast only supports dtypes of torch.bfloat16, torch.float16 currently."
                : "In CPU autocast, but the target dtype is not supported. Disabling autocast.\n" +
                  "CPU Autocast only supports dtype of torch.bfloat16 currently.");
            enabled = false;
        }
        _enabled = enabled;
        DeviceType = deviceType;
        Enter();
    }

    /// <summary>The device type the scope was opened for (<c>"cpu"</c>, or <c>"cuda"</c>, which is always disabled here).</summary>
    public string DeviceType { get; }

    /// <summary>Whether ops inside the scope are autocast (false when a warning disabled it).</summary>
    public bool IsEnabled => _enabled;

    /// <summary>The lower-precision dtype (Python's <c>fast_dtype</c>).</summary>
    public DType FastDtype => _fastDtype;

    /// <summary>Whether autocast is on for CPU ops on this thread now (Python's <c>torch.is_autocast_enabled("cpu")</c>).</summary>
    public static bool IsCpuEnabled => CpuState().Enabled;

    private static bool SupportedOnCpu(DType dtype) =>
        dtype == DType.BFloat16 || (dtype == DType.Float16 && LibTorch.IsAtLeast(2));

    private void Enter()
    {
        if (DeviceType != "cpu") return;
        _previous = CpuState();
        Check.Status(NativeMethods.ti_autocast_cpu_set(_enabled ? 1 : 0, (int)_fastDtype, _cacheEnabled ? 1 : 0));
        Check.Status(NativeMethods.ti_autocast_nest(1));
        _entered = true;
    }

    /// <summary>Leaves the scope: restores the previous autocast state and clears the cast cache when it was the outermost.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        ThreadAffinity.Require(_threadId, nameof(AutocastScope));
        _disposed = true;
        if (!_entered) return;
        Check.Status(NativeMethods.ti_autocast_nest(0));
        Check.Status(NativeMethods.ti_autocast_cpu_set(_previous.Enabled ? 1 : 0, (int)_previous.Dtype, _previous.CacheEnabled ? 1 : 0));
    }

    private static (bool Enabled, DType Dtype, bool CacheEnabled) CpuState()
    {
        Check.Status(NativeMethods.ti_autocast_cpu_state(out int enabled, out int dtype, out int cache));
        return (enabled != 0, (DType)dtype, cache != 0);
    }
}
