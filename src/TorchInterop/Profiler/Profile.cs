using TorchInterop.Native;

namespace TorchInterop.Profiler;

/// <summary>
/// A profiling session over LibTorch's profiler (Python's <c>torch.autograd.profiler.profile</c>): every operator,
/// autograd node and <see cref="RecordFunction"/> range that runs on this thread between <see cref="Enter"/> and
/// <see cref="Exit"/> (or <see cref="Dispose"/>) is recorded with its time span, and with its input shapes when
/// <c>recordShapes</c> is set. Nothing is recorded, and ordinary ops pay nothing, outside a session.
/// </summary>
/// <example><code>
/// using (var prof = Autograd.Profile(recordShapes: true)) { model.Forward(x).Sum().Backward(); }
/// Console.Write(prof.KeyAverages().Table(sortBy: "self_cpu_time_total", rowLimit: 10));
/// </code></example>
public sealed class Profile : IDisposable
{
    private FunctionEventList? _events;
    private bool _running;

    /// <summary>
    /// A session, not yet started. <paramref name="withFlops"/> implies <paramref name="recordShapes"/>, as in Python;
    /// <paramref name="withStack"/> records nothing, since .NET frames are not Python's.
    /// </summary>
    public Profile(bool enabled = true, bool recordShapes = false, bool profileMemory = false, bool withStack = false,
        bool withFlops = false, bool withModules = false)
    {
        Enabled = enabled;
        WithFlops = withFlops;
        RecordShapes = recordShapes || withFlops;
        ProfileMemory = profileMemory;
        WithStack = withStack;
        WithModules = withModules;
    }

    /// <summary>Whether the session profiles at all (a disabled one does nothing).</summary>
    public bool Enabled { get; }

    /// <summary>Whether input shapes are recorded.</summary>
    public bool RecordShapes { get; }

    /// <summary>Whether tensor memory is tracked.</summary>
    public bool ProfileMemory { get; }

    /// <summary>Whether source frames were asked for (none are recorded for .NET code).</summary>
    public bool WithStack { get; }

    /// <summary>Whether FLOPs of matrix products and convolutions are estimated.</summary>
    public bool WithFlops { get; }

    /// <summary>Whether TorchScript module hierarchy is recorded.</summary>
    public bool WithModules { get; }

    /// <summary>Whether the session has started (Python's <c>entered</c>).</summary>
    public bool Entered { get; private set; }

    /// <summary>
    /// The recorded events once the session has ended (Python's <c>function_events</c>): null before in LibTorch 1.x,
    /// empty in 2.x, as Python's are.
    /// </summary>
    public FunctionEventList? Events =>
#if LIBTORCH_2
        _events ?? (Enabled ? Empty() : null);
#else
        _events;
#endif

    /// <summary>Starts recording on this thread (Python's <c>__enter__</c>).</summary>
    /// <exception cref="TorchException">The session was entered before (<c>Profiler context manager is not reentrant</c>),
    /// or (in LibTorch 1.x) another profiler is on (<c>Profiler is already enabled on this thread.</c>).</exception>
    public Profile Enter()
    {
        if (!Enabled) return this;
        if (Entered) throw new TorchException("Profiler context manager is not reentrant");
        Entered = true;
        Check.Status(NativeMethods.ti_profiler_enable(RecordShapes ? 1 : 0, ProfileMemory ? 1 : 0, WithFlops ? 1 : 0, WithModules ? 1 : 0));
        _running = true;
        return this;
    }

    /// <summary>Stops recording and builds the events' call tree (Python's <c>__exit__</c>).</summary>
    public void Exit()
    {
        if (!Enabled || !_running) return;
        _running = false;
        _events = new FunctionEventList(ProfilerResultReader.DisableAndRead(), ProfileMemory, WithFlops);
    }

    /// <summary>Ends the session if it is running.</summary>
    public void Dispose() => Exit();

    /// <summary>Statistics per event name, optionally split by input shapes (Python's <c>key_averages()</c>).</summary>
    /// <exception cref="TorchException">The session has not ended (1.x: <c>Profiler didn't finish running</c>).</exception>
    public EventList<FunctionEventAverage> KeyAverages(bool groupByInputShape = false) => Finished().KeyAverages(groupByInputShape);

    /// <summary>The table of the events themselves (Python's <c>prof.table(...)</c>); see <see cref="EventList{TEvent}.Table"/>.</summary>
    public string Table(string? sortBy = null, int rowLimit = 100, int? maxSrcColumnWidth = 75, int? maxNameColumnWidth = 55,
        int? maxShapesColumnWidth = 80, string? header = null, bool topLevelEventsOnly = false) =>
        Finished().Table(sortBy, rowLimit, maxSrcColumnWidth, maxNameColumnWidth, maxShapesColumnWidth, header, topLevelEventsOnly);

    /// <summary>Every event summed into one average (Python's <c>total_average()</c>).</summary>
    public FunctionEventAverage TotalAverage() => Finished().TotalAverage();

    /// <summary>The sum of the events' self CPU times in microseconds (Python's <c>self_cpu_time_total</c>).</summary>
    public double SelfCpuTimeTotal => Finished().SelfCpuTimeTotal;

    /// <summary>Python's <c>str(prof)</c>: the events' table, or <c>&lt;unfinished torch.autograd.profile&gt;</c>.</summary>
    public override string ToString() => Events is { } events ? events.ToString() : "<unfinished torch.autograd.profile>";

    private FunctionEventList Finished()
    {
#if LIBTORCH_2
        // 2.x processes whatever results there are: none before the session ended.
        return _events ?? Empty();
#else
        return _events ?? throw new TorchException("Profiler didn't finish running");
#endif
    }

    private FunctionEventList Empty() => new([], ProfileMemory, WithFlops);
}
