using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using TorchInterop.Native;

namespace TorchInterop;

/// <summary>
/// A custom autograd Function: a forward of the user's own, computed without recording, and a backward that LibTorch's
/// engine calls through a node of its graph (Python's <c>torch.autograd.Function.apply</c>). The node is named
/// <c>{name}Backward</c>, as Python names it after the class.
/// </summary>
public static unsafe class CustomFunction
{
    /// <summary>
    /// Runs <paramref name="forward"/> on <paramref name="args"/> (tensors and other values) and connects its tensor
    /// outputs (one tensor, or a C# tuple of them) to a node whose backward is <paramref name="backward"/>: given the
    /// context and one gradient per output, it returns one gradient per argument (a tensor or a tuple; null for None).
    /// Forward-mode AD (Python's <c>jvp</c> static method): where an argument has a tangent at the current dual level,
    /// <paramref name="jvp"/>, given the context and one tangent per argument (null for a non-tensor argument; zeros
    /// for an input without tangent unless grads are not materialized), returns one tangent per output; without a
    /// <paramref name="jvp"/>, such a call fails with PyTorch's NotImplementedError. The forward runs with neither
    /// grad mode nor forward grad mode, as in Python.
    /// </summary>
    /// <example><code>
    /// var y = (Tensor)CustomFunction.Apply("Cube", [x], (ctx, a) => { ctx.SaveForForward((Tensor)a[0]!); return ((Tensor)a[0]!).Pow(3); },
    ///     backward, jvp: (ctx, t) => 3 * ctx.SavedTensors[0].Pow(2) * t[0]!);
    /// </code></example>
    public static object Apply(string name, object?[] args, Func<FunctionContext, object?[], object> forward,
                               Func<FunctionContext, Tensor?[], object?> backward, Func<FunctionContext, Tensor?[], object?>? jvp = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(forward);
        ArgumentNullException.ThrowIfNull(backward);
        // Python's needs_input_grad is each tensor's requires_grad, grad mode aside.
        var ctx = new FunctionContext([.. args.Select(a => a is Tensor t && t.RequiresGrad)]);
        object result;
        bool forwardGrad = Autograd.ForwardAD.SetForwardGradEnabled(false);
        try
        {
            using (Autograd.NoGrad()) result = forward(ctx, args) ?? throw new InvalidOperationException($"{name}.forward returned null.");
        }
        finally
        {
            Autograd.ForwardAD.SetForwardGradEnabled(forwardGrad);
        }
        var outputs = Flatten(result);
        var wired = Wire(name + "Backward", args, outputs, ctx, backward, jvp);
        return Rebuild(result, outputs, wired);
    }

    /// <summary>
    /// Python's <c>@once_differentiable</c> for a backward: runs it without recording and, when its gradients would
    /// be differentiated again (grad mode on and a gradient requiring grad), returns aliases whose backward fails with
    /// PyTorch's message.
    /// </summary>
    public static Func<FunctionContext, Tensor?[], object?> OnceDifferentiable(Func<FunctionContext, Tensor?[], object?> backward)
    {
        ArgumentNullException.ThrowIfNull(backward);
        return (ctx, grads) =>
        {
            object? outputs;
            using (Autograd.NoGrad()) outputs = backward(ctx, grads);
            if (!Autograd.IsGradEnabled || !grads.Any(g => g is { RequiresGrad: true })) return outputs;
            var items = Gradients(outputs, "backward");
            var handles = new IntPtr[items.Count];
            for (int i = 0; i < items.Count; i++) handles[i] = items[i] is Tensor t ? NativeMethods.ti_tensor_share(t) : IntPtr.Zero;
            int status;
            fixed (IntPtr* p = handles)
                status = NativeMethods.ti_delayed_error("trying to differentiate twice a function that was marked with @once_differentiable",
                                                        p, handles.Length);
            var aliases = handles.Select(h => h == IntPtr.Zero ? null : Tensor.From(h)).ToArray();
            Check.Status(status);
            return aliases.Length == 1 ? aliases[0] : new GradientList(aliases);
        };
    }

    /// <summary>The nodes of custom Functions alive now (for leak checks: they hold the contexts and saved tensors).</summary>
    public static long LiveNodes => NativeMethods.ti_custom_nodes_alive();

