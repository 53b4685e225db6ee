using System.Globalization;
using System.Text;

namespace TorchInterop.Profiler;

/// <summary>
/// The profiler's summary table, a port of <c>_build_table</c> in torch/autograd/profiler_util.py: the same columns,
/// widths, two-space separators, dashed rules and time formats, row for row.
/// </summary>
internal static class ProfilerTable
{
    private const int DefaultColumnWidth = 12;
    private const int SpacingSize = 2;
    private const int MaxStackEntries = 5;

    public static string Build<TEvent>(IReadOnlyList<TEvent> events, TableOptions options, bool profileMemory, bool withFlops)
        where TEvent : IEventStatistics
    {
        if (events.Count == 0) return "";

        IReadOnlyList<IEventStatistics> rows = events.Cast<IEventStatistics>().ToList();
        bool hasCudaTime = rows.Any(e => e.SelfCudaTimeTotal > 0);
        bool hasCudaMemory = rows.Any(e => e.SelfCudaMemoryUsage > 0);
        bool hasInputShapes = rows.Any(e => e.HasInputShapes);

        if (options.SortBy is not null)
        {
            var key = SortKey(options.SortBy, typeof(TEvent) == typeof(FunctionEvent) ? "FunctionEvent" : "FunctionEventAvg");
            rows = rows.OrderByDescending(key).ToList();
        }

        int nameWidth = rows.Max(e => (e.Key ?? "None").Length) + 4;
        if (options.MaxNameColumnWidth is int maxName) nameWidth = Math.Min(nameWidth, maxName);
        int shapesWidth = rows.Max(e => e.InputShapesText.Length) + 4;
        if (options.MaxShapesColumnWidth is int maxShapes) shapesWidth = Math.Min(shapesWidth, maxShapes);

        var stacks = rows.Where(e => e.Stack.Count > 0).Select(e => e.Stack).ToList();
        bool hasStack = stacks.Count > 0;
        int sourceWidth = 0;
        if (hasStack)
        {
            sourceWidth = stacks.Max(s => s.Max(entry => entry.Length)) + 4;
            if (options.MaxSrcColumnWidth is int maxSrc) sourceWidth = Math.Min(sourceWidth, maxSrc);
        }

        var headers = new List<string> { "Name", "Self CPU %", "Self CPU", "CPU total %", "CPU total", "CPU time avg" };
        if (hasCudaTime) headers.AddRange(["Self CUDA", "Self CUDA %", "CUDA total", "CUDA time avg"]);
        if (profileMemory)
        {
            headers.AddRange(["CPU Mem", "Self CPU Mem"]);
            if (hasCudaMemory) headers.AddRange(["CUDA Mem", "Self CUDA Mem"]);
        }
        headers.Add("# of Calls");
        bool appendNodeId = rows.Any(e => e.NodeId != -1);
        if (appendNodeId) headers.Add("Node ID");

        var columns = new List<(int Width, bool LeftAligned)> { (nameWidth, false) };
        for (int i = 1; i < headers.Count; i++) columns.Add((DefaultColumnWidth, false));
        if (hasInputShapes)
        {
            headers.Add("Input Shapes");
            columns.Add((shapesWidth, false));
        }
        if (hasStack)
        {
            headers.Add("Source Location");
            columns.Add((sourceWidth, true));
        }

        double flopsScale = 1;
        bool showFlops = withFlops;
        if (withFlops)
        {
            var flops = rows.Where(e => e.Flops > 0).Select(e => e.Flops).ToList();
            if (flops.Count > 0)
            {
                (flopsScale, string flopsHeader) = AutoScaleFlops(flops.Min());
                headers.Add("Total " + flopsHeader);
                columns.Add((DefaultColumnWidth, false));
            }
            else
            {
                showFlops = false;
            }
        }

        string separator = string.Concat(columns.Select(c => new string('-', c.Width) + new string(' ', SpacingSize)));
        int lineLength = columns.Sum(c => c.Width + SpacingSize) - SpacingSize;

        double selfCpuTotal = 0;
        foreach (var e in rows) selfCpuTotal += e.SelfCpuTimeTotal;
        double selfCudaTotal = 0;

        var result = new StringBuilder();
        void Append(string line) => result.Append(line).Append('\n');
        string Row(IReadOnlyList<string> values) => FormatRow(columns, values);

        if (options.Header is not null)
        {
            Append(new string('=', lineLength));
            Append(options.Header);
        }
        if (options.TopLevelEventsOnly)
        {
            Append(new string('=', lineLength));
            Append("This report only display top-level ops statistics");
        }
        Append(separator);
        Append(Row(headers));
        Append(separator);

        int shown = 0;
        foreach (var e in rows)
        {
            if (shown == options.RowLimit) break;
            if (options.TopLevelEventsOnly && e.CpuParent is not null) continue;
            shown++;

            string name = e.Key ?? "None";
            if (options.MaxNameColumnWidth is int limit && name.Length >= limit - 3) name = name[..(limit - 3)] + "...";
            var values = new List<string>
            {
                name,
                ProfilerFormat.TimeShare(e.SelfCpuTimeTotal, selfCpuTotal),
                ProfilerFormat.Time(e.SelfCpuTimeTotal),
                e.IsAsync ? "0" : ProfilerFormat.TimeShare(e.CpuTimeTotal, selfCpuTotal),
                ProfilerFormat.Time(e.CpuTimeTotal),
                ProfilerFormat.Time(e.CpuTime),
            };
            if (hasCudaTime)
            {
                values.AddRange([ProfilerFormat.Time(e.SelfCudaTimeTotal), ProfilerFormat.TimeShare(e.SelfCudaTimeTotal, selfCudaTotal),
                    ProfilerFormat.Time(e.CudaTimeTotal), ProfilerFormat.Time(e.CudaTime)]);
            }
            if (profileMemory)
            {
                values.AddRange([ProfilerFormat.Memory(e.CpuMemoryUsage), ProfilerFormat.Memory(e.SelfCpuMemoryUsage)]);
                if (hasCudaMemory) values.AddRange([ProfilerFormat.Memory(e.CudaMemoryUsage), ProfilerFormat.Memory(e.SelfCudaMemoryUsage)]);
            }
            values.Add(e.Count.ToString(CultureInfo.InvariantCulture));
            if (appendNodeId) values.Add(e.NodeId.ToString(CultureInfo.InvariantCulture));
            if (hasInputShapes)
            {
                string shapes = e.InputShapesText;
                values.Add(shapes.Length > shapesWidth ? shapes[..shapesWidth] : shapes);
            }
            if (showFlops)
            {
                values.Add(e.Flops <= 0 ? "--" : Formatting.PythonNumberFormat.Fixed(e.Flops * flopsScale, 3).PadLeft(8));
            }
            if (hasStack)
            {
                values.Add(e.Stack.Count > 0 ? TrimPath(e.Stack[0], sourceWidth) : "");
            }
            Append(Row(values));

            if (hasStack)
            {
                var empty = Enumerable.Repeat("", headers.Count - 1).ToList();
                foreach (var entry in e.Stack.Skip(1).Take(MaxStackEntries - 1)) Append(Row([.. empty, TrimPath(entry, sourceWidth)]));
                empty.Add("");
                Append(Row(empty));
            }
        }

        Append(separator);
        Append("Self CPU time total: " + ProfilerFormat.Time(selfCpuTotal));
        if (hasCudaTime) Append("Self CUDA time total: " + ProfilerFormat.Time(selfCudaTotal));
        return result.ToString();
    }

