using System.Reflection;
using System.Runtime.CompilerServices;
using TorchInterop.Functorch;

namespace TorchInterop.Python;

/// <summary>
/// A custom Function applied under functorch's transforms, as each version's PyTorch does it: 1.13 refuses; 2.x
/// wants the setup_context form, and under vmap either the Function's own <c>vmap</c> static method (called one
/// level lower on unbatched tensors, its outputs given their batch dimensions back) or <c>generate_vmap_rule = true</c>.
/// </summary>
internal static partial class FunctionMethods<TSelf>
{
    private const string Details = "For more details, please see https://pytorch.org/docs/main/notes/extending.func.html";
    private static readonly MethodInfo? Vmap = typeof(TSelf).GetMethod("vmap", BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);

    private static bool GenerateVmapRule =>
        typeof(TSelf).GetField("generate_vmap_rule", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is true ||
        typeof(TSelf).GetProperty("generate_vmap_rule", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is true;

    private static object ApplyUnderTransform(CurrentLayer layer, object?[] args)
    {
        if (!LibTorch.IsAtLeast(2))
            throw new TorchException("functorch functions (vmap, grad, vjp, etc.) currently do not support the use of autograd.Function. " +
                                     "Please rewrite your function to not use autograd.Function while we work on fixing this");
        if (SetupContext is null)
            throw new TorchException("In order to use an autograd.Function with functorch transforms (vmap, grad, jvp, jacrev, ...), " +
                                     $"it must override the setup_context staticmethod. {Details}");
        if (layer.Kind != Transform.Vmap) return ApplyHere(args);
        string name = typeof(TSelf).Name;
        if (GenerateVmapRule)
        {
            if (Vmap is not null)
                throw new TorchException($"You tried to vmap over {name}, but it has both generate_vmap_rule=True and an overridden vmap " +
                                         $"staticmethod. Please set generate_vmap_rule=False or delete the overridden vmap staticmethod to avoid ambiguity. {Details}");
            return ApplyHere(args);
        }
        if (Vmap is null)
            throw new TorchException($"You tried to vmap over {name}, but it does not have vmap support. Please override and implement the " +
                                     $"vmap staticmethod or set generate_vmap_rule=True. {Details}");
        return ApplyVmapRule(layer, args);
    }

    // custom_function_call_vmap_helper: unbatched operands and their in_dims one level lower, outputs batched again.
    private static object ApplyVmapRule(CurrentLayer layer, object?[] args)
    {
        var unwrapped = new object?[args.Length];
        var inDims = new object?[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is not Tensor t) { unwrapped[i] = args[i]; continue; }
            var (value, dim) = layer.Unwrap(t);
            unwrapped[i] = value;
            inDims[i] = dim is { } d ? (int)d : null;
        }
        if (inDims.All(d => d is null))
            using (CurrentLayer.Lower()) return Apply(args);
        var info = new VmapInfo(layer.BatchSize, layer.Randomness.ToString().ToLowerInvariant());
        object? result;
        using (CurrentLayer.Lower()) result = InvokeVmap(info, inDims, unwrapped);
        const string expected = "Expected the vmap staticmethod to have two returns, an output and out_dims with pytree structure compatible with the output. ";
        if (result is not ITuple pair) throw new TorchException(expected + $"Got a {result?.GetType().Name ?? "None"} instead");
        if (pair.Length != 2) throw new TorchException(expected + $"Got {pair.Length} returns instead");
        return Batch(layer, pair[0]!, pair[1]);
    }

    private static object? InvokeVmap(VmapInfo info, object?[] inDims, object?[] unwrapped)
    {
        var parameters = Vmap!.GetParameters();
        if (parameters.Length != unwrapped.Length + 2)
            throw new InvalidOperationException($"{typeof(TSelf).Name}.vmap must take (info, in_dims, ...) and the forward's arguments.");
        var call = new object?[parameters.Length];
        call[0] = info;
        call[1] = Pack(inDims, parameters[1].ParameterType);
        for (int i = 0; i < unwrapped.Length; i++) call[i + 2] = unwrapped[i];
        try
        {
            return Vmap.Invoke(null, call);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
            throw;
        }
    }

    // wrap_batched: each output with an out_dim gets its batch dimension back; a tuple of outputs takes a tuple of dims.
    private static object Batch(CurrentLayer layer, object output, object? outDims)
    {
        if (output is Tensor t) return outDims is null ? t : layer.AddBatchDim(t, System.Convert.ToInt64(outDims));
        if (output is not ITuple outputs) throw new TorchException($"{typeof(TSelf).Name}.vmap must return tensors, not {output.GetType().Name}.");
        var items = new object?[outputs.Length];
        for (int i = 0; i < outputs.Length; i++)
        {
            object? dim = outDims is ITuple dims ? dims[i] : outDims;
            items[i] = outputs[i] is Tensor o && dim is not null ? layer.AddBatchDim(o, System.Convert.ToInt64(dim)) : outputs[i];
        }
        return Activator.CreateInstance(output.GetType(), items)!;
    }
}

/// <summary>
/// What a custom Function's <c>vmap</c> static method learns of the vmap it runs under (Python's
/// <c>torch.autograd.function.VmapInfo</c>): the batch size and the randomness setting.
/// </summary>
#pragma warning disable IDE1006 // Python's names
public sealed record VmapInfo(long batch_size, string randomness)
{
    /// <summary>Python's repr: <c>VmapInfo(batch_size=3, randomness='error')</c>.</summary>
    public override string ToString() => $"VmapInfo(batch_size={batch_size}, randomness='{randomness}')";
}
#pragma warning restore IDE1006
