namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class autograd
    {
        /// <summary>
        /// Python's <c>torch.autograd.forward_ad</c>, forwarding to <see cref="Autograd.ForwardAD"/>:
        /// <c>import torch.autograd.forward_ad as fwAD</c> is <c>using fwAD = TorchInterop.Python.torch.autograd.forward_ad;</c>.
        /// </summary>
        public static class forward_ad
        {
            /// <summary><c>with fwAD.dual_level():</c> is <c>using (fwAD.dual_level()) { ... }</c>.</summary>
            public static DualLevelScope dual_level() => Autograd.ForwardAD.DualLevel();

            /// <summary><c>fwAD.enter_dual_level()</c>: the new level.</summary>
            public static long enter_dual_level() => Autograd.ForwardAD.EnterDualLevel();

            /// <summary><c>fwAD.exit_dual_level(level=None)</c></summary>
            public static void exit_dual_level(long? level = null) => Autograd.ForwardAD.ExitDualLevel(level);

            /// <summary><c>fwAD.make_dual(tensor, tangent, level=None)</c>: a dual tensor carrying <paramref name="tangent"/>.</summary>
            public static Tensor make_dual(Tensor tensor, Tensor tangent, long? level = null) =>
                Autograd.ForwardAD.MakeDual(tensor, tangent, level);

            /// <summary><c>primal, tangent = fwAD.unpack_dual(y)</c>, or <c>fwAD.unpack_dual(y).tangent</c>.</summary>
            public static UnpackedDualTensor unpack_dual(Tensor tensor, long? level = null)
            {
                var (primal, tangent) = Autograd.ForwardAD.UnpackDual(tensor, level);
                return new UnpackedDualTensor(primal, tangent);
            }

            /// <summary>Python's namedtuple of <see cref="unpack_dual"/>: <c>primal</c> and <c>tangent</c> (None without one).</summary>
            public sealed record UnpackedDualTensor(Tensor primal, Tensor? tangent)
            {
                /// <summary>Python's namedtuple repr: <c>UnpackedDualTensor(primal=tensor(...), tangent=None)</c>.</summary>
                public override string ToString() => $"UnpackedDualTensor(primal={Builtins.repr(primal)}, tangent={Builtins.repr(tangent)})";
            }
        }
    }
}
#pragma warning restore CS8981, IDE1006