    // Python's row_format: '{: >W}  ' per column ('<' for the source location).
    private static string FormatRow(List<(int Width, bool LeftAligned)> columns, IReadOnlyList<string> values)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < columns.Count; i++)
        {
            string value = i < values.Count ? values[i] : "";
            sb.Append(columns[i].LeftAligned ? value.PadRight(columns[i].Width) : value.PadLeft(columns[i].Width));
            sb.Append(' ', SpacingSize);
        }
        return sb.ToString();
    }

    private static string TrimPath(string path, int width)
    {
        if (path.Length <= width) return path;
        path = path[(path.Length - width)..];
        return path.Length > 3 ? "..." + path[3..] : path;
    }

    private static (double Scale, string Header) AutoScaleFlops(long flops)
    {
        string[] headers = ["FLOPs", "KFLOPs", "MFLOPs", "GFLOPs", "TFLOPs", "PFLOPs"];
        double log = Math.Max(0, Math.Min(Math.Log10(flops) / 3, headers.Length - 1));
        return (Math.Pow(10, Math.Floor(log) * -3.0), headers[(int)log]);
    }

    // Python sorts by getattr(evt, sort_by); 2.x reads cuda_/xpu_ names as device_ ones.
    private static Func<IEventStatistics, double> SortKey(string sortBy, string typeName)
    {
#if LIBTORCH_2
        string attribute = sortBy.Replace("cuda", "device").Replace("xpu", "device").Replace("privateuse1", "device");
        const string device = "device";
#else
        string attribute = sortBy;
        const string device = "cuda";
#endif
        return attribute switch
        {
            "cpu_time" => e => e.CpuTime,
            "cpu_time_total" => e => e.CpuTimeTotal,
            "self_cpu_time_total" => e => e.SelfCpuTimeTotal,
            "cpu_memory_usage" => e => e.CpuMemoryUsage,
            "self_cpu_memory_usage" => e => e.SelfCpuMemoryUsage,
            "count" => e => e.Count,
            "flops" => e => e.Flops,
            "node_id" => e => e.NodeId,
            _ when attribute == device + "_time" => e => e.CudaTime,
            _ when attribute == device + "_time_total" => e => e.CudaTimeTotal,
            _ when attribute == "self_" + device + "_time_total" => e => e.SelfCudaTimeTotal,
            _ when attribute == device + "_memory_usage" => e => e.CudaMemoryUsage,
            _ when attribute == "self_" + device + "_memory_usage" => e => e.SelfCudaMemoryUsage,
            _ => throw new TorchException($"'{typeName}' object has no attribute '{attribute}'", TorchErrorKind.AttributeError),
        };
    }
}

/// <summary>The arguments of Python's <c>table(...)</c>.</summary>
internal sealed record TableOptions(string? SortBy, int RowLimit, int? MaxSrcColumnWidth, int? MaxNameColumnWidth,
    int? MaxShapesColumnWidth, string? Header, bool TopLevelEventsOnly);
