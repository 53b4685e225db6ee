using System.Runtime.InteropServices;

namespace TorchInterop.Native;

// native/include/ti_global_state.h: anomaly mode, autocast per device type, the default dtype, matmul precision.
internal static partial class NativeMethods
{
    [LibraryImport(Library)] internal static partial int ti_is_checkpoint_valid();
    [LibraryImport(Library)] internal static partial long ti_current_graph_task_id();
    [LibraryImport(Library)] internal static partial int ti_anomaly_state(out int enabled, out int checkNan);
    [LibraryImport(Library)] internal static partial int ti_set_anomaly(int enabled, int checkNan);
    [LibraryImport(Library)] internal static partial int ti_autocast_state(int deviceType, out int enabled, out int dtype);
    [LibraryImport(Library)] internal static partial int ti_autocast_set(int deviceType, int enabled, int dtype);
    [LibraryImport(Library)] internal static partial int ti_autocast_cache(out int enabled);
    [LibraryImport(Library)] internal static partial int ti_autocast_set_cache(int enabled);
    [LibraryImport(Library)] internal static partial int ti_autocast_clear_cache();
    [LibraryImport(Library)] internal static partial int ti_autocast_nesting(int increment);
    [LibraryImport(Library)] internal static partial int ti_default_dtype();
    [LibraryImport(Library)] internal static partial int ti_set_default_dtype(int dtype);
    [LibraryImport(Library)] internal static partial int ti_float32_matmul_precision();
    [LibraryImport(Library)] internal static partial int ti_set_float32_matmul_precision(int precision);
    [LibraryImport(Library)] internal static partial int ti_init_num_threads();
    [LibraryImport(Library)] internal static partial int ti_is_nested(Tensor t);
}
