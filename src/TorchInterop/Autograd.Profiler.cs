using TorchInterop.Native;
using TorchInterop.Profiler;

namespace TorchInterop;

public static partial class Autograd
{
    /// <summary>Whether LibTorch's profiler is recording on this thread.</summary>
    public static bool IsProfilerEnabled => Check.Flag(NativeMethods.ti_profiler_is_enabled());

    /// <summary>
    /// Starts a profiling session on this thread, ended by disposing it (Python's
    /// <c>with torch.autograd.profiler.profile(record_shapes=True) as prof:</c>).
    /// </summary>
    /// <example><code>using (var prof = Autograd.Profile(recordShapes: true)) { y.Backward(); }</code></example>
    /// <exception cref="TorchException">(LibTorch 1.x) a profiler is already on in this thread.</exception>
    public static Profile Profile(bool enabled = true, bool recordShapes = false, bool profileMemory = false, bool withStack = false,
        bool withFlops = false, bool withModules = false) =>
        new Profile(enabled, recordShapes, profileMemory, withStack, withFlops, withModules).Enter();

    /// <summary>
    /// Starts a <see cref="KinetoProfile"/> of the given activities, ended by disposing it (Python's
    /// <c>with torch.profiler.profile(activities=[ProfilerActivity.CPU]) as prof:</c>).
    /// </summary>
    public static KinetoProfile KinetoProfile(IEnumerable<ProfilerActivity>? activities = null, bool recordShapes = false,
        bool profileMemory = false, bool withStack = false, bool withFlops = false, bool withModules = false) =>
        new KinetoProfile(activities, recordShapes, profileMemory, withStack, withFlops, withModules).Start();

    /// <summary>
    /// Labels the code until the range is disposed: in a profile it is an event named <paramref name="name"/>
    /// (Python's <c>with torch.autograd.profiler.record_function("label"):</c>).
    /// </summary>
    public static RecordFunction RecordFunction(string name, string? args = null) => new(name, args);
}
