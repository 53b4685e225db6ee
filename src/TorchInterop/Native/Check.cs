using System.Runtime.InteropServices;

namespace TorchInterop.Native;

/// <summary>Turns the shim's in-band failures into <see cref="TorchException"/>s carrying PyTorch's message.</summary>
internal static class Check
{
    internal const int Error = -1;

    internal static int Status(int status)
    {
        if (status == Error) throw LastError();
        return status;
    }

    internal static long Status(long status)
    {
        if (status == Error) throw LastError();
        return status;
    }

    internal static bool Flag(int status) => Status(status) != 0;

    internal static TorchException LastError()
    {
        string message = Marshal.PtrToStringUTF8(NativeMethods.ti_last_error()) ?? "";
        CallbackFailure.RethrowIfCause(message);
        var kind = (TorchErrorKind)NativeMethods.ti_last_error_kind();
        return TorchException.Create(message, kind);
    }
}
