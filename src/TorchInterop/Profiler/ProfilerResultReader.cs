using System.Runtime.InteropServices;
using TorchInterop.Native;

namespace TorchInterop.Profiler;

/// <summary>
/// Turns what LibTorch's profiler recorded into <see cref="FunctionEvent"/>s as Python's
/// <c>profile._parse_kineto_results</c> does: the profiler's own utility ops left out, memory records attributed to
/// the events they happened in (the rest become top-level <c>[memory]</c> events), the result ordered by
/// (start, -end).
/// </summary>
internal static class ProfilerResultReader
{
    private const string MemoryEventName = "[memory]";
    private const string OutOfMemoryEventName = "[OutOfMemory]";

    // Python's _filter_name: the profiler's own calls and attribute reads.
    private static readonly HashSet<string> FilteredNames =
    [
        MemoryEventName, OutOfMemoryEventName, "profiler::_record_function_enter", "profiler::_record_function_enter_new",
        "profiler::_record_function_exit", "aten::is_leaf", "aten::output_nr", "aten::_version",
    ];

    // c10::DeviceType numbers whose memory counts as the CPU's (CPU, MKLDNN, IDEEP) and as a device's (CUDA, HIP, XPU).
    private static readonly HashSet<int> CpuMemoryDevices = [0, 2, 5];
#if LIBTORCH_2
    private static readonly HashSet<int> DeviceMemoryDevices = [1, 6, 12, 20];
#else
    private static readonly HashSet<int> DeviceMemoryDevices = [1, 6];
#endif

    /// <summary>Stops the thread's profiler and reads its events.</summary>
    public static List<FunctionEvent> DisableAndRead()
    {
        IntPtr result = NativeMethods.ti_profiler_disable();
        if (result == IntPtr.Zero) throw Check.LastError();
        try
        {
            long count = Check.Status(NativeMethods.ti_profiler_result_count(result));
            var records = new List<RecordedEvent>((int)count);
            for (long i = 0; i < count; i++)
            {
                Check.Status(NativeMethods.ti_profiler_result_event(result, i, out var view));
                records.Add(RecordedEvent.From(view));
            }
            return Parse(records);
        }
        finally
        {
            NativeMethods.ti_profiler_result_free(result);
        }
    }

    private static List<FunctionEvent> Parse(List<RecordedEvent> records)
    {
        var memory = records.Where(r => r.Name == MemoryEventName).Select(r => new MemoryRecord(r)).ToList();
        var outOfMemory = records.Where(r => r.Name == OutOfMemoryEventName).ToList();
        var byStart = memory.OrderBy(m => m.Record.RawStart).ToList();
        var starts = byStart.Select(m => m.Record.RawStart).ToList();

        var events = new List<FunctionEvent>();
        long maxId = 0;
        foreach (var r in records)
        {
            if (FilteredNames.Contains(r.Name) || r.IsHidden) continue;
            long cpuMemory = 0, deviceMemory = 0;
            if (r.DeviceType == 0)
            {
                foreach (var m in InInterval(byStart, starts, r.RawStart, r.RawEnd))
                {
                    cpuMemory += CpuMemoryDevices.Contains(m.Record.DeviceType) ? m.Record.NBytes : 0;
                    deviceMemory += DeviceMemoryDevices.Contains(m.Record.DeviceType) ? m.Record.NBytes : 0;
                    m.Attributed = true;
                }
            }
            var fe = new FunctionEvent(r.CorrelationId, WithWildcard(r.Name), r.StartThread, r.StartUs, r.EndUs)
            {
                TraceName = r.Name,
                OverloadName = r.OverloadName,
                FwdThread = r.FwdThread,
                InputShapes = r.Shapes,
                Scope = r.Scope,
                CpuMemoryUsage = cpuMemory,
                CudaMemoryUsage = deviceMemory,
                IsAsync = r.IsAsync || r.StartThread != r.EndThread,
                SequenceNr = r.SequenceNr,
                DeviceType = (DeviceType)r.DeviceType,
                DeviceIndex = r.DeviceIndex,
                Flops = r.Flops,
                IsUserAnnotation = r.IsUserAnnotation,
                IsPythonFunction = r.IsPythonFunction,
            };
            maxId = Math.Max(maxId, fe.Id);
            events.Add(fe);
        }

        foreach (var m in memory.Where(m => !m.Attributed)) events.Add(MemoryEvent(m.Record, ++maxId));
        foreach (var r in outOfMemory) events.Add(MemoryEvent(r, ++maxId));

        return events.OrderBy(e => e.StartUs).ThenByDescending(e => e.EndUs).ToList();
    }

    // A memory record outside every op: an instant event of its own.
    private static FunctionEvent MemoryEvent(RecordedEvent r, long id) => new(id, r.Name, r.StartThread, r.StartUs, r.StartUs)
    {
        FwdThread = r.StartThread,
        CpuMemoryUsage = CpuMemoryDevices.Contains(r.DeviceType) ? r.NBytes : 0,
        CudaMemoryUsage = DeviceMemoryDevices.Contains(r.DeviceType) ? r.NBytes : 0,
    };

    // Python's MemRecordsAcc.in_interval: records starting in [start, end], by bisection over their start times.
    private static IEnumerable<MemoryRecord> InInterval(List<MemoryRecord> byStart, List<long> starts, long start, long end)
    {
        int first = LowerBound(starts, start);
        int last = UpperBound(starts, end);
        for (int i = first; i < last; i++) yield return byStart[i];
    }

    private static int LowerBound(List<long> values, long value)
    {
        int lo = 0, hi = values.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (values[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int UpperBound(List<long> values, long value)
    {
        int lo = 0, hi = values.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (values[mid] <= value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    // Python's _rewrite_name(with_wildcard=True): every profiler step aggregates under one name.
    private static string WithWildcard(string name) => name.StartsWith("ProfilerStep#", StringComparison.Ordinal) ? "ProfilerStep*" : name;

    private sealed class MemoryRecord(RecordedEvent record)
    {
        public RecordedEvent Record { get; } = record;
        public bool Attributed { get; set; }
    }

    /// <summary>One event copied out of the shim's result.</summary>
    private sealed record RecordedEvent(string Name, string OverloadName, IReadOnlyList<IReadOnlyList<long>> Shapes, double StartUs,
        double EndUs, long RawStart, long RawEnd, long StartThread, long EndThread, long FwdThread, long SequenceNr,
        long CorrelationId, long Flops, long NBytes, int Scope, int DeviceType, int DeviceIndex, bool IsAsync,
        bool IsUserAnnotation, bool IsHidden, bool IsPythonFunction)
    {
        public static unsafe RecordedEvent From(in ProfilerEventView v)
        {
            var shapes = new List<IReadOnlyList<long>>(v.ShapeCount);
            long* p = (long*)v.Shapes;
            for (int i = 0; i < v.ShapeCount; i++)
            {
                int rank = (int)*p++;
                var dims = new long[rank];
                for (int d = 0; d < rank; d++) dims[d] = *p++;
                shapes.Add(dims);
            }
            return new RecordedEvent(Marshal.PtrToStringUTF8(v.Name) ?? "", Marshal.PtrToStringUTF8(v.OverloadName) ?? "", shapes,
                v.StartUs, v.EndUs, v.RawStart, v.RawEnd, v.StartThread, v.EndThread, v.FwdThread, v.SequenceNr, v.CorrelationId,
                v.Flops, v.NBytes, v.Scope, v.DeviceType, v.DeviceIndex, v.IsAsync != 0, v.IsUserAnnotation != 0, v.IsHidden != 0,
                v.IsPythonFunction != 0);
        }
    }
}
