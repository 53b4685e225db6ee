using TorchInterop.Native;

namespace TorchInterop;

// LibTorch's global context: what the build has, deterministic algorithms, denormals, warnings, inter-op threads.
public static partial class Torch
{
    /// <summary>What the loaded LibTorch was built with (Python's <c>torch.has_mkl</c>, <c>torch.has_lapack</c>, ...).</summary>
    public static class Build
    {
        private static int Features => Check.Status(NativeMethods.ti_build_features());

        /// <summary><c>torch.has_openmp</c></summary>
        public static bool HasOpenMP => (Features & 1) != 0;

        /// <summary><c>torch.has_mkl</c></summary>
        public static bool HasMkl => (Features & 2) != 0;

        /// <summary><c>torch.has_lapack</c></summary>
        public static bool HasLapack => (Features & 4) != 0;

        /// <summary><c>torch.has_mkldnn</c> (oneDNN)</summary>
        public static bool HasMkldnn => (Features & 8) != 0;

        /// <summary><c>torch.has_mps</c></summary>
        public static bool HasMps => (Features & 16) != 0;

        /// <summary><c>torch.has_cuda</c></summary>
        public static bool HasCuda => (Features & 32) != 0;

        /// <summary><c>torch.has_cudnn</c></summary>
        public static bool HasCudnn => (Features & 64) != 0;
    }

    /// <summary>Python's <c>torch.use_deterministic_algorithms(mode, warn_only=False)</c>.</summary>
    public static void UseDeterministicAlgorithms(bool mode, bool warnOnly = false) =>
        Check.Status(NativeMethods.ti_set_deterministic_algorithms(mode ? 1 : 0, warnOnly ? 1 : 0));

    /// <summary>Python's <c>torch.are_deterministic_algorithms_enabled()</c>.</summary>
    public static bool AreDeterministicAlgorithmsEnabled() => Deterministic().Enabled;

    /// <summary>Python's <c>torch.is_deterministic_algorithms_warn_only_enabled()</c>.</summary>
    public static bool IsDeterministicAlgorithmsWarnOnlyEnabled() => Deterministic().WarnOnly;

    /// <summary>Python's <c>torch.get_deterministic_debug_mode()</c>: 0 off, 1 warn, 2 error.</summary>
    public static int GetDeterministicDebugMode()
    {
        var (enabled, warnOnly) = Deterministic();
        return !enabled ? 0 : warnOnly ? 1 : 2;
    }

    /// <summary>Python's <c>torch.set_deterministic_debug_mode(mode)</c>: 0 or "default", 1 or "warn", 2 or "error".</summary>
    public static void SetDeterministicDebugMode(int mode)
    {
        switch (mode)
        {
            case 0: UseDeterministicAlgorithms(false); break;
            case 1: UseDeterministicAlgorithms(true, warnOnly: true); break;
            case 2: UseDeterministicAlgorithms(true); break;
            default: throw new TorchException($"invalid value of debug_mode, expected 0, 1, or 2, but got {mode}");
        }
    }

    /// <summary>The string form of <see cref="SetDeterministicDebugMode(int)"/>.</summary>
    public static void SetDeterministicDebugMode(string mode) => SetDeterministicDebugMode(mode switch
    {
        "default" => 0,
        "warn" => 1,
        "error" => 2,
        _ => throw new TorchException($"invalid value of debug_mode, expected one of `default`, `warn`, `error`, but got {mode}"),
    });

    /// <summary>Python's <c>torch.set_flush_denormal(mode)</c>: true when the CPU supports it.</summary>
    public static bool SetFlushDenormal(bool mode) => Check.Flag(NativeMethods.ti_set_flush_denormal(mode ? 1 : 0));

    /// <summary>Python's <c>torch.is_warn_always_enabled()</c>.</summary>
    public static bool IsWarnAlwaysEnabled() => Check.Flag(NativeMethods.ti_warn_always());

    /// <summary>Python's <c>torch.set_warn_always(b)</c>: LibTorch's warnings that warn once warn every time.</summary>
    public static void SetWarnAlways(bool enabled) => Check.Status(NativeMethods.ti_set_warn_always(enabled ? 1 : 0));

    /// <summary>Python's <c>torch.get_num_interop_threads()</c>.</summary>
    public static int GetNumInteropThreads() => Check.Status(NativeMethods.ti_get_num_interop_threads());

    /// <summary>Python's <c>torch.set_num_interop_threads(n)</c> (before any inter-op work, as in LibTorch).</summary>
    public static void SetNumInteropThreads(int threads) => Check.Status(NativeMethods.ti_set_num_interop_threads(threads));

    private static (bool Enabled, bool WarnOnly) Deterministic()
    {
        Check.Status(NativeMethods.ti_deterministic_algorithms(out int enabled, out int warnOnly));
        return (enabled != 0, warnOnly != 0);
    }
}
