using System.Runtime.InteropServices;

namespace TorchInterop.Native;

// native/include/ti_profiler.h: LibTorch's profiler (enable, disable, the recorded events) and record_function ranges.
internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library)] internal static partial int ti_profiler_enable(int recordShapes, int profileMemory, int withFlops, int withModules);
    [LibraryImport(Library)] internal static partial int ti_profiler_is_enabled();
    [LibraryImport(Library)] internal static partial IntPtr ti_profiler_disable();
    [LibraryImport(Library)] internal static partial void ti_profiler_result_free(IntPtr result);
    [LibraryImport(Library)] internal static partial long ti_profiler_result_count(IntPtr result);
    [LibraryImport(Library)] internal static partial int ti_profiler_result_event(IntPtr result, long index, out ProfilerEventView view);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr ti_record_function_enter(string name, string? args);
    [LibraryImport(Library)] internal static partial int ti_record_function_exit(IntPtr range);
    [LibraryImport(Library)] internal static partial void ti_record_function_free(IntPtr range);
}

/// <summary>ti_profiler_event: one recorded event as the shim lays it out (pointers into its result).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ProfilerEventView
{
    public IntPtr Name;
    public IntPtr OverloadName;
    public IntPtr Shapes;
    public double StartUs;
    public double EndUs;
    public long RawStart;
    public long RawEnd;
    public long StartThread;
    public long EndThread;
    public long FwdThread;
    public long SequenceNr;
    public long CorrelationId;
    public long LinkedCorrelationId;
    public long Flops;
    public long NBytes;
    public int ShapeCount;
    public int Scope;
    public int DeviceType;
    public int DeviceIndex;
    public int IsAsync;
    public int IsUserAnnotation;
    public int IsHidden;
    public int IsPythonFunction;
}
