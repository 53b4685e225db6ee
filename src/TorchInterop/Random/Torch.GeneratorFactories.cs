using TorchInterop.Native;

namespace TorchInterop;

// The random factories with generator=... (the generated ones always draw from the default generator).
public static partial class Torch
{
    /// <summary>A random permutation of 0..n-1 drawn from <paramref name="generator"/> (null: the default generator).</summary>
    public static Tensor Randperm(long n, Generator? generator, DType dtype = DType.Int64) =>
        Generator.Use(generator, g => TorchInterop.Tensor.From(NativeMethods.ti_randperm_generator(n, g, (int)dtype)));

    /// <summary>Random integers in [0, high) of the given shape, drawn from <paramref name="generator"/>.</summary>
    public static Tensor Randint(long high, long[] size, Generator? generator, DType dtype = DType.Int64) => Randint(0, high, size, generator, dtype);

    /// <summary>Random integers in [low, high) of the given shape, drawn from <paramref name="generator"/>.</summary>
    public static unsafe Tensor Randint(long low, long high, long[] size, Generator? generator, DType dtype = DType.Int64)
    {
        ArgumentNullException.ThrowIfNull(size);
        return Generator.Use(generator, g =>
        {
            fixed (long* s = size)
                return TorchInterop.Tensor.From(NativeMethods.ti_randint_generator(low, high, s, size.Length, g, (int)dtype));
        });
    }

    /// <summary>Indices sampled from the rows of <paramref name="input"/> as weights, drawn from <paramref name="generator"/>.</summary>
    public static Tensor Multinomial(Tensor input, long numSamples, bool replacement, Generator? generator)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Generator.Use(generator, g => TorchInterop.Tensor.From(NativeMethods.ti_multinomial_generator(input, numSamples, replacement ? 1 : 0, g)));
    }
}
