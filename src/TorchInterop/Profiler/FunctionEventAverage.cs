namespace TorchInterop.Profiler;

/// <summary>
/// Statistics summed over events of one key (Python's <c>FunctionEventAvg</c>): what
/// <see cref="FunctionEventList.KeyAverages"/> makes per operator and <see cref="EventList{TEvent}.TotalAverage"/> over
/// everything. The descriptive fields (parent, shapes, scope) are the first added event's.
/// </summary>
public sealed class FunctionEventAverage : IEventStatistics
{
    private string _inputShapesText = "None";

    /// <inheritdoc />
    public string? Key { get; internal set; }

    /// <inheritdoc />
    public long Count { get; private set; }

    /// <inheritdoc />
    public long NodeId { get; private set; }

    /// <inheritdoc />
    public bool IsAsync { get; private set; }

    /// <summary>Whether the events happened on another node.</summary>
    public bool IsRemote { get; private set; }

    /// <summary>Whether the events came from the legacy profiler.</summary>
    public bool IsLegacy { get; private set; }

    /// <summary>Whether the events are user annotations (record_function ranges; 2.x tells).</summary>
    public bool IsUserAnnotation { get; private set; }

    /// <inheritdoc />
    public double CpuTimeTotal { get; private set; }

    /// <inheritdoc />
    public double SelfCpuTimeTotal { get; private set; }

    /// <inheritdoc />
    public double CudaTimeTotal { get; private set; }

    /// <inheritdoc />
    public double SelfCudaTimeTotal { get; private set; }

    /// <inheritdoc />
    public long CpuMemoryUsage { get; private set; }

    /// <inheritdoc />
    public long SelfCpuMemoryUsage { get; private set; }

    /// <inheritdoc />
    public long CudaMemoryUsage { get; private set; }

    /// <inheritdoc />
    public long SelfCudaMemoryUsage { get; private set; }

    /// <summary>
    /// The first event's input shapes; null when there is none yet, and when key averages were not grouped by input
    /// shape (Python's empty string there).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<long>>? InputShapes { get; private set; }

    /// <summary>The first event's record scope.</summary>
    public int? Scope { get; private set; }

    /// <inheritdoc />
    public DeviceType DeviceType { get; private set; } = DeviceType.CPU;

    /// <inheritdoc />
    public long Flops { get; private set; }

    /// <inheritdoc />
    public FunctionEvent? CpuParent { get; private set; }

    /// <summary>The first event's children.</summary>
    public IReadOnlyList<FunctionEvent>? CpuChildren { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<string> Stack { get; private set; } = [];

    /// <summary>Average CPU time per call.</summary>
    public double CpuTime => Count == 0 ? 0.0 : CpuTimeTotal / Count;

    /// <summary>Average device time per call.</summary>
    public double CudaTime => Count == 0 ? 0.0 : CudaTimeTotal / Count;

    string IEventStatistics.InputShapesText => _inputShapesText;

    bool IEventStatistics.HasInputShapes => InputShapes is { Count: > 0 };

    /// <summary>Adds an event's statistics (Python's <c>add</c>); the first one also gives its descriptive fields.</summary>
    internal FunctionEventAverage Add(FunctionEvent other)
    {
        if (Key is null)
        {
            TakeDescription(other.Key, other.NodeId, other.IsAsync, other.IsRemote, other.CpuParent, other.CpuChildren,
                other.InputShapes, ProfilerFormat.Shapes(other.InputShapes), other.Stack, other.Scope, other.DeviceType,
                other.IsLegacy, other.IsUserAnnotation);
        }
        Accumulate(other);
        return this;
    }

    /// <summary>Adds another average's statistics.</summary>
    internal FunctionEventAverage Add(FunctionEventAverage other)
    {
        if (Key is null)
        {
            TakeDescription(other.Key, other.NodeId, other.IsAsync, other.IsRemote, other.CpuParent, other.CpuChildren,
                other.InputShapes, other._inputShapesText, other.Stack, other.Scope, other.DeviceType, other.IsLegacy,
                other.IsUserAnnotation);
        }
        Accumulate(other);
        return this;
    }

    /// <summary>key_averages without grouping by shape blanks the shapes (Python sets them to the empty string).</summary>
    internal void ClearInputShapes()
    {
        InputShapes = null;
        _inputShapesText = "";
    }

    private void TakeDescription(string? key, long nodeId, bool isAsync, bool isRemote, FunctionEvent? parent,
        IReadOnlyList<FunctionEvent>? children, IReadOnlyList<IReadOnlyList<long>>? shapes, string shapesText,
        IReadOnlyList<string> stack, int? scope, DeviceType deviceType, bool isLegacy, bool isUserAnnotation)
    {
        Key = key;
        NodeId = nodeId;
        IsAsync = isAsync;
        IsRemote = isRemote;
        CpuParent = parent;
        CpuChildren = children;
        InputShapes = shapes;
        _inputShapesText = shapesText;
        Stack = stack;
        Scope = scope;
        DeviceType = deviceType;
        IsLegacy = isLegacy;
        IsUserAnnotation = isUserAnnotation;
    }

    private void Accumulate(IEventStatistics other)
    {
        CpuTimeTotal += other.CpuTimeTotal;
        CudaTimeTotal += other.CudaTimeTotal;
        SelfCpuTimeTotal += other.SelfCpuTimeTotal;
        SelfCudaTimeTotal += other.SelfCudaTimeTotal;
        CpuMemoryUsage += other.CpuMemoryUsage;
        CudaMemoryUsage += other.CudaMemoryUsage;
        SelfCpuMemoryUsage += other.SelfCpuMemoryUsage;
        SelfCudaMemoryUsage += other.SelfCudaMemoryUsage;
        Count += other.Count;
        Flops += other.Flops;
    }

    /// <summary>Python's repr: <c>&lt;FunctionEventAvg key=aten::mm self_cpu_time=... cpu_time=... ...&gt;</c>.</summary>
    public override string ToString() =>
        $"<FunctionEventAvg key={Key ?? "None"} self_cpu_time={ProfilerFormat.Time(SelfCpuTimeTotal)} cpu_time={ProfilerFormat.Time(CpuTime)} " +
        $" self_cuda_time={ProfilerFormat.Time(SelfCudaTimeTotal)} cuda_time={ProfilerFormat.Time(CudaTime)} input_shapes={_inputShapesText} " +
        $"cpu_memory_usage={CpuMemoryUsage} cuda_memory_usage={CudaMemoryUsage}>";
}
