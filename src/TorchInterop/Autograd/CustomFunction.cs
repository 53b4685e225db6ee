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
    /// </summary>
    public static object Apply(string name, object?[] args, Func<FunctionContext, object?[], object> forward,
                               Func<FunctionContext, Tensor?[], object?> backward)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(forward);
        ArgumentNullException.ThrowIfNull(backward);
        bool gradMode = Autograd.IsGradEnabled;
        var ctx = new FunctionContext([.. args.Select(a => gradMode && a is Tensor t && t.RequiresGrad)]);
        object result;
        using (Autograd.NoGrad()) result = forward(ctx, args) ?? throw new InvalidOperationException($"{name}.forward returned null.");
        var outputs = Flatten(result);
        var wired = Wire(name + "Backward", args, outputs, ctx, backward);
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
                                  Func<FunctionContext, Tensor?[], object?> backward)
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
        var state = GCHandle.Alloc(new NodeState(nodeName, args.Length, ctx, backward));
        int status = NativeMethods.ti_custom_function_apply(nodeName, inputs, args.Length, outs, connected, nonDiff, dirty, save,
            ctx.ToSave.Count, ctx.MaterializeGrads ? 1 : 0, &Backward, &Release, GCHandle.ToIntPtr(state));
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


    private sealed record NodeState(string Name, int ArgCount, FunctionContext Context, Func<FunctionContext, Tensor?[], object?> Backward);

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

    [UnmanagedCallersOnly]
    private static void Release(IntPtr state) => GCHandle.FromIntPtr(state).Free();
}

/// <summary>Gradients a backward returns as one result, where no C# tuple type fits (once_differentiable's aliases, checkpoints).</summary>
internal sealed record GradientList(Tensor?[] Items);
