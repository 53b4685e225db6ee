using TorchInterop.Native;

namespace TorchInterop;

/// <summary>
/// A default generator of the calling thread's own, for as long as it is not disposed: every random op called with
/// no generator on this thread, and <see cref="Torch.ManualSeed(long)"/>, <c>InitialSeed</c> and the RNG state calls,
/// use it instead of LibTorch's global default. PyTorch's DataLoader workers are processes, each with its own default
/// generator; ours are threads, and this is how each gets its own. Ops that draw inside LibTorch's C++ without a
/// generator argument (dropout's mask, for one) still draw from the global default.
/// </summary>
internal sealed class ThreadDefaultGenerator : IDisposable
{
    private readonly Generator _generator;
    private readonly Thread _thread = Thread.CurrentThread;

    /// <summary>A fresh generator seeded with <paramref name="seed"/>, made the calling thread's default.</summary>
    internal ThreadDefaultGenerator(ulong seed)
    {
        _generator = new Generator().ManualSeed(seed);
        Set(_generator);
    }

    /// <summary>Gives the thread LibTorch's global default generator back; must be called on the same thread.</summary>
    public void Dispose()
    {
        if (Thread.CurrentThread != _thread) throw new InvalidOperationException("a thread's default generator is released on that thread");
        Set(null);
        _generator.Dispose();
    }

    private static void Set(Generator? generator) =>
        Check.Status(Generator.Use(generator, g => NativeMethods.ti_generator_set_thread_default(g)));
}