    private static Tensor?[] Wire(string nodeName, object?[] args, List<object?> outputs, FunctionContext ctx,
                                  Func<FunctionContext, Tensor?[], object?> backward, Func<FunctionContext, Tensor?[], object?>? jvp)
    {
        var tensorOutputs = outputs.Select(o => o as Tensor).ToArray();
        int n = tensorOutputs.Length;
        var inputs = stackalloc IntPtr[Math.Max(args.Length, 1)];
        var outs = stackalloc IntPtr[Math.Max(n, 1)];
        var nonDiff = stackalloc int[Math.Max(n, 1)];
        var dirty = stackalloc int[Math.Max(n, 1)];
        var save = stackalloc IntPtr[Math.Max(ctx.ToSave.Count, 1)];
        var kept = new List<Tensor>();
        for (int i = 0; i < args.Length; i++) inputs[i] = args[i] is Tensor t ? Keep(t, kept) : IntPtr.Zero;
        for (int i = 0; i < ctx.ToSave.Count; i++) save[i] = Keep(ctx.ToSave[i], kept);
        int connected = 0;
        for (int i = 0; i < n; i++)
        {
            if (tensorOutputs[i] is not { } t) continue;
            outs[connected] = NativeMethods.ti_tensor_share(t);
            nonDiff[connected] = ctx.NonDifferentiable.Contains(t) ? 1 : 0;
            dirty[connected] = ctx.Dirty.Contains(t) ? 1 : 0;
            connected++;
        }
        var tensorPositions = Enumerable.Range(0, n).Where(i => tensorOutputs[i] is not null).ToArray();
        var state = GCHandle.Alloc(new NodeState(nodeName, args.Length, ctx, backward, jvp, n, tensorPositions));
        int status;
        ctx.EnterJvp();
        try
        {
            status = NativeMethods.ti_custom_function_apply(nodeName, inputs, args.Length, outs, connected, nonDiff, dirty, save,
                ctx.ToSave.Count, ctx.MaterializeGrads ? 1 : 0, &Backward, jvp is null ? null : &Jvp, &Release, GCHandle.ToIntPtr(state));
        }
        finally
        {
            ctx.LeaveJvp();
        }
        GC.KeepAlive(kept);
        var result = new Tensor?[n];
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            if (tensorOutputs[i] is not { } original) continue;
            IntPtr handle = outs[k++];
            if (status == Check.Error) { NativeMethods.ti_tensor_free(handle); continue; }
            // An output that was an input comes back as a new view of it; the others are the forward's own objects.
            if (handle == original.Handle) { NativeMethods.ti_tensor_free(handle); result[i] = original; }
            else result[i] = Tensor.From(handle);
        }
        Check.Status(status);
        return result;
    }

    private static IntPtr Keep(Tensor t, List<Tensor> kept)
    {
        kept.Add(t);
        return t.Handle;
    }

    // What a backward returned, one entry per gradient: a tensor, a tuple of them, or null (None).
    private static List<object?> Gradients(object? returned, string what) => returned switch
    {
        null => [null],
        Tensor t => [t],
        GradientList list => [.. list.Items],
        ITuple tuple => [.. Enumerable.Range(0, tuple.Length).Select(i => tuple[i])],
        _ => throw new InvalidOperationException($"{what} must return tensors, not {returned.GetType().Name}."),
    };

    private static List<object?> Flatten(object result) => result switch
    {
        Tensor t => [t],
        ITuple tuple => [.. Enumerable.Range(0, tuple.Length).Select(i => tuple[i])],
        _ => throw new InvalidOperationException($"forward must return a tensor or a tuple, not {result.GetType().Name}."),
    };

    private static object Rebuild(object result, List<object?> outputs, Tensor?[] wired)
    {
        if (result is Tensor) return wired[0]!;
        var items = outputs.Select((o, i) => o is Tensor ? wired[i] : o).ToArray();
        return Activator.CreateInstance(result.GetType(), items)!;
    }


    // TensorPositions: where the tensors are among the forward's OutputCount outputs (the node sees only those).
    private sealed record NodeState(string Name, int ArgCount, FunctionContext Context, Func<FunctionContext, Tensor?[], object?> Backward,
                                    Func<FunctionContext, Tensor?[], object?>? Jvp, int OutputCount, int[] TensorPositions);

    [ThreadStatic] private static Exception? t_failure;

    /// <summary>The exception a custom Function's backward threw on this thread since the last call, if any.</summary>
    internal static Exception? TakeFailure()
    {
        var failure = t_failure;
        t_failure = null;
        return failure;
    }

    /// <summary>Throws the user's own exception when a backward of theirs failed.</summary>
    internal static void RethrowFailure(Exception? failure)
    {
        if (failure is not null) ExceptionDispatchInfo.Capture(failure).Throw();
    }

    [UnmanagedCallersOnly]
    private static int Backward(IntPtr statePtr, IntPtr* saved, int nSaved, IntPtr* grads, int nGrads, IntPtr* results, int capacity)
    {
        var wrapped = new List<Tensor>();
        try
        {
            var state = (NodeState)GCHandle.FromIntPtr(statePtr).Target!;
            var savedTensors = new Tensor[nSaved];
            for (int i = 0; i < nSaved; i++) wrapped.Add(savedTensors[i] = Tensor.Wrap(saved[i]));
            var gradients = new Tensor?[nGrads];
            for (int i = 0; i < nGrads; i++)
                if (grads[i] != IntPtr.Zero) wrapped.Add((gradients[i] = Tensor.Wrap(grads[i]))!);
            state.Context.EnterBackward(savedTensors);
            var returned = state.Backward(state.Context, gradients);
            var items = Gradients(returned, $"{state.Name[..^"Backward".Length]}.backward");
            for (int i = 0; i < Math.Min(items.Count, capacity); i++)
                results[i] = items[i] switch
                {
                    null => IntPtr.Zero,
                    Tensor t => NativeMethods.ti_tensor_share(t),
                    var other => throw new InvalidOperationException(
                        $"{state.Name[..^"Backward".Length]}.backward returned a {other.GetType().Name} where a gradient (a tensor or null) was expected."),
                };
            return items.Count;
        }
        catch (Exception e)
        {
            t_failure = e;
            NativeMethods.ti_set_hook_error(e is TorchException ? e.Message : $"{e.GetType().Name}: {e.Message}");
            return -1;
        }
        finally
        {
            foreach (var t in wrapped) t.Dispose();
        }
    }

    // python_function.cpp's jvp_user_function: the user's tangents, one per output, as LibTorch checks and sets them.
    [UnmanagedCallersOnly]
    private static int Jvp(IntPtr statePtr, IntPtr* tangents, int nTangents, IntPtr* results, int capacity)
    {
        var wrapped = new List<Tensor>();
        try
        {
            var state = (NodeState)GCHandle.FromIntPtr(statePtr).Target!;
            var inputTangents = new Tensor?[nTangents];
            for (int i = 0; i < nTangents; i++)
                if (tangents[i] != IntPtr.Zero) wrapped.Add((inputTangents[i] = Tensor.Wrap(tangents[i]))!);
            var items = Gradients(state.Jvp!(state.Context, inputTangents), $"{state.Name[..^"Backward".Length]}.jvp");
            for (int i = 0; i < items.Count; i++)
                if (items[i] is not (null or Tensor))
                    throw new TorchException($"expected Variable or None (got {items[i]!.GetType().Name}) for grad output {i}.");
            // LibTorch sees the tensor outputs only: the tangents of the others are dropped, and their count checked here.
            if (items.Count == state.OutputCount) items = [.. state.TensorPositions.Select(p => items[p])];
            else if (state.OutputCount != state.TensorPositions.Length)
                throw new TorchException("Function's jvp returned an invalid number of forward gradients " +
                                         $"(expected {state.OutputCount} but got {items.Count})");
            for (int i = 0; i < Math.Min(items.Count, capacity); i++)
                results[i] = items[i] is Tensor t ? NativeMethods.ti_tensor_share(t) : IntPtr.Zero;
            return items.Count;
        }
        catch (Exception e)
        {
            CallbackFailure.Record(e);
            return -1;
        }
        finally
        {
            foreach (var t in wrapped) t.Dispose();
        }
    }

    [UnmanagedCallersOnly]
    private static void Release(IntPtr state) => GCHandle.FromIntPtr(state).Free();
}

/// <summary>Gradients a backward returns as one result, where no C# tuple type fits (once_differentiable's aliases, checkpoints).</summary>
internal sealed record GradientList(Tensor?[] Items);
