using System.Runtime.CompilerServices;
using TorchInterop.Native;
using TorchInterop.NN;

namespace TorchInterop;

/// <summary>
/// Activation checkpointing (Python's <c>torch.utils.checkpoint</c>): a function's intermediate results are not kept
/// for backward but recomputed there, from its saved inputs and the random state it started with.
/// </summary>
public static class Checkpoint
{
    /// <summary>
    /// Runs <paramref name="function"/> on <paramref name="args"/> and recomputes it in backward (Python's
    /// <c>checkpoint(function, *args, use_reentrant=..., preserve_rng_state=...)</c>). The function returns a tensor
    /// or a C# tuple of them; so does this.
    /// </summary>
    public static object Run(Func<object?[], object> function, object?[] args, bool useReentrant = true, bool preserveRngState = true)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(args);
        if (!useReentrant) return NonReentrantCheckpoint.Run(function, args, preserveRngState);
        return CustomFunction.Apply("CheckpointFunction", [null, preserveRngState, .. args], (ctx, all) => Forward(ctx, function, all),
                                    Backward);
    }

    /// <summary>The one-tensor form: <c>checkpoint(layer, x)</c>.</summary>
    public static Tensor Run(Func<Tensor, Tensor> function, Tensor input, bool useReentrant = true, bool preserveRngState = true)
    {
        ArgumentNullException.ThrowIfNull(function);
        return (Tensor)Run(a => function((Tensor)a[0]!), [input], useReentrant, preserveRngState);
    }

    /// <summary>
    /// Python's <c>checkpoint_sequential(functions, segments, input)</c>: the layers in <paramref name="segments"/>
    /// chunks, each but the last checkpointed.
    /// </summary>
    public static Tensor Sequential(IReadOnlyList<Func<Tensor, Tensor>> functions, int segments, Tensor input,
                                    bool useReentrant = true, bool preserveRngState = true)
    {
        ArgumentNullException.ThrowIfNull(functions);
        Func<Tensor, Tensor> Segment(int start, int end) => x =>
        {
            for (int j = start; j <= end; j++) x = functions[j](x);
            return x;
        };
        int size = functions.Count / segments;
        int last = -1;
        for (int start = 0; start < size * (segments - 1); start += size)
        {
            last = start + size - 1;
            input = Run(Segment(start, last), input, useReentrant, preserveRngState);
        }
        return Segment(last + 1, functions.Count - 1)(input);
    }

    /// <summary><see cref="Sequential(IReadOnlyList{Func{Tensor, Tensor}}, int, Tensor, bool, bool)"/> over a Sequential's layers.</summary>
    public static Tensor Sequential(Sequential model, int segments, Tensor input, bool useReentrant = true, bool preserveRngState = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        var layers = Enumerable.Range(0, model.Count).Select(i => (Func<Tensor, Tensor>)model[i].Call).ToArray();
        return Sequential(layers, segments, input, useReentrant, preserveRngState);
    }

    /// <summary>
    /// Whether the non-reentrant checkpoints made in the scope stop recomputing once every saved tensor is back
    /// (Python 2's <c>set_checkpoint_early_stop</c>; on by default; LibTorch 1.x's algorithm always recomputes all).
    /// </summary>
    public static IDisposable EarlyStop(bool enable) => new EarlyStopScope(enable);

    private sealed class EarlyStopScope : IDisposable
    {
        private readonly bool? _previous = NonReentrantCheckpoint.t_earlyStop;

        public EarlyStopScope(bool enable) => NonReentrantCheckpoint.t_earlyStop = enable;

        public void Dispose() => NonReentrantCheckpoint.t_earlyStop = _previous;
    }

    /// <summary>What forward leaves for the recomputation: the function, the non-tensor inputs, RNG and autocast state.</summary>
    private sealed record Recompute(Func<object?[], object> Function, object?[] Inputs, Tensor? RngState, AutocastSnapshot Autocast);

    internal readonly record struct AutocastSnapshot(bool Enabled, DType Dtype, bool CacheEnabled)
    {
        public static AutocastSnapshot Capture() =>
            new(AutocastState.IsEnabled("cpu"), AutocastState.GetDtype("cpu"), AutocastState.IsCacheEnabled);

        public AutocastScope Enter() => Torch.Autocast("cpu", Dtype, Enabled, CacheEnabled);
    }

    internal static void WarnWithoutGradients(IEnumerable<object?> args)
    {
        if (!args.Any(a => a is Tensor { RequiresGrad: true }))
            Warnings.Raise("None of the inputs have requires_grad=True. Gradients will be None", category: "UserWarning");
    }

    private static object Forward(FunctionContext ctx, Func<object?[], object> function, object?[] all)
    {
        bool preserve = (bool)all[1]!;
        var args = all[2..];
        WarnWithoutGradients(args);
        var saved = new object?[args.Length];
        var tensors = new List<Tensor>();
        for (int i = 0; i < args.Length; i++)
            if (args[i] is Tensor t) tensors.Add(t);
            else saved[i] = args[i];
        ctx.SaveForBackward([.. tensors]);
        ctx["checkpoint"] = new Recompute(function, saved, preserve ? Torch.GetRngState() : null, AutocastSnapshot.Capture());
        return function(args);
    }

    private static object? Backward(FunctionContext ctx, Tensor?[] grads)
    {
        if (NativeMethods.ti_is_checkpoint_valid() == 0)
            throw new TorchException(LibTorch.IsAtLeast(2)
                ? "When use_reentrant=True, torch.utils.checkpoint is incompatible with .grad() or passing an `inputs` parameter " +
                  "to .backward(). To resolve this error, you can either set use_reentrant=False, or call .backward() without " +
                  "passing the `inputs` argument."
                : "Checkpointing is not compatible with .grad() or when an `inputs` parameter is passed to .backward(). " +
                  "Please use .backward() and do not pass its `inputs` argument.");
        var state = (Recompute)ctx["checkpoint"]!;
        var inputs = (object?[])state.Inputs.Clone();
        var savedTensors = ctx.SavedTensors;
        for (int i = 0, k = 0; i < inputs.Length; i++)
            if (inputs[i] is null && k < savedTensors.Count) inputs[i] = savedTensors[k++];
        var detached = inputs.Select(a => a is Tensor t ? DetachKeepingRequiresGrad(t) : a).ToArray();
        object outputs;
        using (RngFork.Enter(state.RngState))
        using (Autograd.EnableGrad())
        using (state.Autocast.Enter())
            outputs = state.Function(detached);
        var items = outputs is ITuple tuple ? Enumerable.Range(0, tuple.Length).Select(i => tuple[i]).ToArray() : [outputs];
        var withGrad = new List<Tensor>();
        var gradsWithGrad = new List<Tensor?>();
        for (int i = 0; i < items.Length; i++)
            if (items[i] is Tensor { RequiresGrad: true } t)
            {
                withGrad.Add(t);
                gradsWithGrad.Add(grads[i]);
            }
        if (withGrad.Count == 0)
            throw new TorchException("none of output has requires_grad=True, this checkpoint() is not necessary");
        Autograd.Backward(withGrad, gradsWithGrad);
        return new GradientList([null, null, .. detached.Select(a => (a as Tensor)?.Grad)]);
    }

    internal static Tensor DetachKeepingRequiresGrad(Tensor t)
    {
        var x = t.Detach();
        x.RequiresGrad = t.RequiresGrad;
        return x;
    }

    /// <summary>Python's <c>torch.random.fork_rng</c> for the CPU generator: the given state inside, the old one after.</summary>
    internal readonly struct RngFork : IDisposable
    {
        private readonly Tensor? _outside;

        private RngFork(Tensor? outside) => _outside = outside;

        public static RngFork Enter(Tensor? state)
        {
            if (state is null) return default;
            var outside = Torch.GetRngState();
            Torch.SetRngState(state);
            return new RngFork(outside);
        }

        public void Dispose()
        {
            if (_outside is null) return;
            Torch.SetRngState(_outside);
            _outside.Dispose();
        }
    }
}
