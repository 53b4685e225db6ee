using TorchInterop.Native;

namespace TorchInterop;

public static partial class Autograd
{
    /// <summary>
    /// Forward-mode AD (Python's <c>torch.autograd.forward_ad</c>): inside a <see cref="DualLevel"/> scope, a dual tensor
    /// made with <see cref="MakeDual"/> carries a tangent through every op, and <see cref="UnpackDual"/> reads the
    /// primal and the tangent (the Jacobian-vector product) of a result. LibTorch's forward formulas do the work.
    /// </summary>
    public static class ForwardAD
    {
        // Python's forward_ad._current_level: LibTorch's dual levels are process-wide, and only one may be open.
        private static long _currentLevel = -1;

        /// <summary>The level <see cref="MakeDual"/> and <see cref="UnpackDual"/> use by default; -1 outside any scope.</summary>
        public static long CurrentLevel => Interlocked.Read(ref _currentLevel);

        /// <summary>Opens a dual level until the scope is disposed (Python's <c>with fwAD.dual_level():</c>).</summary>
        public static DualLevelScope DualLevel() => new(EnterDualLevel());

        /// <summary>Python's <c>fwAD.enter_dual_level()</c>: opens a level and returns it.</summary>
        public static long EnterDualLevel()
        {
            long level = NativeMethods.ti_fwad_enter_level();
            if (level < 0) throw Check.LastError();
            if (level != CurrentLevel + 1)
                throw new TorchException("Entering a new forward AD level but the current level is not valid. " +
                                         "Make sure you did not modified it directly.");
            Interlocked.Exchange(ref _currentLevel, level);
            return level;
        }

        /// <summary>Python's <c>fwAD.exit_dual_level(level=None)</c>: closes the current level (or the given one).</summary>
        public static void ExitDualLevel(long? level = null)
        {
            long exiting = level ?? CurrentLevel;
            if (exiting != CurrentLevel)
                throw new TorchException("Trying to exit a forward AD level that was not the last one that was created. " +
                                         "This is not supported.");
            Check.Status(NativeMethods.ti_fwad_exit_level(exiting));
            Interlocked.Exchange(ref _currentLevel, exiting - 1);
        }

        /// <summary>
        /// Python's <c>fwAD.make_dual(tensor, tangent)</c>: a view of <paramref name="tensor"/> whose tangent at
        /// <paramref name="level"/> (the current one by default) is <paramref name="tangent"/>.
        /// </summary>
        public static Tensor MakeDual(Tensor tensor, Tensor tangent, long? level = null)
        {
            ArgumentNullException.ThrowIfNull(tensor);
            ArgumentNullException.ThrowIfNull(tangent);
            long at = level ?? CurrentLevel;
            if (at < 0) throw new TorchException("Trying to create a dual Tensor for forward AD but no level exists, make sure to enter_dual_level() first.");
            if (!tensor.IsFloatingPoint() && !tensor.IsComplex())
                throw new TorchException($"Expected primal to be floating point or complex, but got: {tensor.Dtype.PythonName()}",
                                         TorchErrorKind.ValueError);
            if (!tangent.IsFloatingPoint() && !tangent.IsComplex())
                throw new TorchException($"Expected tangent to be floating point or complex, but got: {tangent.Dtype.PythonName()}",
                                         TorchErrorKind.ValueError);
            return Torch._MakeDual(tensor, tangent, at);
        }

        /// <summary>
        /// Python's <c>fwAD.unpack_dual(tensor)</c>: the primal (a view) and the tangent at <paramref name="level"/>
        /// (the current one by default); the tangent is null where the tensor has none, and outside any level.
        /// </summary>
        public static (Tensor Primal, Tensor? Tangent) UnpackDual(Tensor tensor, long? level = null)
        {
            ArgumentNullException.ThrowIfNull(tensor);
            long at = level ?? CurrentLevel;
            if (at < 0) return (tensor, null);
            Check.Status(NativeMethods.ti_fwad_unpack(tensor, at, out var primal, out var tangent));
            return (Tensor.From(primal), tangent == IntPtr.Zero ? null : Tensor.From(tangent));
        }

        /// <summary>Whether forward-mode AD is recorded on this thread (Python's <c>torch._C._is_fwd_grad_enabled()</c>).</summary>
        public static bool IsForwardGradEnabled => NativeMethods.ti_fwad_is_enabled() != 0;

        // Python's fwAD._set_fwd_grad_enabled: returns the previous mode.
        internal static bool SetForwardGradEnabled(bool enabled)
        {
            int previous = NativeMethods.ti_fwad_set_enabled(enabled ? 1 : 0);
            if (previous < 0) throw Check.LastError();
            return previous != 0;
        }
    }
}

/// <summary>An open forward-AD dual level (<see cref="Autograd.ForwardAD.DualLevel"/>); disposing closes it.</summary>
public sealed class DualLevelScope : IDisposable
{
    private bool _disposed;

    internal DualLevelScope(long level) => Level = level;

    /// <summary>The level's index, as Python's <c>with fwAD.dual_level() as level:</c> gives it.</summary>
    public long Level { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Autograd.ForwardAD.ExitDualLevel(Level);
    }
}
