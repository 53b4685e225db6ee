using System.Runtime.InteropServices;
using TorchInterop.Native;

namespace TorchInterop.Distributed;

/// <summary>Turns a null handle from the shim into the <see cref="TorchException"/> it reported.</summary>
internal static class ValidHandle
{
    internal static T Of<T>(T handle) where T : SafeHandle
    {
        if (!handle.IsInvalid) return handle;
        var error = Check.LastError();
        handle.Dispose();
        throw error;
    }

    /// <summary>Milliseconds for the shim; null is -1, "the object's own default".</summary>
    internal static long Milliseconds(TimeSpan? timeout) => timeout is { } t ? (long)t.TotalMilliseconds : -1;
}
