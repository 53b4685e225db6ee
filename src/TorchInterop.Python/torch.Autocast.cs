namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary><c>with torch.autocast("cpu", dtype=torch.bfloat16):</c> is <c>using (torch.autocast("cpu", dtype: torch.bfloat16))</c>.</summary>
    public static AutocastScope autocast(string device_type, DType? dtype = null, bool enabled = true, bool? cache_enabled = null) =>
        Torch.Autocast(device_type, dtype, enabled, cache_enabled);

    /// <summary>Python's <c>torch.amp</c>.</summary>
    public static class amp
    {
        /// <summary><c>torch.amp.autocast(device_type, dtype=None, enabled=True, cache_enabled=None)</c></summary>
        public static AutocastScope autocast(string device_type, DType? dtype = null, bool enabled = true, bool? cache_enabled = null) =>
            Torch.Autocast(device_type, dtype, enabled, cache_enabled);
    }

    /// <summary><c>torch.is_autocast_enabled("cpu")</c> (2.x; 1.x's <c>torch.is_autocast_cpu_enabled()</c>).</summary>
    public static bool is_autocast_enabled(string device_type) => device_type == "cpu" && AutocastScope.IsCpuEnabled;
}
#pragma warning restore CS8981, IDE1006
