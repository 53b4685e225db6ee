namespace TorchInterop.Profiler;

/// <summary>What a <see cref="KinetoProfile"/> traces (Python's <c>torch.profiler.ProfilerActivity</c>).</summary>
public enum ProfilerActivity
{
    /// <summary>Operators and ranges run on the CPU.</summary>
    CPU = 0,
    /// <summary>CUDA kernels and runtime calls (not available in a CPU build).</summary>
    CUDA = 1,
}
