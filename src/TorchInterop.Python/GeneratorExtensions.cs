using System.Diagnostics.CodeAnalysis;

namespace TorchInterop.Python;

/// <summary>Python's <c>torch.Generator</c> members and the tensor methods that take a generator, as C# 14 extension members.</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class GeneratorExtensions
{
    extension(Generator g)
    {
        /// <summary><c>g.manual_seed(seed)</c>: seeds the generator and returns it.</summary>
        public Generator manual_seed(long seed) => g.ManualSeed(seed);

        /// <summary><c>g.initial_seed()</c></summary>
        public ulong initial_seed() => g.InitialSeed();

        /// <summary><c>g.seed()</c>: a non-deterministic seed, set and returned.</summary>
        public ulong seed() => g.Seed();

        /// <summary><c>g.get_state()</c></summary>
        public Tensor get_state() => g.GetState();

        /// <summary><c>g.set_state(state)</c></summary>
        public Generator set_state(Tensor new_state) => g.SetState(new_state);
    }

    // A classic extension method rather than an extension block: the generator gives hand-written Tensor names in
    // extension blocks all of the name's overloads, and random_()'s generated ones must stay.
    /// <summary><c>x.random_(generator=g)</c></summary>
    public static Tensor random_(this Tensor t, Generator? generator) => t.Random_(generator);
}
