namespace TorchInterop;

/// <summary>
/// Anomaly detection until disposed (Python's <c>torch.autograd.detect_anomaly()</c> and <c>set_detect_anomaly</c>):
/// inside it LibTorch's engine checks each backward result for NaN and fails naming the node
/// (<c>Function 'DivBackward0' returned nan values in its 0th output.</c>). Disposing restores the previous mode.
/// </summary>
public sealed class AnomalyScope : IDisposable
{
    private readonly bool _previous, _previousCheckNan;
    private bool _disposed;

    internal AnomalyScope(bool enabled, bool checkNan)
    {
        _previous = Autograd.IsAnomalyEnabled;
        _previousCheckNan = Autograd.IsAnomalyCheckNanEnabled;
        Autograd.SetAnomalyEnabled(enabled, checkNan);
    }

    /// <summary>Restores the anomaly mode in force before the scope.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Autograd.SetAnomalyEnabled(_previous, _previousCheckNan);
    }
}

public static partial class Autograd
{
    /// <summary>
    /// Turns anomaly detection on until the scope is disposed, with PyTorch's warning that it slows things down
    /// (Python's <c>with torch.autograd.detect_anomaly():</c>).
    /// </summary>
    public static AnomalyScope DetectAnomaly(bool checkNan = true)
    {
        Warnings.Raise("Anomaly Detection has been enabled. This mode will increase the runtime and should only be enabled for debugging.");
        return new AnomalyScope(true, checkNan);
    }

    /// <summary>Sets anomaly detection on or off; disposing the scope restores it (Python's <c>set_detect_anomaly(mode)</c>).</summary>
    public static AnomalyScope SetDetectAnomaly(bool mode, bool checkNan = true) => new(mode, checkNan);
}
