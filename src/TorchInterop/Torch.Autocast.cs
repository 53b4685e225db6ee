namespace TorchInterop;

public static partial class Torch
{
    /// <summary>
    /// Opens an <see cref="AutocastScope"/>: <c>using (Torch.Autocast("cpu", DType.BFloat16)) { ... }</c> is
    /// Python's <c>with torch.autocast("cpu", dtype=torch.bfloat16):</c>. Without a dtype, CPU autocast uses
    /// bfloat16 (LibTorch's default); without <paramref name="cacheEnabled"/>, the current cache setting.
    /// </summary>
    public static AutocastScope Autocast(string deviceType, DType? dtype = null, bool enabled = true, bool? cacheEnabled = null) =>
        new(deviceType, dtype, enabled, cacheEnabled);
}
