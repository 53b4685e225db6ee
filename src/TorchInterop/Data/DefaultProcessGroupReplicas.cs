namespace TorchInterop.Data;

/// <summary>
/// The replica group a <see cref="DistributedSampler"/> asks by default: torch.distributed's default process group
/// (<see cref="Distributed.Distributed.GetWorldSize"/>, <see cref="Distributed.Distributed.GetRank"/>), which raises
/// PyTorch's error while <c>init_process_group</c> has not been called (a RuntimeError in 1.x, a ValueError in 2.x).
/// </summary>
internal sealed class DefaultProcessGroupReplicas : IReplicaGroup
{
    public static readonly DefaultProcessGroupReplicas Instance = new();

    private DefaultProcessGroupReplicas() { }

    public int GetWorldSize() => Distributed.Distributed.GetWorldSize();

    public int GetRank() => Distributed.Distributed.GetRank();
}
