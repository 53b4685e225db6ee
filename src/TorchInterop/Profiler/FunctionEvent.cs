using System.Globalization;

namespace TorchInterop.Profiler;

/// <summary>
/// One profiled call (Python's <c>torch.autograd.profiler_util.FunctionEvent</c>): an operator, an autograd node's
/// backward or a <see cref="RecordFunction"/> range, with its time span and, once the profile has ended, its place in
/// the call tree. Times are microseconds from the start of the trace.
/// </summary>
public sealed class FunctionEvent : IEventStatistics
{
    private readonly List<FunctionEvent> _cpuChildren = [];

    internal FunctionEvent(long id, string name, long thread, double startUs, double endUs)
    {
        Id = id;
        Name = name;
        Thread = thread;
        StartUs = startUs;
        EndUs = endUs;
    }

    /// <summary>The event's id (the profiler's correlation id).</summary>
    public long Id { get; internal set; }

    /// <summary>The operator or range name, e.g. <c>aten::mm</c>, <c>MmBackward0</c> or a record_function label.</summary>
    public string Name { get; }

    /// <summary>The name as a trace shows it (Python's <c>trace_name</c>; <c>ProfilerStep#3</c> where Name says <c>ProfilerStep*</c>).</summary>
    public string? TraceName { get; internal set; }

    /// <summary>The operator's overload name (2.x, when the profiler captures them), otherwise empty.</summary>
    public string OverloadName { get; internal set; } = "";

    /// <inheritdoc />
    public string Key => Name;

    /// <summary>Start, in microseconds from the trace's start (whole microseconds in LibTorch 1.x).</summary>
    public double StartUs { get; }

    /// <summary>End, in microseconds from the trace's start.</summary>
    public double EndUs { get; }

    /// <summary>The event's span (Python's <c>time_range</c>).</summary>
    public Interval TimeRange => new(StartUs, EndUs);

    /// <summary>The id of the thread the event started on.</summary>
    public long Thread { get; internal set; }

    /// <summary>For a backward node's event, the thread its forward ran on; otherwise 0.</summary>
    public long FwdThread { get; internal set; }

    /// <summary>The shapes of the inputs (with recordShapes; a non-tensor input is an empty shape).</summary>
    public IReadOnlyList<IReadOnlyList<long>> InputShapes { get; internal set; } = [];

    /// <summary>at::RecordScope: 0 a function, 1 a backward function, 7 a user scope (record_function), ...</summary>
    public int Scope { get; internal set; }

    /// <summary>The autograd sequence number that ties a forward op to its backward node, -1 when none.</summary>
    public long SequenceNr { get; internal set; } = -1;

    /// <inheritdoc />
    public bool IsAsync { get; internal set; }

    /// <summary>Whether the event happened on another node (distributed profiling).</summary>
    public bool IsRemote => false;

    /// <summary>Whether the event came from the legacy profiler (device time from CUDA events).</summary>
    public bool IsLegacy => false;

    /// <summary>Whether the event is a user annotation (a record_function range; 2.x tells, 1.x does not).</summary>
    public bool IsUserAnnotation { get; internal set; }

    /// <summary>Whether the event is a Python function (never for .NET code).</summary>
    public bool IsPythonFunction { get; internal set; }

    /// <inheritdoc />
    public DeviceType DeviceType { get; internal set; } = DeviceType.CPU;

    /// <summary>The index of the device the event ran on.</summary>
    public int DeviceIndex { get; internal set; }

    /// <inheritdoc />
    public long NodeId => -1;

    /// <inheritdoc />
    public long Flops { get; internal set; }

    /// <inheritdoc />
    public long Count => 1;

    /// <inheritdoc />
    public IReadOnlyList<string> Stack => [];

    /// <inheritdoc />
    public long CpuMemoryUsage { get; internal set; }

    /// <inheritdoc />
    public long CudaMemoryUsage { get; internal set; }

    /// <summary>The events that ran directly inside this one, on its thread.</summary>
    public IReadOnlyList<FunctionEvent> CpuChildren => _cpuChildren;

