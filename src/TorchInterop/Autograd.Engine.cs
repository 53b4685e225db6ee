using TorchInterop.Native;

namespace TorchInterop;

public static partial class Autograd
{
    /// <summary>
    /// Whether LibTorch's default engine, the one backward and grad run on, is the shim's (installed when the native
    /// library loads; it supplies anomaly mode's forward stacks and the saved-tensor hooks).
    /// </summary>
    internal static bool UsesManagedEngine => Check.Flag(NativeMethods.ti_engine_is_default());
}
