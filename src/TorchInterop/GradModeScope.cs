using TorchInterop.Native;

namespace TorchInterop;

/// <summary>
/// Sets LibTorch's thread-local gradient mode and restores the previous one when disposed, also on exceptions.
/// Grad mode belongs to a thread: dispose the scope on the thread that created it. Across an <c>await</c> that
/// may resume elsewhere, <see cref="Dispose"/> throws <see cref="InvalidOperationException"/> rather than
/// silently changing another thread's mode.
/// </summary>
public sealed class GradModeScope : IDisposable
{
    private readonly bool _previous;
    private readonly int _threadId = Environment.CurrentManagedThreadId;
    private bool _disposed;

    internal GradModeScope(bool enabled)
    {
        _previous = NativeMethods.ti_is_grad_enabled() != 0;
        Check.Status(NativeMethods.ti_set_grad_enabled(enabled ? 1 : 0));
    }

    /// <summary>Restores the gradient mode that was in force when the scope was created.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        ThreadAffinity.Require(_threadId, nameof(GradModeScope));
        _disposed = true;
        Check.Status(NativeMethods.ti_set_grad_enabled(_previous ? 1 : 0));
    }
}

/// <summary>
/// Inference mode (Python's <c>torch.inference_mode()</c>) until disposed. Like <see cref="GradModeScope"/>,
/// it belongs to the thread that created it.
/// </summary>
public sealed class InferenceModeScope : IDisposable
{
    private readonly int _threadId = Environment.CurrentManagedThreadId;
    private IntPtr _guard;

    internal InferenceModeScope(bool enabled)
    {
        _guard = NativeMethods.ti_inference_mode_enter(enabled ? 1 : 0);
        if (_guard == IntPtr.Zero) throw Check.LastError();
    }

    /// <summary>Leaves inference mode, restoring the previous modes.</summary>
    public void Dispose()
    {
        if (_guard == IntPtr.Zero) return;
        ThreadAffinity.Require(_threadId, nameof(InferenceModeScope));
        NativeMethods.ti_inference_mode_exit(_guard);
        _guard = IntPtr.Zero;
    }
}

internal static class ThreadAffinity
{
    public static void Require(int ownerThreadId, string what)
    {
        if (Environment.CurrentManagedThreadId != ownerThreadId)
            throw new InvalidOperationException(
                $"A {what} must be disposed on the thread that created it (thread {ownerThreadId}, now on thread " +
                $"{Environment.CurrentManagedThreadId}): LibTorch's grad mode is per thread. Do not await inside the scope, " +
                "or create the scope after the await.");
    }
}
