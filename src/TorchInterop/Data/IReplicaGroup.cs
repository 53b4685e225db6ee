namespace TorchInterop.Data;

/// <summary>
/// Where a <see cref="DistributedSampler"/> given no <c>num_replicas</c> or <c>rank</c> reads them: the default
/// process group (Python's <c>dist.get_world_size()</c> and <c>dist.get_rank()</c>, each called only for the value
/// that is missing). Each member raises PyTorch's error when there is no default group.
/// </summary>
public interface IReplicaGroup
{
    /// <summary>The number of processes in the group (Python's <c>dist.get_world_size()</c>).</summary>
    /// <exception cref="TorchException">No default process group (PyTorch's message).</exception>
    int GetWorldSize();

    /// <summary>This process's rank in the group (Python's <c>dist.get_rank()</c>).</summary>
    /// <exception cref="TorchException">No default process group (PyTorch's message).</exception>
    int GetRank();
}
