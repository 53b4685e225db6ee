using System.Runtime.CompilerServices;
using TorchInterop.Native;

namespace TorchInterop;

/// <summary>
/// Python's <c>checkpoint(..., use_reentrant=False)</c>: the function runs under saved-tensor hooks that keep only a
/// placeholder per saved tensor; the first unpack in a backward recomputes the function under hooks that fill the
/// placeholders. LibTorch 1.x follows 1.13's torch/utils/checkpoint.py (one recomputation per unpacked set), 2.x the
/// newer one (a recomputation per backward run, stopped early once every tensor is back, with its consistency checks).
/// </summary>
internal static class NonReentrantCheckpoint
{
    private const string DebugTip = """

        Tip: To see a more detailed error message, either pass `debug=True` to
        `torch.utils.checkpoint.checkpoint(...)` or wrap the code block
        with `with torch.utils.checkpoint.set_checkpoint_debug_enabled(True):` to
        enable checkpoint‑debug mode globally.

        If this error occurs under torch.compile with automatic_dynamic_shapes enabled,
        it may be because the recomputation selected a different compiled graph than the
        forward pass (e.g., a dynamic graph instead of the original static graph).
        To fix this, either:
          - Use torch._dynamo.mark_dynamic() to explicitly mark varying dimensions as
            dynamic upfront, avoiding the static-to-dynamic transition.
          - Call torch._C._dynamo.eval_frame._set_lru_cache(False) to disable LRU cache
            reordering, which can change which graph is checked first between forward
            and recompute.
        See https://github.com/pytorch/pytorch/issues/166926 for more details and
        workaround examples.

        """;

    /// <summary>Whether 2.x's recomputation stops once every saved tensor is back (Python's <c>set_checkpoint_early_stop</c>).</summary>
    [ThreadStatic] internal static bool? t_earlyStop;

    public static object Run(Func<object?[], object> function, object?[] args, bool preserveRngState, bool determinismCheck = true)
    {
        if (!Autograd.IsGradEnabled) return function(args);
        var recompute = new Recomputation(function, args, preserveRngState);
        return LibTorch.IsAtLeast(2)
            ? new Frame(recompute, t_earlyStop ?? true, determinismCheck).Forward(function, args)
            : RunLegacy(recompute, function, args);
    }

    /// <summary>Runs the function again as forward ran it: the same inputs, RNG state and autocast state, with grad on.</summary>
    private sealed class Recomputation(Func<object?[], object> function, object?[] args, bool preserveRngState)
    {
        private readonly Tensor? _rngState = preserveRngState ? Torch.GetRngState() : null;
        private readonly Checkpoint.AutocastSnapshot _autocast = Checkpoint.AutocastSnapshot.Capture();

        public void Run()
        {
            using (Checkpoint.RngFork.Enter(_rngState))
            using (Autograd.EnableGrad())
            using (_autocast.Enter())
                function(args);
        }
    }

    // --- LibTorch 1.x: 1.13's _checkpoint_without_reentrant ---

    private sealed class LegacyHolder;

    private static object RunLegacy(Recomputation recompute, Func<object?[], object> function, object?[] args)
    {
        var storage = new ConditionalWeakTable<LegacyHolder, Tensor>();
        var holders = new List<WeakReference<LegacyHolder>>();
        object? Pack(Tensor x)
        {
            var holder = new LegacyHolder();
            holders.Add(new WeakReference<LegacyHolder>(holder));
            return holder;
        }
        Tensor Unpack(object? packed)
        {
            var holder = (LegacyHolder)packed!;
            if (!storage.TryGetValue(holder, out _))
            {
                int counter = 0;
                object? InnerPack(Tensor inner)
                {
                    counter++;
                    if (holders[counter - 1].TryGetTarget(out var target)) storage.AddOrUpdate(target, inner.Detach());
                    return null;
                }
                using (Autograd.SavedTensorsHooks(InnerPack, _ => throw new TorchException(
                           "You are calling backwards on a tensor that is never exposed. Please open an issue.")))
                    recompute.Run();
            }
            if (!storage.TryGetValue(holder, out var tensor))
                throw new TorchException("Attempt to retrieve a tensor saved by autograd multiple times without checkpoint " +
                                         "recomputation being triggered in between, this is not currently supported. Please " +
                                         "open an issue with details on your use case so that we can prioritize adding this.");
            storage.Remove(holder);
            return tensor;
        }
        using (Autograd.SavedTensorsHooks(Pack, Unpack)) return function(args);
    }

    // --- LibTorch 2.x: _CheckpointFrame, _checkpoint_hook and _recomputation_hook ---

    /// <summary>What a saved tensor packs to: per backward run (graph task id), the key of its recomputed value.</summary>
    private sealed class Holder
    {
        public readonly Dictionary<long, Handle?> Handles = [];
    }

    private sealed class Handle;

    private sealed class StopRecomputation : Exception;

