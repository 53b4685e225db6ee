using System.Runtime.InteropServices;

namespace TorchInterop.Native;

// native/include/ti_functorch_functionalize.h: functionalize's layer and functional tensor wrappers.
internal static partial class NativeMethods
{
    [LibraryImport(Library)] internal static partial long ti_func_functionalize_enter(int reapplyViews);
    [LibraryImport(Library)] internal static partial int ti_func_functionalize_exit(long level);
    [LibraryImport(Library)] internal static partial IntPtr ti_func_functional_wrap(Tensor t, long level);
    [LibraryImport(Library)] internal static partial int ti_func_is_functional(Tensor t);
    [LibraryImport(Library)] internal static partial int ti_func_functional_sync(Tensor t);
    [LibraryImport(Library)] internal static partial IntPtr ti_func_functional_unwrap(Tensor t, int reapplyViews);
    [LibraryImport(Library)] internal static partial int ti_func_functional_propagate_input_mutation(Tensor unwrapped, Tensor wrapped);
}
