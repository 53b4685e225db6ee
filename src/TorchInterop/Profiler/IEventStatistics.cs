namespace TorchInterop.Profiler;

/// <summary>
/// What a row of the profiler's table shows, common to one <see cref="FunctionEvent"/> and a
/// <see cref="FunctionEventAverage"/> of several (Python's <c>FormattedTimesMixin</c> and the attributes
/// <c>_build_table</c> reads). Times are in microseconds.
/// </summary>
public interface IEventStatistics
{
    /// <summary>The name rows are grouped and shown by (Python's <c>key</c>).</summary>
    string? Key { get; }

    /// <summary>How many calls the row stands for.</summary>
    long Count { get; }

    /// <summary>CPU time including the children's (Python's <c>cpu_time_total</c>).</summary>
    double CpuTimeTotal { get; }

    /// <summary>CPU time less the direct children's (Python's <c>self_cpu_time_total</c>).</summary>
    double SelfCpuTimeTotal { get; }

    /// <summary>Device (CUDA) time including the children's; zero on the CPU.</summary>
    double CudaTimeTotal { get; }

    /// <summary>Device (CUDA) time less the children's; zero on the CPU.</summary>
    double SelfCudaTimeTotal { get; }

    /// <summary>Bytes allocated on the CPU within the event (with profile_memory), children included.</summary>
    long CpuMemoryUsage { get; }

    /// <summary>Bytes allocated on the CPU by the event itself.</summary>
    long SelfCpuMemoryUsage { get; }

    /// <summary>Bytes allocated on a device within the event.</summary>
    long CudaMemoryUsage { get; }

    /// <summary>Bytes allocated on a device by the event itself.</summary>
    long SelfCudaMemoryUsage { get; }

    /// <summary>The distributed node's id, -1 outside distributed profiling.</summary>
    long NodeId { get; }

    /// <summary>Whether the event started and ended on different threads.</summary>
    bool IsAsync { get; }

    /// <summary>The kind of device the event ran on.</summary>
    DeviceType DeviceType { get; }

    /// <summary>Estimated floating point operations (with with_flops), 0 when unknown.</summary>
    long Flops { get; }

    /// <summary>The parent the event (or the first averaged event) ran in, null at the top level.</summary>
    FunctionEvent? CpuParent { get; }

    /// <summary>The source frames of the call; empty, since .NET frames are not recorded.</summary>
    IReadOnlyList<string> Stack { get; }

    /// <summary>Python's <c>str(input_shapes)</c> as the table shows it.</summary>
    internal string InputShapesText { get; }

    /// <summary>Whether the row has input shapes to show (a non-empty list).</summary>
    internal bool HasInputShapes { get; }

    /// <summary>Average CPU time per call (Python's <c>cpu_time</c>).</summary>
    double CpuTime => Count == 0 ? 0.0 : CpuTimeTotal / Count;

    /// <summary>Average device time per call (Python's <c>cuda_time</c>).</summary>
    double CudaTime => Count == 0 ? 0.0 : CudaTimeTotal / Count;
}
