using System.Runtime.InteropServices;

namespace TorchInterop.Native;

// native/include/ti_generator.h: torch.Generator and the random ops that take one (IntPtr.Zero = the default generator).
internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library)] internal static partial GeneratorHandle ti_generator_new();
    [LibraryImport(Library)] internal static partial void ti_generator_free(IntPtr g);
    [LibraryImport(Library)] internal static partial int ti_generator_set_thread_default(IntPtr g);
    [LibraryImport(Library)] internal static partial int ti_generator_manual_seed(GeneratorHandle g, ulong seed);
    [LibraryImport(Library)] internal static partial int ti_generator_initial_seed(GeneratorHandle g, out ulong seed);
    [LibraryImport(Library)] internal static partial int ti_generator_seed(GeneratorHandle g, out ulong seed);
    [LibraryImport(Library)] internal static partial IntPtr ti_generator_get_state(GeneratorHandle g);
    [LibraryImport(Library)] internal static partial int ti_generator_set_state(GeneratorHandle g, Tensor state);
    [LibraryImport(Library)] internal static partial IntPtr ti_randperm_generator(long n, IntPtr g, int dtype);
    [LibraryImport(Library)] internal static partial IntPtr ti_randint_generator(long low, long high, long* shape, int ndim, IntPtr g, int dtype);
    [LibraryImport(Library)] internal static partial IntPtr ti_multinomial_generator(Tensor input, long numSamples, int replacement, IntPtr g);
    [LibraryImport(Library)] internal static partial int ti_random_generator_(Tensor self, IntPtr g);
}
