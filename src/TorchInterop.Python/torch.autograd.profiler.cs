using TorchInterop.Profiler;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class autograd
    {
        /// <summary>
        /// Python's <c>torch.autograd.profiler</c>: <c>with torch.autograd.profiler.profile(record_shapes=True) as prof:</c>
        /// is <c>using (var prof = torch.autograd.profiler.profile(record_shapes: true)) { ... }</c>.
        /// </summary>
        public static class profiler
        {
            /// <summary>
            /// <c>torch.autograd.profiler.profile(...)</c>, entered: records this thread's operators until disposed.
            /// A CPU build has no CUDA to time (PyTorch warns and profiles the CPU); <c>with_stack</c> records no .NET frames.
            /// </summary>
            /// <exception cref="TorchException">Python's AssertionError for use_cpu=False; (1.x) a profiler already on in this thread.</exception>
            public static Profile profile(bool enabled = true,
#if LIBTORCH_2
                string? use_device = null,
#else
                bool use_cuda = false,
#endif
                bool record_shapes = false, bool with_flops = false, bool profile_memory = false, bool with_stack = false,
                bool with_modules = false, bool use_kineto = false, bool use_cpu = true)
            {
                if (!enabled) return new Profile(enabled: false);
                if (!use_cpu && !use_kineto)
                    throw new TorchException("Device-only events supported only with Kineto (use_kineto=True)", TorchErrorKind.AssertionError);
#if LIBTORCH_2
                if (use_device is not null)
                {
                    // A CPU build has none of these devices; mtia has no availability check in PyTorch's code.
                    if (use_device is "cuda" or "xpu" or "hpu")
                        Warnings.Raise($"{use_device.ToUpperInvariant()} is not available, disabling {use_device.ToUpperInvariant()} profiling");
                    else if (use_device != "mtia")
                        Warnings.Raise($"The {use_device} is not a valid device option.");
                }
#else
                if (use_cuda) Warnings.Raise("CUDA is not available, disabling CUDA profiling");
#endif
                if (!use_cpu) throw new TorchException("No activities specified for the profiler", TorchErrorKind.AssertionError);
                return Autograd.Profile(true, record_shapes, profile_memory, with_stack, with_flops, with_modules);
            }

            /// <summary>
            /// <c>with torch.autograd.profiler.record_function("label"):</c> is
            /// <c>using (torch.autograd.profiler.record_function("label")) { ... }</c>: an event named label in the profile.
            /// </summary>
            public static RecordFunction record_function(string name, string? args = null) => Autograd.RecordFunction(name, args);
        }
    }

    /// <summary>
    /// Python's <c>torch.profiler</c>: <c>with torch.profiler.profile(activities=[ProfilerActivity.CPU], record_shapes=True) as prof:</c>
    /// is <c>using (var prof = torch.profiler.profile(activities: [torch.profiler.ProfilerActivity.CPU], record_shapes: true)) { ... }</c>.
    /// </summary>
    public static class profiler
    {
        /// <summary>Python's <c>torch.profiler.ProfilerActivity</c> members.</summary>
        public static class ProfilerActivity
        {
            /// <summary><c>ProfilerActivity.CPU</c></summary>
            public static readonly TorchInterop.Profiler.ProfilerActivity CPU = TorchInterop.Profiler.ProfilerActivity.CPU;

            /// <summary><c>ProfilerActivity.CUDA</c> (a CPU build warns and profiles the CPU only).</summary>
            public static readonly TorchInterop.Profiler.ProfilerActivity CUDA = TorchInterop.Profiler.ProfilerActivity.CUDA;
        }

        /// <summary>
        /// <c>torch.profiler.profile(...)</c>, started (the <c>with</c> form): traces until disposed or <c>stop()</c>.
        /// Schedules and <c>on_trace_ready</c> are not supported.
        /// </summary>
        public static KinetoProfile profile(IEnumerable<TorchInterop.Profiler.ProfilerActivity>? activities = null, bool record_shapes = false,
            bool profile_memory = false, bool with_stack = false, bool with_flops = false, bool with_modules = false) =>
            Autograd.KinetoProfile(activities, record_shapes, profile_memory, with_stack, with_flops, with_modules);

        /// <summary><c>torch.profiler.record_function("label")</c>, the same as torch.autograd.profiler's.</summary>
        public static RecordFunction record_function(string name, string? args = null) => Autograd.RecordFunction(name, args);

        /// <summary><c>torch.profiler.supported_activities()</c>: the CPU in a CPU build.</summary>
        public static IReadOnlySet<TorchInterop.Profiler.ProfilerActivity> supported_activities() => KinetoProfile.SupportedActivities();
    }
}
#pragma warning restore CS8981, IDE1006
