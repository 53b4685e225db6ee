using TorchInterop.Native;

namespace TorchInterop.Functorch;

/// <summary>
/// The innermost layer of functorch's DynamicLayer stack, as PyTorch 2's custom_function_call sees its interpreter:
/// its kind and level, a vmap layer's batch size and randomness, and <see cref="Lower"/> to run code one level out.
/// </summary>
internal readonly record struct CurrentLayer(long Level, Transform? Kind, long BatchSize, Randomness Randomness)
{
    /// <summary>The innermost layer, or null outside every transform.</summary>
    public static CurrentLayer? Get()
    {
        int found = Check.Status(NativeMethods.ti_func_current_layer(out long level, out int kind, out long batchSize, out int randomness));
        return found == 0 ? null : new CurrentLayer(level, kind == 0 ? null : (Transform)kind, batchSize, (Randomness)randomness);
    }

    /// <summary>The tensor under its batch dimension of this level, and that dimension (null when it has none).</summary>
    public (Tensor Value, long? Dim) Unwrap(Tensor tensor)
    {
        Check.Status(NativeMethods.ti_func_unwrap_batched(tensor, Level, out IntPtr value, out long bdim));
        return (Tensor.From(value), bdim < 0 ? null : bdim);
    }

    /// <summary>A tensor of the level below given a batch dimension of this level (functorch's <c>_add_batch_dim</c>).</summary>
    public Tensor AddBatchDim(Tensor tensor, long dim) => Tensor.From(NativeMethods.ti_func_add_batch_dim(tensor, dim, Level));

    /// <summary>Pops this layer until disposed (PyTorch's <c>interpreter.lower()</c>).</summary>
    public static Lowered Lower()
    {
        IntPtr layer = NativeMethods.ti_func_lower();
        if (layer == IntPtr.Zero) throw Check.LastError();
        return new Lowered(layer);
    }

    internal readonly struct Lowered(IntPtr layer) : IDisposable
    {
        public void Dispose() => Check.Status(NativeMethods.ti_func_raise(layer));
    }
}
