namespace TorchInterop.Data;

/// <summary>
/// The replica group while no default process group exists: both questions raise what PyTorch raises when
/// <c>init_process_group</c> has not been called (a RuntimeError in 1.x, a ValueError in 2.x).
/// </summary>
internal sealed class UninitializedReplicaGroup : IReplicaGroup
{
    private const string NoProcessGroup = "Default process group has not been initialized, please make sure to call init_process_group.";

    public static readonly UninitializedReplicaGroup Instance = new();

    private UninitializedReplicaGroup() { }

    public int GetWorldSize() => throw Uninitialized();

    public int GetRank() => throw Uninitialized();

    private static TorchException Uninitialized() =>
        new(NoProcessGroup, LibTorch.IsAtLeast(2) ? TorchErrorKind.ValueError : TorchErrorKind.RuntimeError);
}
