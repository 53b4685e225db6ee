using System.Runtime.InteropServices;
using TorchInterop.Native;

namespace TorchInterop;

/// <summary>
/// Saved-tensor hooks disabled on this thread until disposed (Python's
/// <c>with torch.autograd.graph.disable_saved_tensors_hooks(error_message):</c>): setting hooks meanwhile fails with
/// the message. Disposing restores the switch as it was (enabled, or disabled with the outer message).
/// </summary>
public sealed class SavedTensorsHooksDisabledScope : IDisposable
{
    private readonly string? _previous;
    private bool _disposed;

    internal SavedTensorsHooksDisabledScope(string errorMessage)
    {
        ArgumentNullException.ThrowIfNull(errorMessage);
        _previous = DisabledMessage;
        if (NativeMethods.ti_saved_tensors_hooks_disable(errorMessage) != Check.Error) return;
        // LibTorch leaves the switch set when hooks are already in use; Python's context manager restores it.
        var error = Check.LastError();
        Restore();
        throw error;
    }

    /// <summary>The message saved-tensor hooks are disabled with on this thread, or null when they are enabled.</summary>
    internal static string? DisabledMessage => Marshal.PtrToStringUTF8(NativeMethods.ti_saved_tensors_hooks_disabled_message());

    /// <summary>Restores the switch as it was before the scope.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Restore();
    }

    private void Restore() => Check.Status(_previous is null
        ? NativeMethods.ti_saved_tensors_hooks_enable()
        : NativeMethods.ti_saved_tensors_hooks_disable(_previous));
}
