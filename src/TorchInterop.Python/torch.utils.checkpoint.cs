using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class utils
    {
        /// <summary>
        /// Python's <c>torch.utils.checkpoint</c>: <c>torch.utils.checkpoint.checkpoint(layer, x, use_reentrant: false)</c>.
        /// C# cannot import a function by itself, so <c>from torch.utils.checkpoint import checkpoint</c> becomes
        /// <c>var cp = torch.utils.checkpoint;</c> and <c>cp.checkpoint(...)</c>.
        /// </summary>
        public static readonly checkpoint_namespace checkpoint = new();
    }

    /// <summary>The members of <c>torch.utils.checkpoint</c>.</summary>
    public sealed class checkpoint_namespace
    {
        internal checkpoint_namespace() { }

        /// <summary><c>checkpoint(function, x)</c>: the function's activations are recomputed in backward instead of kept.</summary>
        public Tensor checkpoint(Func<Tensor, Tensor> function, Tensor input, bool? use_reentrant = null, bool preserve_rng_state = true) =>
            (Tensor)Run(a => function((Tensor)a[0]!), [input], use_reentrant, preserve_rng_state);

        /// <summary><c>checkpoint(function, x, y)</c></summary>
        public Tensor checkpoint(Func<Tensor, Tensor, Tensor> function, Tensor input, Tensor other, bool? use_reentrant = null,
                                 bool preserve_rng_state = true) =>
            (Tensor)Run(a => function((Tensor)a[0]!, (Tensor)a[1]!), [input, other], use_reentrant, preserve_rng_state);

        /// <summary><c>checkpoint(function, x, y, z)</c></summary>
        public Tensor checkpoint(Func<Tensor, Tensor, Tensor, Tensor> function, Tensor input, Tensor second, Tensor third,
                                 bool? use_reentrant = null, bool preserve_rng_state = true) =>
            (Tensor)Run(a => function((Tensor)a[0]!, (Tensor)a[1]!, (Tensor)a[2]!), [input, second, third], use_reentrant, preserve_rng_state);

        /// <summary><c>a, b = checkpoint(function, x)</c> for a function of two outputs.</summary>
        public (Tensor, Tensor) checkpoint(Func<Tensor, (Tensor, Tensor)> function, Tensor input, bool? use_reentrant = null,
                                           bool preserve_rng_state = true) =>
            ((Tensor, Tensor))Run(a => function((Tensor)a[0]!), [input], use_reentrant, preserve_rng_state);

        /// <summary><c>checkpoint(self.layer, x)</c> with a module.</summary>
        public Tensor checkpoint(Module<Tensor, Tensor> function, Tensor input, bool? use_reentrant = null, bool preserve_rng_state = true) =>
            checkpoint(function.Call, input, use_reentrant, preserve_rng_state);

        /// <summary>
        /// <c>checkpoint_sequential(model, segments, x)</c>: the Sequential (or list of layers) in <paramref name="segments"/>
        /// chunks, each but the last checkpointed. 1.13's has no <c>use_reentrant</c> (passing one raises, as there).
        /// </summary>
        public Tensor checkpoint_sequential(Sequential functions, int segments, Tensor input, bool? use_reentrant = null,
                                            bool preserve_rng_state = true) =>
            TorchInterop.Checkpoint.Sequential(functions, segments, input, Reentrant(use_reentrant, sequential: true), preserve_rng_state);

        /// <summary><c>checkpoint_sequential([f, g, h], segments, x)</c> over a list of layers.</summary>
        public Tensor checkpoint_sequential(IReadOnlyList<Func<Tensor, Tensor>> functions, int segments, Tensor input,
                                            bool? use_reentrant = null, bool preserve_rng_state = true) =>
            TorchInterop.Checkpoint.Sequential(functions, segments, input, Reentrant(use_reentrant, sequential: true), preserve_rng_state);

        /// <summary><c>detach_variable(inputs)</c>: each tensor detached, keeping its requires_grad.</summary>
        public TensorTuple detach_variable(TensorTuple inputs) =>
            new([.. inputs.Select(t => t is null ? null : TorchInterop.Checkpoint.DetachKeepingRequiresGrad(t))]);

        /// <summary><c>check_backward_validity(inputs)</c>: warns, as PyTorch does, when no input requires grad.</summary>
        public void check_backward_validity(IEnumerable<object?> inputs) => TorchInterop.Checkpoint.WarnWithoutGradients(inputs);

        /// <summary>
        /// <c>get_device_states(*args)</c>: the accelerator devices of the tensor arguments and their RNG states; on
        /// a machine without CUDA both lists are empty, as in Python.
        /// </summary>
        public (List<int>, List<Tensor>) get_device_states(params object?[] args)
        {
            var devices = args.OfType<Tensor>().Where(t => t.Device.Type == DeviceType.CUDA).Select(t => t.Device.Index).Distinct().ToList();
            if (devices.Count > 0) throw new NotSupportedException("CUDA RNG states are not available in this build.");
            return ([], []);
        }

        /// <summary><c>set_device_states(devices, states)</c>: restores what <see cref="get_device_states"/> returned.</summary>
        public void set_device_states(IReadOnlyList<int> devices, IReadOnlyList<Tensor> states)
        {
            if (devices.Count > 0 || states.Count > 0) throw new NotSupportedException("CUDA RNG states are not available in this build.");
        }

#if LIBTORCH_2
        /// <summary>
        /// <c>with set_checkpoint_early_stop(False):</c>: whether the non-reentrant checkpoints made in the scope stop
        /// their recomputation once every saved tensor is back (the default).
        /// </summary>
        public IDisposable set_checkpoint_early_stop(bool enable) => TorchInterop.Checkpoint.EarlyStop(enable);
#endif

        private static object Run(Func<object?[], object> function, object?[] args, bool? useReentrant, bool preserveRngState) =>
            TorchInterop.Checkpoint.Run(function, args, Reentrant(useReentrant, sequential: false), preserveRngState);

        // 1.13 defaults to the reentrant variant silently; 2.x warns that the choice should be explicit.
        private static bool Reentrant(bool? useReentrant, bool sequential)
        {
            if (sequential && useReentrant is not null && !LibTorch.IsAtLeast(2))
                throw new TorchException("Unexpected keyword arguments: use_reentrant", TorchErrorKind.ValueError);
            if (useReentrant is { } given) return given;
            if (LibTorch.IsAtLeast(2))
                Warnings.Raise(sequential
                    ? "torch.utils.checkpoint.checkpoint_sequential: the use_reentrant parameter should be passed explicitly. " +
                      "In version 2.9 we will raise an exception if use_reentrant is not passed. use_reentrant=False is recommended, " +
                      "but if you need to preserve the current default behavior, you can pass use_reentrant=True. Refer to docs for " +
                      "more details on the differences between the two variants."
                    : "torch.utils.checkpoint: the use_reentrant parameter should be passed explicitly. Starting in PyTorch 2.9, " +
                      "calling checkpoint without use_reentrant will raise an exception. use_reentrant=False is recommended, but if " +
                      "you need to preserve the current default behavior, you can pass use_reentrant=True. Refer to docs for more " +
                      "details on the differences between the two variants.");
            return true;
        }
    }
}
#pragma warning restore CS8981, IDE1006
