using System.Diagnostics.CodeAnalysis;
using TorchInterop.Profiler;

namespace TorchInterop.Python;

/// <summary>
/// Python's members of the profiler's objects: <c>prof.key_averages()</c>, <c>.table(sort_by=..., row_limit=...)</c>,
/// <c>prof.function_events</c>, a FunctionEvent's <c>name</c>, <c>count</c>, <c>cpu_time_total</c>, ... (times in
/// microseconds, as in Python).
/// </summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class ProfilerExtensions
{
    extension(Profile prof)
    {
        /// <summary><c>prof.key_averages(group_by_input_shape=False)</c></summary>
        public EventList<FunctionEventAverage> key_averages(bool group_by_input_shape = false, int group_by_stack_n = 0) =>
            prof.KeyAverages(group_by_input_shape);

        /// <summary><c>prof.table(sort_by=None, row_limit=100, ...)</c>: the table of the events themselves.</summary>
        public string table(string? sort_by = null, int row_limit = 100, int? max_src_column_width = 75, int? max_name_column_width = 55,
            int? max_shapes_column_width = 80, string? header = null, bool top_level_events_only = false) =>
            prof.Table(sort_by, row_limit, max_src_column_width, max_name_column_width, max_shapes_column_width, header, top_level_events_only);

        /// <summary><c>prof.function_events</c>: the events once the profile has ended (None before, in 1.x).</summary>
        public FunctionEventList? function_events => prof.Events;

        /// <summary><c>prof.total_average()</c></summary>
        public FunctionEventAverage total_average() => prof.TotalAverage();

        /// <summary><c>prof.self_cpu_time_total</c>: the sum of self CPU times, in microseconds.</summary>
        public double self_cpu_time_total => prof.SelfCpuTimeTotal;

        /// <summary><c>prof.enabled</c></summary>
        public bool enabled => prof.Enabled;

        /// <summary><c>prof.entered</c></summary>
        public bool entered => prof.Entered;

        /// <summary><c>prof.record_shapes</c></summary>
        public bool record_shapes => prof.RecordShapes;

        /// <summary><c>prof.profile_memory</c></summary>
        public bool profile_memory => prof.ProfileMemory;

        /// <summary><c>prof.__enter__()</c>, for the rare port that enters a profile object itself.</summary>
        public Profile __enter__() => prof.Enter();

        /// <summary><c>prof.__exit__(None, None, None)</c></summary>
        public void __exit__(object? exc_type = null, object? exc_value = null, object? traceback = null) => prof.Exit();
    }

    extension(KinetoProfile prof)
    {
        /// <summary><c>prof.start()</c>: traces again, in a fresh session.</summary>
        public void start() => prof.Start();

        /// <summary><c>prof.stop()</c></summary>
        public void stop() => prof.Stop();

        /// <summary><c>prof.step()</c></summary>
        public void step() => prof.Step();

        /// <summary><c>prof.step_num</c></summary>
        public int step_num => prof.StepNum;

        /// <summary><c>prof.events()</c></summary>
        public FunctionEventList? events() => prof.Events();

        /// <summary><c>prof.key_averages(group_by_input_shape=False)</c></summary>
        public EventList<FunctionEventAverage> key_averages(bool group_by_input_shape = false, int group_by_stack_n = 0) =>
            prof.KeyAverages(group_by_input_shape);

        /// <summary><c>prof.activities</c></summary>
        public IReadOnlySet<ProfilerActivity> activities => prof.Activities;
    }

    extension<TEvent>(EventList<TEvent> events) where TEvent : IEventStatistics
    {
        /// <summary><c>events.table(sort_by=None, row_limit=100, ...)</c>: the profiler's table, as Python prints it.</summary>
        public string table(string? sort_by = null, int row_limit = 100, int? max_src_column_width = 75, int? max_name_column_width = 55,
            int? max_shapes_column_width = 80, string? header = null, bool top_level_events_only = false) =>
            events.Table(sort_by, row_limit, max_src_column_width, max_name_column_width, max_shapes_column_width, header, top_level_events_only);

        /// <summary><c>events.total_average()</c></summary>
        public FunctionEventAverage total_average() => events.TotalAverage();

        /// <summary><c>events.self_cpu_time_total</c></summary>
        public double self_cpu_time_total => events.SelfCpuTimeTotal;
    }

    extension(FunctionEventList events)
    {
        /// <summary><c>prof.function_events.key_averages(group_by_input_shapes=False)</c> (plural, as EventList spells it).</summary>
        public EventList<FunctionEventAverage> key_averages(bool group_by_input_shapes = false, int group_by_stack_n = 0) =>
            events.KeyAverages(group_by_input_shapes);
    }

    extension(FunctionEvent e)
    {
        /// <summary><c>evt.id</c></summary>
        public long id => e.Id;

        /// <summary><c>evt.name</c></summary>
        public string name => e.Name;

        /// <summary><c>evt.key</c></summary>
        public string key => e.Key;

        /// <summary><c>evt.trace_name</c></summary>
        public string? trace_name => e.TraceName;

        /// <summary><c>evt.overload_name</c> (2.x)</summary>
        public string overload_name => e.OverloadName;

        /// <summary><c>evt.thread</c></summary>
        public long thread => e.Thread;

        /// <summary><c>evt.fwd_thread</c></summary>
        public long fwd_thread => e.FwdThread;

        /// <summary><c>evt.input_shapes</c>: a list of shapes, each a list of sizes.</summary>
        public IReadOnlyList<IReadOnlyList<long>> input_shapes => e.InputShapes;

        /// <summary><c>evt.scope</c>: at::RecordScope's number (0 function, 1 backward function, 7 user scope).</summary>
        public int scope => e.Scope;

        /// <summary><c>evt.sequence_nr</c></summary>
        public long sequence_nr => e.SequenceNr;

        /// <summary><c>evt.is_async</c></summary>
        public bool is_async => e.IsAsync;

        /// <summary><c>evt.is_remote</c></summary>
        public bool is_remote => e.IsRemote;

        /// <summary><c>evt.is_legacy</c></summary>
        public bool is_legacy => e.IsLegacy;

        /// <summary><c>evt.is_user_annotation</c> (2.x)</summary>
        public bool is_user_annotation => e.IsUserAnnotation;

        /// <summary><c>evt.device_type</c></summary>
        public DeviceType device_type => e.DeviceType;

        /// <summary><c>evt.device_index</c></summary>
        public int device_index => e.DeviceIndex;

        /// <summary><c>evt.node_id</c></summary>
        public long node_id => e.NodeId;

        /// <summary><c>evt.count</c>: 1.</summary>
        public long count => e.Count;

        /// <summary><c>evt.flops</c></summary>
        public long flops => e.Flops;

        /// <summary><c>evt.stack</c>: empty (no .NET frames are recorded).</summary>
        public IReadOnlyList<string> stack => e.Stack;

        /// <summary><c>evt.time_range</c></summary>
        public Interval time_range => e.TimeRange;

        /// <summary><c>evt.cpu_children</c>: the events directly inside this one.</summary>
        public IReadOnlyList<FunctionEvent> cpu_children => e.CpuChildren;

        /// <summary><c>evt.cpu_parent</c>: the event this one ran directly inside, None at the top.</summary>
        public FunctionEvent? cpu_parent => e.CpuParent;

        /// <summary><c>evt.cpu_time</c></summary>
        public double cpu_time => e.CpuTime;

        /// <summary><c>evt.cpu_time_total</c></summary>
        public double cpu_time_total => e.CpuTimeTotal;

        /// <summary><c>evt.self_cpu_time_total</c></summary>
        public double self_cpu_time_total => e.SelfCpuTimeTotal;

        /// <summary><c>evt.cuda_time_total</c>: 0 on the CPU.</summary>
        public double cuda_time_total => e.CudaTimeTotal;

        /// <summary><c>evt.self_cuda_time_total</c>: 0 on the CPU.</summary>
        public double self_cuda_time_total => e.SelfCudaTimeTotal;

        /// <summary><c>evt.cpu_memory_usage</c></summary>
        public long cpu_memory_usage => e.CpuMemoryUsage;

        /// <summary><c>evt.self_cpu_memory_usage</c></summary>
        public long self_cpu_memory_usage => e.SelfCpuMemoryUsage;

        /// <summary><c>evt.cpu_time_str</c>, e.g. <c>12.000us</c>.</summary>
        public string cpu_time_str => FormatTime(e.CpuTime);

        /// <summary><c>evt.cpu_time_total_str</c></summary>
        public string cpu_time_total_str => FormatTime(e.CpuTimeTotal);

        /// <summary><c>evt.self_cpu_time_total_str</c></summary>
        public string self_cpu_time_total_str => FormatTime(e.SelfCpuTimeTotal);
    }

    extension(FunctionEventAverage e)
    {
        /// <summary><c>avg.key</c></summary>
        public string? key => e.Key;

        /// <summary><c>avg.count</c>: how many events were summed.</summary>
        public long count => e.Count;

        /// <summary><c>avg.node_id</c></summary>
        public long node_id => e.NodeId;

        /// <summary><c>avg.is_async</c></summary>
        public bool is_async => e.IsAsync;

        /// <summary><c>avg.is_remote</c></summary>
        public bool is_remote => e.IsRemote;

        /// <summary><c>avg.is_legacy</c></summary>
        public bool is_legacy => e.IsLegacy;

        /// <summary><c>avg.input_shapes</c>: the first event's shapes; null where Python has "" (not grouped by shape).</summary>
        public IReadOnlyList<IReadOnlyList<long>>? input_shapes => e.InputShapes;

        /// <summary><c>avg.scope</c></summary>
        public int? scope => e.Scope;

        /// <summary><c>avg.device_type</c></summary>
        public DeviceType device_type => e.DeviceType;

        /// <summary><c>avg.flops</c></summary>
        public long flops => e.Flops;

        /// <summary><c>avg.stack</c></summary>
        public IReadOnlyList<string> stack => e.Stack;

        /// <summary><c>avg.cpu_parent</c></summary>
        public FunctionEvent? cpu_parent => e.CpuParent;

        /// <summary><c>avg.cpu_children</c></summary>
        public IReadOnlyList<FunctionEvent>? cpu_children => e.CpuChildren;

        /// <summary><c>avg.cpu_time</c>: the average per call.</summary>
        public double cpu_time => e.CpuTime;

        /// <summary><c>avg.cpu_time_total</c></summary>
        public double cpu_time_total => e.CpuTimeTotal;

        /// <summary><c>avg.self_cpu_time_total</c></summary>
        public double self_cpu_time_total => e.SelfCpuTimeTotal;

        /// <summary><c>avg.cuda_time_total</c></summary>
        public double cuda_time_total => e.CudaTimeTotal;

        /// <summary><c>avg.self_cuda_time_total</c></summary>
        public double self_cuda_time_total => e.SelfCudaTimeTotal;

        /// <summary><c>avg.cpu_memory_usage</c></summary>
        public long cpu_memory_usage => e.CpuMemoryUsage;

        /// <summary><c>avg.self_cpu_memory_usage</c></summary>
        public long self_cpu_memory_usage => e.SelfCpuMemoryUsage;

        /// <summary><c>avg.cpu_time_str</c></summary>
        public string cpu_time_str => FormatTime(e.CpuTime);

        /// <summary><c>avg.cpu_time_total_str</c></summary>
        public string cpu_time_total_str => FormatTime(e.CpuTimeTotal);

        /// <summary><c>avg.self_cpu_time_total_str</c></summary>
        public string self_cpu_time_total_str => FormatTime(e.SelfCpuTimeTotal);
    }

    extension(Interval range)
    {
        /// <summary><c>time_range.start</c></summary>
        public double start => range.Start;

        /// <summary><c>time_range.end</c></summary>
        public double end => range.End;

        /// <summary><c>time_range.elapsed_us()</c></summary>
        public double elapsed_us() => range.ElapsedUs();
    }

    private static string FormatTime(double microseconds) => Profiler.ProfilerFormat.Time(microseconds);

    /// <summary>Python's <c>str()</c> of an event list or profile: its table (their repr is a list's).</summary>
    internal static string? PythonStr(object value) => value switch
    {
        Profile prof => prof.ToString(),
        not null when IsEventList(value.GetType()) => value.ToString(),
        _ => null,
    };

    private static bool IsEventList(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EventList<>)) return true;
        }
        return false;
    }
}
