using TorchInterop.Functorch;
using TorchInterop.Native;

namespace TorchInterop.Formatting;

// _tensor_str's _functorch_wrapper_str_intern: a tensor wrapped by a transform prints as its wrapper around the repr of
// the value underneath, and printing runs with functorch's dispatch keys off (torch._C._DisableFuncTorch), so that the
// formatter's own ops see plain tensors.
internal static class FunctorchWrapperFormat
{
    public static IDisposable Disabled()
    {
        IntPtr guard = NativeMethods.ti_func_disable_enter();
        return guard == IntPtr.Zero ? throw Check.LastError() : new Guard(guard);
    }

    /// <summary>The wrapper's text, or null for a tensor no transform wraps.</summary>
    public static string? TryFormat(Tensor tensor, Func<Tensor, string> repr)
    {
        Check.Status(NativeMethods.ti_func_wrapper_info(tensor, out int kind, out long level, out long bdim));
        if (kind == 0) return null;
        // A functional tensor is brought up to date with its aliases' pending mutations before its value is read.
        if (kind == 3) FunctionalizeTransform.Sync(tensor);
        IntPtr unwrapped = NativeMethods.ti_func_debug_unwrap(tensor, 0);
        if (unwrapped == IntPtr.Zero) throw Check.LastError();
        using var value = Tensor.From(unwrapped);
        if (kind == 3) return $"FunctionalTensor(lvl={level}, value=\\\n{repr(value)})";
        string indented = string.Join('\n', repr(value).Split('\n').Select(line => line.Length == 0 ? line : "    " + line));
        return kind == 1
            ? $"BatchedTensor(lvl={level}, bdim={bdim}, value=\n{indented}\n)"
            : $"GradTrackingTensor(lvl={level}, value=\n{indented}\n)";
    }

    private sealed class Guard(IntPtr handle) : IDisposable
    {
        public void Dispose() => NativeMethods.ti_func_disable_exit(handle);
    }
}