    /// <inheritdoc />
    public FunctionEvent? CpuParent { get; private set; }

    /// <inheritdoc />
    public double CpuTimeTotal => DeviceType == DeviceType.CPU ? EndUs - StartUs : 0;

    /// <inheritdoc />
    public double SelfCpuTimeTotal => IsAsync || DeviceType != DeviceType.CPU ? 0 : CpuTimeTotal - SumOverChildren(c => c.CpuTimeTotal);

    /// <inheritdoc />
    public double CudaTimeTotal => 0;

    /// <inheritdoc />
    public double SelfCudaTimeTotal => 0;

    /// <inheritdoc />
    public long SelfCpuMemoryUsage => IsAsync || DeviceType != DeviceType.CPU ? 0 : CpuMemoryUsage - _cpuChildren.Sum(c => c.CpuMemoryUsage);

    /// <inheritdoc />
    public long SelfCudaMemoryUsage => IsAsync || DeviceType != DeviceType.CPU ? 0 : CudaMemoryUsage - _cpuChildren.Sum(c => c.CudaMemoryUsage);

    /// <summary>Average CPU time per call (for one event, its CPU time).</summary>
    public double CpuTime => CpuTimeTotal;

    string IEventStatistics.InputShapesText => ProfilerFormat.Shapes(InputShapes);

    bool IEventStatistics.HasInputShapes => InputShapes.Count > 0;

    internal void AppendCpuChild(FunctionEvent child) => _cpuChildren.Add(child);

    internal void ReplaceCpuChildren(IEnumerable<FunctionEvent> children)
    {
        var copy = children.ToList();
        _cpuChildren.Clear();
        _cpuChildren.AddRange(copy);
    }

    internal void SetCpuParent(FunctionEvent? parent) => CpuParent = parent;

    // Python sums the children in order; float addition is not associative, so neither is this.
    private double SumOverChildren(Func<FunctionEvent, double> value)
    {
        double sum = 0;
        foreach (var child in _cpuChildren) sum += value(child);
        return sum;
    }

    /// <summary>Python's repr: <c>&lt;FunctionEvent id=1 name=aten::mm ...&gt;</c>.</summary>
    public override string ToString()
    {
        string children = "[" + string.Join(", ", _cpuChildren.Select(c => c.Id.ToString(CultureInfo.InvariantCulture))) + "]";
        string time = ProfilerFormat.Time(CpuTime);
#if LIBTORCH_2
        return $"<FunctionEvent id={Id} name={Name} overload_name={OverloadName} device_type=DeviceType.{DeviceType} node_id={NodeId} " +
               $"cpu_time={time} start_us={ProfilerFormat.Number(StartUs)} end_us={ProfilerFormat.Number(EndUs)} " +
               $"cpu_children={children} None_time={ProfilerFormat.Time(0)} name={Name} thread={Thread} " +
               $"input_shapes={ProfilerFormat.Shapes(InputShapes)} cpu_memory_usage={CpuMemoryUsage} None_memory_usage={CudaMemoryUsage} " +
               $"is_async={ProfilerFormat.Bool(IsAsync)} is_remote={ProfilerFormat.Bool(IsRemote)} seq_nr={SequenceNr} is_legacy={ProfilerFormat.Bool(IsLegacy)}>";
#else
        return $"<FunctionEvent id={Id} name={Name} device_type=DeviceType.{DeviceType} node_id={NodeId} cpu_time={time} " +
               $"start_us={ProfilerFormat.Number(StartUs)} end_us={ProfilerFormat.Number(EndUs)} cpu_children={children} " +
               $"cuda_time={ProfilerFormat.Time(0)} name={Name} thread={Thread} input_shapes={ProfilerFormat.Shapes(InputShapes)} " +
               $"cpu_memory_usage={CpuMemoryUsage} cuda_memory_usage={CudaMemoryUsage} is_async={ProfilerFormat.Bool(IsAsync)} " +
               $"is_remote={ProfilerFormat.Bool(IsRemote)} seq_nr={SequenceNr} is_legacy={ProfilerFormat.Bool(IsLegacy)}>";
#endif
    }
}
