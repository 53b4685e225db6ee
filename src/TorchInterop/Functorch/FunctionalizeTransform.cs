using TorchInterop.Native;

namespace TorchInterop.Functorch;

/// <summary>
/// functorch's <c>functionalize</c> (eager_transforms.py) over flat argument lists: a Functionalize layer, the
/// arguments wrapped in functional tensors of its level, the function run, its outputs synced and unwrapped, and the
/// mutations it made to its arguments copied back to the caller's tensors. LibTorch's functionalization pass does the
/// rewriting of in-place and view ops.
/// </summary>
internal static class FunctionalizeTransform
{
    /// <summary><c>remove</c>'s meaning as <c>reapply_views</c>: true for 'mutations', false for 'mutations_and_views'.</summary>
    public static bool ReapplyViews(string remove)
    {
        ArgumentNullException.ThrowIfNull(remove);
        return remove switch
        {
            "mutations" => true,
            "mutations_and_views" => false,
            _ => throw new TorchException(
                $"functionalize(f, remove='mutations'): received invalid argument for remove={remove}. Valid options are:\n" +
                "     remove='mutations': all inplace and out= operators will be removed from the program, and replaced with " +
                "their out-of-place equivalents.\n" +
                "     remove='mutations_and_views': In addition to the above, all aliasing operators {view} will be replaced " +
                "with their non-aliasing counterparts, {view}_copy.\n"),
        };
    }

    // Null arguments and outputs pass through, as Python's non-tensor leaves do.
    public static Tensor?[] Apply(Func<Tensor?[], Tensor?[]> function, Tensor?[] args, bool reapplyViews)
    {
        using var level = TransformLevel.Functionalize(reapplyViews);
        var wrapped = args.Select(a => a is null ? null : Wrap(a, level.Level)).ToArray();
        var outputs = function(wrapped);
        var results = outputs.Select(o => o is null ? null : Unwrap(o, reapplyViews)).ToArray();
        foreach (var w in wrapped)
            if (w is not null) Sync(w);
        for (int i = 0; i < args.Length; i++)
            if (args[i] is { } original && wrapped[i] is { } functional)
                Check.Status(NativeMethods.ti_func_functional_propagate_input_mutation(original, functional));
        return results;
    }

    // _maybe_wrap_functional_tensor
    private static Tensor Wrap(Tensor tensor, long level) => Tensor.From(NativeMethods.ti_func_functional_wrap(tensor, level));

    // _maybe_unwrap_functional_tensor: a tensor the function did not get from its functional inputs (a global) comes
    // back as it is; 2.x syncs the output's pending updates before unwrapping, 1.13 lets the unwrap apply them.
    private static Tensor Unwrap(Tensor output, bool reapplyViews)
    {
        if (!Check.Flag(NativeMethods.ti_func_is_functional(output))) return output;
#if LIBTORCH_2
        Sync(output);
#endif
        return Tensor.From(NativeMethods.ti_func_functional_unwrap(output, reapplyViews ? 1 : 0));
    }

    /// <summary>torch._sync: brings a functional tensor up to date with its aliases' mutations.</summary>
    public static void Sync(Tensor tensor) => Check.Status(NativeMethods.ti_func_functional_sync(tensor));
}
