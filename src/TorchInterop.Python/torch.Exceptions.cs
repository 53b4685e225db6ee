using System.Runtime.CompilerServices;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary>
    /// Python's <c>torch.FatalError</c>, an error LibTorch treats as unrecoverable; <c>except torch.FatalError</c> is
    /// <c>catch (torch.FatalError)</c>.
    /// </summary>
    public class FatalError(string message) : TorchException(message);

    /// <summary>Python's <c>torch.OutOfMemoryError</c> (an allocation on a device failed; a CUDA error, never raised on the CPU).</summary>
    public class OutOfMemoryError(string message) : TorchException(message);

#if LIBTORCH_2
    /// <summary>Python's <c>torch.AcceleratorError</c> (an error an accelerator reported; never raised on the CPU).</summary>
    public class AcceleratorError(string message) : TorchException(message);
#endif

    public static partial class linalg
    {
        /// <summary>
        /// Python's <c>torch.linalg.LinAlgError</c>: what a decomposition of a singular or not positive-definite
        /// matrix raises; <c>except torch.linalg.LinAlgError as e</c> is <c>catch (torch.linalg.LinAlgError e)</c>.
        /// </summary>
        public class LinAlgError(string message) : TorchException(message, TorchErrorKind.LinAlgError);
    }
}
#pragma warning restore CS8981, IDE1006

internal static class DialectExceptions
{
    // LibTorch's linear-algebra errors surface as the dialect's torch.linalg.LinAlgError from the moment the dialect
    // loads, whatever the program touches first: a module initializer is the one hook that guarantees it.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() =>
        TorchException.KindFactory = (message, kind) => kind == TorchErrorKind.LinAlgError ? new torch.linalg.LinAlgError(message) : null;
}
