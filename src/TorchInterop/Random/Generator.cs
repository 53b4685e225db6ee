using TorchInterop.Native;

namespace TorchInterop;

/// <summary>
/// A CPU random number generator of its own (Python's <c>torch.Generator()</c>), independent of the default one that
/// <see cref="Torch.ManualSeed(long)"/> seeds. A fresh generator starts from PyTorch's default seed, so the same seeds
/// give the same numbers as in Python.
/// <example><code>using var g = new Generator().ManualSeed(42); var p = Torch.Randperm(10, g);</code></example>
/// </summary>
public sealed class Generator : IDisposable
{
    private readonly GeneratorHandle _handle;
    private readonly bool _isDefault;

    /// <summary>A new CPU generator.</summary>
    public Generator()
    {
        _handle = NativeMethods.ti_generator_new();
        if (_handle.IsInvalid) throw Check.LastError();
    }

    private Generator(GeneratorHandle defaultHandle)
    {
        _handle = defaultHandle;
        _isDefault = true;
    }

    /// <summary>
    /// LibTorch's default CPU generator, the one <see cref="Torch.ManualSeed(long)"/> seeds and that ops without a
    /// generator draw from (Python's <c>torch.default_generator</c>). Disposing it does nothing.
    /// </summary>
    public static Generator Default { get; } = new(GeneratorHandle.DefaultGenerator());

    /// <summary>Seeds the generator (negative seeds wrap as in Python) and returns it, as Python's <c>manual_seed</c> does.</summary>
    public Generator ManualSeed(long seed) => ManualSeed(unchecked((ulong)seed));

    /// <summary>Seeds the generator and returns it.</summary>
    public Generator ManualSeed(ulong seed)
    {
        Check.Status(NativeMethods.ti_generator_manual_seed(Handle, seed));
        return this;
    }

    /// <summary>The seed the generator was last seeded with.</summary>
    public ulong InitialSeed()
    {
        Check.Status(NativeMethods.ti_generator_initial_seed(Handle, out ulong seed));
        return seed;
    }

    /// <summary>Seeds the generator from a non-deterministic source and returns the seed (Python's <c>seed()</c>).</summary>
    public ulong Seed()
    {
        Check.Status(NativeMethods.ti_generator_seed(Handle, out ulong seed));
        return seed;
    }

    /// <summary>The generator's state as a uint8 tensor (Python's <c>get_state()</c>).</summary>
    public Tensor GetState() => Tensor.From(NativeMethods.ti_generator_get_state(Handle));

    /// <summary>Restores a state from <see cref="GetState"/> (Python's <c>set_state</c>) and returns the generator.</summary>
    public Generator SetState(Tensor state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Check.Status(NativeMethods.ti_generator_set_state(Handle, state));
        return this;
    }

    /// <summary>Releases the native generator.</summary>
    public void Dispose()
    {
        if (!_isDefault) _handle.Dispose();
    }

    private GeneratorHandle Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
            return _handle;
        }
    }

    /// <summary>
    /// Runs a native call with the generator's pointer (IntPtr.Zero for null: the default generator), keeping the
    /// handle alive for the call.
    /// </summary>
    internal static T Use<T>(Generator? generator, Func<IntPtr, T> call)
    {
        if (generator is null || generator._isDefault) return call(IntPtr.Zero);
        var handle = generator.Handle;
        bool added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            return call(handle.DangerousGetHandle());
        }
        finally
        {
            if (added) handle.DangerousRelease();
        }
    }
}
