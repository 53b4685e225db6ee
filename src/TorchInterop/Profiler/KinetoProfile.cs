namespace TorchInterop.Profiler;

/// <summary>
/// The profiler of Python's <c>torch.profiler.profile</c> (its <c>_KinetoProfile</c> without a schedule): the chosen
/// activities are traced from <see cref="Start"/> to <see cref="Stop"/>, each start a fresh
/// <see cref="Profile"/>; <see cref="Step"/> counts steps.
/// </summary>
/// <example><code>
/// using (var prof = Autograd.KinetoProfile([ProfilerActivity.CPU], recordShapes: true)) { model.Forward(x); }
/// Console.Write(prof.KeyAverages().Table(sortBy: "cpu_time_total", rowLimit: 10));
/// </code></example>
public sealed class KinetoProfile : IDisposable
{
    private Profile? _profile;

    /// <summary>A profiler of <paramref name="activities"/> (null or empty: the supported ones), not yet started.</summary>
    /// <exception cref="TorchException">Python's AssertionError when no activity is valid.</exception>
    public KinetoProfile(IEnumerable<ProfilerActivity>? activities = null, bool recordShapes = false, bool profileMemory = false,
        bool withStack = false, bool withFlops = false, bool withModules = false)
    {
        var chosen = activities?.ToHashSet() ?? [];
        Activities = chosen.Count > 0 ? chosen : SupportedActivities();
        RecordShapes = recordShapes;
        ProfileMemory = profileMemory;
        WithStack = withStack;
        WithFlops = withFlops;
        WithModules = withModules;
    }

    /// <summary>The activities traced.</summary>
    public IReadOnlySet<ProfilerActivity> Activities { get; }

    /// <summary>Whether input shapes are recorded.</summary>
    public bool RecordShapes { get; }

    /// <summary>Whether tensor memory is tracked.</summary>
    public bool ProfileMemory { get; }

    /// <summary>Whether source frames were asked for (none are recorded for .NET code).</summary>
    public bool WithStack { get; }

    /// <summary>Whether FLOPs are estimated.</summary>
    public bool WithFlops { get; }

    /// <summary>Whether TorchScript module hierarchy is recorded.</summary>
    public bool WithModules { get; }

    /// <summary>How many times <see cref="Step"/> was called (Python's <c>step_num</c>).</summary>
    public int StepNum { get; private set; }

    /// <summary>The activities this build can trace: the CPU (CUDA only with a CUDA build and device).</summary>
    public static IReadOnlySet<ProfilerActivity> SupportedActivities() => new HashSet<ProfilerActivity> { ProfilerActivity.CPU };

    /// <summary>Starts tracing (Python's <c>start()</c>).</summary>
    /// <exception cref="TorchException">A profiler is already on in this thread (LibTorch 1.x).</exception>
    public KinetoProfile Start()
    {
        if (Activities.Contains(ProfilerActivity.CUDA))
            Warnings.Raise("CUDA is not available, disabling CUDA profiling");
        if (!Activities.Contains(ProfilerActivity.CPU))
            throw new TorchException("No activities specified for the profiler", TorchErrorKind.AssertionError);
        _profile = new Profile(recordShapes: RecordShapes, profileMemory: ProfileMemory, withStack: WithStack,
            withFlops: WithFlops, withModules: WithModules);
        _profile.Enter();
        return this;
    }

    /// <summary>Stops tracing (Python's <c>stop()</c>).</summary>
    /// <exception cref="TorchException">The profiler was never started (Python's AssertionError).</exception>
    public void Stop() => Started("stopping trace").Exit();

    /// <summary>Signals that the next step has started (without a schedule, only the count changes).</summary>
    public void Step() => StepNum++;

    /// <summary>Stops tracing if it is running.</summary>
    public void Dispose() => _profile?.Exit();

    /// <summary>The recorded events (Python's <c>events()</c>).</summary>
    /// <exception cref="TorchException">The profiler was never started (Python's AssertionError).</exception>
    public FunctionEventList? Events() => Started("accessing events").Events;

    /// <summary>Statistics per event name (Python's <c>key_averages()</c>).</summary>
    /// <exception cref="TorchException">The profiler was never started (Python's AssertionError), or (1.x) is still running.</exception>
    public EventList<FunctionEventAverage> KeyAverages(bool groupByInputShape = false) =>
        Started("getting key averages").KeyAverages(groupByInputShape);

    private Profile Started(string action)
    {
#if LIBTORCH_2
        return _profile ?? throw new TorchException($"Profiler must be initialized before {action}", TorchErrorKind.AssertionError);
#else
        return _profile ?? throw new TorchException("", TorchErrorKind.AssertionError);
#endif
    }
}
