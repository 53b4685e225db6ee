using System.Runtime.ExceptionServices;

namespace TorchInterop.Native;

/// <summary>
/// An exception a .NET callback threw inside a LibTorch call that has no failure channel of its own (a saved-tensor
/// hook runs inside whichever op saves a tensor, forward or backward). The callback fails the native call with the
/// exception's message; when that call's error reaches <see cref="Check.LastError"/> on the same thread, the
/// original exception is rethrown instead, as Python re-raises a hook's own exception.
/// </summary>
internal static class CallbackFailure
{
    [ThreadStatic] private static Exception? t_exception;
    [ThreadStatic] private static string? t_message;

    /// <summary>Keeps <paramref name="exception"/> and hands its message to the shim as the failing call's error.</summary>
    public static void Record(Exception exception)
    {
        string message = exception is TorchException ? exception.Message : $"{exception.GetType().Name}: {exception.Message}";
        t_exception = exception;
        t_message = message;
        NativeMethods.ti_set_hook_error(message);
    }

    /// <summary>Rethrows the recorded exception when it is what made the native call fail with <paramref name="nativeMessage"/>.</summary>
    public static void RethrowIfCause(string nativeMessage)
    {
        if (t_exception is not { } exception) return;
        string message = t_message!;
        t_exception = null;
        t_message = null;
        if (nativeMessage.StartsWith(message, StringComparison.Ordinal)) ExceptionDispatchInfo.Capture(exception).Throw();
    }
}
