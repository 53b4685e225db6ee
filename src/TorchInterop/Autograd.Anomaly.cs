using TorchInterop.Native;

namespace TorchInterop;

public static partial class Autograd
{
    /// <summary>Whether anomaly detection is on (Python's <c>torch.is_anomaly_enabled()</c>).</summary>
    public static bool IsAnomalyEnabled => AnomalyState().Enabled;

    /// <summary>Whether anomaly detection also checks backward results for NaN (Python's <c>torch.is_anomaly_check_nan_enabled()</c>).</summary>
    public static bool IsAnomalyCheckNanEnabled => AnomalyState().CheckNan;

    /// <summary>
    /// Turns LibTorch's anomaly detection on or off process-wide (Python's <c>torch.set_anomaly_enabled(mode, check_nan=True)</c>):
    /// while on, a backward that produces NaN raises an error naming the node.
    /// </summary>
    public static void SetAnomalyEnabled(bool enabled, bool checkNan = true) =>
        Check.Status(NativeMethods.ti_set_anomaly(enabled ? 1 : 0, checkNan ? 1 : 0));

    private static (bool Enabled, bool CheckNan) AnomalyState()
    {
        Check.Status(NativeMethods.ti_anomaly_state(out int enabled, out int checkNan));
        return (enabled != 0, checkNan != 0);
    }
}