    private sealed class Frame(Recomputation recompute, bool earlyStop, bool determinismCheck)
    {
        private readonly List<WeakReference<Holder>> _holders = [];
        private readonly List<(long[] Shape, DType Dtype, Device Device)> _metadata = [];
        private readonly Dictionary<long, ConditionalWeakTable<Handle, Tensor>> _recomputed = [];
        private readonly Dictionary<long, int> _counter = [];
        private readonly HashSet<long> _isRecomputed = [];
        private bool _forwardCompleted;
        private bool _ignoreMismatch;

        public object Forward(Func<object?[], object> function, object?[] args)
        {
            object output;
            using (Autograd.SavedTensorsHooks(Pack, Unpack)) output = function(args);
            _forwardCompleted = true;
            return output;
        }

        private object? Pack(Tensor x)
        {
            var holder = new Holder();
            _holders.Add(new WeakReference<Holder>(holder));
            if (determinismCheck) _metadata.Add(Metadata(x));
            return holder;
        }

        private Tensor Unpack(object? packed)
        {
            var holder = (Holder)packed!;
            long gid = NativeMethods.ti_current_graph_task_id();
            if (gid == -1) gid = Random.Shared.NextInt64(long.MinValue, -1);
            if (!_isRecomputed.Contains(gid))
            {
                try
                {
                    using (Autograd.SavedTensorsHooks(x => PackRecomputed(x, gid), x => (Tensor)x!)) recompute.Run();
                }
                catch (StopRecomputation)
                {
                }
                _isRecomputed.Add(gid);
                CheckRecomputedTensorsMatch(gid);
            }
            if (!holder.Handles.TryGetValue(gid, out var handle) || handle is null)
                throw new TorchException("torch.utils.checkpoint: Unpack is being triggered for a tensor that was already unpacked " +
                                         "once. If you are calling ctx.saved_tensors in backward, make sure to do so only once. " +
                                         "Otherwise please open an issue with details on your use case.");
            _recomputed[gid].TryGetValue(handle, out var value);
            holder.Handles[gid] = null;
            return value!;
        }

        private object? PackRecomputed(Tensor x, long gid)
        {
            if (x.RequiresGrad) x = x.Detach();
            int index = _counter.GetValueOrDefault(gid);
            _counter[gid] = index + 1;
            if (index >= _holders.Count)
            {
                if (!_forwardCompleted)
                {
                    _ignoreMismatch = true;
                    return x;
                }
                throw new TorchException("torch.utils.checkpoint: trying to save more tensors during recomputation than during " +
                                         "the original forward pass.\n" + DebugTip);
            }
            if (_holders[index].TryGetTarget(out var holder))
            {
                var handle = new Handle();
                holder.Handles[gid] = handle;
                if (!_recomputed.TryGetValue(gid, out var table)) _recomputed[gid] = table = new();
                table.AddOrUpdate(handle, x);
            }
            if (earlyStop && _counter[gid] == _holders.Count) throw new StopRecomputation();
            return x;
        }

        private void CheckRecomputedTensorsMatch(long gid)
        {
            if (_ignoreMismatch) return;
            int recomputed = _counter.GetValueOrDefault(gid);
            if (_holders.Count != recomputed)
                throw new TorchException("torch.utils.checkpoint: A different number of tensors was saved during the original " +
                                         $"forward and recomputation.\nNumber of tensors saved during forward: {_holders.Count}\n" +
                                         $"Number of tensors saved during recomputation: {recomputed}.\n{DebugTip}");
            if (!determinismCheck) return;
            var mismatched = new System.Text.StringBuilder();
            for (int i = 0; i < _holders.Count; i++)
            {
                if (!_holders[i].TryGetTarget(out var holder) || holder.Handles.GetValueOrDefault(gid) is not { } handle) continue;
                if (!_recomputed[gid].TryGetValue(handle, out var value)) continue;
                var now = Metadata(value);
                if (now.Shape.SequenceEqual(_metadata[i].Shape) && now.Dtype == _metadata[i].Dtype && now.Device == _metadata[i].Device)
                    continue;
                mismatched.Append($"tensor at position {i}:\nsaved metadata: {Describe(_metadata[i])}\n" +
                                  $"recomputed metadata: {Describe(now)}\n");
            }
            if (mismatched.Length > 0)
                throw new TorchException("torch.utils.checkpoint: Recomputed values for the following tensors have different " +
                                         $"metadata than during the forward pass.\n{mismatched}.\n{DebugTip}");
        }

        private static (long[] Shape, DType Dtype, Device Device) Metadata(Tensor x) => (x.Shape, x.Dtype, x.Device);

        // Python's repr of _default_meta_extractor's dict.
        private static string Describe((long[] Shape, DType Dtype, Device Device) m) =>
            $"{{'shape': torch.Size([{string.Join(", ", m.Shape)}]), 'dtype': {m.Dtype.PythonName()}, 'device': " +
            (m.Device.Index >= 0 ? $"device(type='{m.Device.Type.ToString().ToLowerInvariant()}', index={m.Device.Index})}}"
                                 : $"device(type='{m.Device.Type.ToString().ToLowerInvariant()}')}}");
    }
}
