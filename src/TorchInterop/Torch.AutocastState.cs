using TorchInterop.Native;

namespace TorchInterop;

/// <summary>
/// LibTorch's thread-local autocast switches, one per device type, as Python's <c>torch.is_autocast_enabled</c>,
/// <c>torch.set_autocast_dtype</c> and the rest set them directly. <see cref="AutocastScope"/> is the usual way in;
/// these are for code that manages the state by hand. LibTorch 1.x keeps it for cpu, cuda and xpu only.
/// </summary>
public static class AutocastState
{
    /// <summary>Whether autocast is on for the device type on this thread.</summary>
    public static bool IsEnabled(string deviceType) => State(deviceType).Enabled;

    /// <summary>Turns autocast on or off for the device type on this thread, keeping its dtype.</summary>
    public static void SetEnabled(string deviceType, bool enabled)
    {
        int code = Device.TypeCode(deviceType);
        Check.Status(NativeMethods.ti_autocast_state(code, out _, out int dtype));
        Check.Status(NativeMethods.ti_autocast_set(code, enabled ? 1 : 0, dtype));
    }

    /// <summary>The lower-precision dtype autocast uses for the device type.</summary>
    public static DType GetDtype(string deviceType) => State(deviceType).Dtype;

    /// <summary>Sets the dtype autocast uses for the device type on this thread.</summary>
    public static void SetDtype(string deviceType, DType dtype)
    {
        int code = Device.TypeCode(deviceType);
        if (!LibTorch.IsAtLeast(2) && code == 0 && dtype != DType.BFloat16)
            throw new TorchException("Currently, AutocastCPU only support Bfloat16 as the autocast_cpu_dtype");
        Check.Status(NativeMethods.ti_autocast_state(code, out int enabled, out _));
        Check.Status(NativeMethods.ti_autocast_set(code, enabled, (int)dtype));
    }

    /// <summary>Whether autocast caches the lower-precision copies of weights (Python's <c>torch.is_autocast_cache_enabled()</c>).</summary>
    public static bool IsCacheEnabled
    {
        get
        {
            Check.Status(NativeMethods.ti_autocast_cache(out int enabled));
            return enabled != 0;
        }
        set => Check.Status(NativeMethods.ti_autocast_set_cache(value ? 1 : 0));
    }

    /// <summary>Empties the cache of casted weights (Python's <c>torch.clear_autocast_cache()</c>).</summary>
    public static void ClearCache() => Check.Status(NativeMethods.ti_autocast_clear_cache());

    /// <summary>Raises the nesting depth autocast scopes keep and returns it (Python's <c>torch.autocast_increment_nesting()</c>).</summary>
    public static int IncrementNesting() => Check.Status(NativeMethods.ti_autocast_nesting(1));

    /// <summary>Lowers the nesting depth and returns it, leaving the cache alone (Python's <c>torch.autocast_decrement_nesting()</c>).</summary>
    public static int DecrementNesting() => Check.Status(NativeMethods.ti_autocast_nesting(0));

    private static (bool Enabled, DType Dtype) State(string deviceType)
    {
        Check.Status(NativeMethods.ti_autocast_state(Device.TypeCode(deviceType), out int enabled, out int dtype));
        return (enabled != 0, (DType)dtype);
    }
}
