using TorchInterop.Native;

namespace TorchInterop.Distributed;

/// <summary>
/// The job's process groups, as Python's <c>torch.distributed</c> keeps them (torch/distributed/distributed_c10d.py):
/// <see cref="InitProcessGroup"/> makes the default group, <see cref="NewGroup"/> sub-groups over the same store, and
/// the collectives (Distributed.Collectives.cs) take global ranks and a group (null: the default one). State is per
/// process, as in Python.
/// </summary>
public static partial class Distributed
{
    private static readonly Lock Sync = new();
    private static ProcessGroup? _world;
    private static Store? _defaultStore;
    private static Store? _rendezvousStore;
    private static readonly List<ProcessGroup> Groups = [];
    private static int _groupCount;

    /// <summary>Python's <c>default_pg_timeout</c>: 30 minutes.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromMinutes(30);

    /// <summary>Whether this LibTorch has c10d (Python's <c>torch.distributed.is_available()</c>).</summary>
    public static bool IsAvailable => NativeMethods.ti_distributed_is_available() == 1;

    /// <summary>Whether the Gloo backend is built in.</summary>
    public static bool IsGlooAvailable => IsAvailable;

    /// <summary>Whether <see cref="InitProcessGroup"/> has made the default group.</summary>
    public static bool IsInitialized => _world is not null;

    /// <summary>The default group; throws PyTorch's error before <see cref="InitProcessGroup"/>.</summary>
    public static ProcessGroup DefaultGroup => _world ?? throw new TorchException(
        "Default process group has not been initialized, please make sure to call init_process_group.",
        LibTorch.IsAtLeast(2) ? TorchErrorKind.ValueError : TorchErrorKind.RuntimeError);

    /// <summary>The method the default group was initialized with (null with a store, or before init).</summary>
    public static string? InitMethod { get; private set; }

    /// <summary>Stores, process groups and works alive in the native library (for leak checks).</summary>
    public static long LiveNativeHandles => NativeMethods.ti_distributed_live_handles();

    /// <summary>
    /// Makes the default group (Python's <c>init_process_group</c>): the ranks meet through <paramref name="store"/>,
    /// or through the store <paramref name="initMethod"/> names: "env://" (MASTER_ADDR, MASTER_PORT, RANK,
    /// WORLD_SIZE), "tcp://host:port" or "file:///path" (default "env://"). Rank 0 serves the TCPStore. Throws when
    /// a rank does not come within <paramref name="timeout"/> (default 30 minutes).
    /// </summary>
    public static ProcessGroup InitProcessGroup(string backend = "gloo", string? initMethod = null, TimeSpan? timeout = null,
        int worldSize = -1, int rank = -1, Store? store = null, string groupName = "")
    {
        lock (Sync)
        {
            var wait = timeout ?? DefaultTimeout;
            if (_world is not null)
                throw new TorchException("trying to initialize the default process group twice!",
                    LibTorch.IsAtLeast(2) ? TorchErrorKind.ValueError : TorchErrorKind.RuntimeError);
            if (store is not null && initMethod is not null) throw new ArgumentException("Cannot specify both init_method and store.");
            if (store is not null)
            {
                if (worldSize <= 0) throw new ArgumentException("world_size must be positive if using store");
                if (rank < 0) throw new ArgumentException("rank must be non-negative if using store");
            }
            else
            {
                initMethod ??= "env://";
            }
            string name = CheckBackend(backend);
            if (store is null)
            {
                (store, rank, worldSize) = Rendezvous.Connect(initMethod!, rank, worldSize, wait);
                store.Timeout = wait;
                _rendezvousStore = store;
            }
            var defaultStore = new PrefixStore("default_pg", store);
            try
            {
                _world = CreateGroup(worldSize, rank, [.. Enumerable.Range(0, worldSize)], name, defaultStore, groupName, wait);
                _defaultStore = defaultStore;
                InitMethod = initMethod;
                AfterGroupCreated(_world, rank, worldSize, defaultStore, wait);
                return _world;
            }
            catch
            {
                DestroyAll();
                defaultStore.Dispose();
                throw;
            }
        }
    }

    /// <summary>
    /// Makes a group of <paramref name="ranks"/> (all when null) over the default group's store (Python's
    /// <c>new_group</c>). Every rank of the job must call it, members or not; a non-member gets a group whose
    /// <see cref="ProcessGroup.IsMember"/> is false.
    /// </summary>
    public static ProcessGroup NewGroup(IReadOnlyList<int>? ranks = null, TimeSpan? timeout = null, string? backend = null)
    {
        lock (Sync)
        {
            var world = DefaultGroup;
            var wait = timeout ?? DefaultTimeout;
            int globalRank = world.Rank, globalSize = world.Size;
            string name = backend is null ? world.Backend : CheckBackend(backend);
            int[] members;
            if (ranks is not null)
            {
                members = [.. ranks.Order()];
#if LIBTORCH_2
                if (members.Distinct().Count() != members.Length)
                    throw new TorchException($"ranks list must not contain duplicate entries, got [{string.Join(", ", members)}]", TorchErrorKind.ValueError);
#endif
                if (members.Length > globalSize)
                    throw new TorchException("the new group's world size should be less or equal to the world size set by init_process_group",
                        LibTorch.IsAtLeast(2) ? TorchErrorKind.ValueError : TorchErrorKind.RuntimeError);
                foreach (int r in members)
                    if (r < 0 || r >= globalSize)
                        throw LibTorch.IsAtLeast(2)
                            ? new TorchException($"Rank {r} is out of range. Valid ranks are 0 to {globalSize - 1} (world_size={globalSize})", TorchErrorKind.ValueError)
                            : new TorchException("The new group's rank should be within the the world_size set by init_process_group");
            }
            else
            {
                members = [.. Enumerable.Range(0, globalSize)];
            }
            int groupRank = Array.IndexOf(members, globalRank);
            var group = CreateGroup(members.Length, groupRank, members, name, _defaultStore!, "", wait);
            AfterGroupCreated(group, globalRank, globalSize, _defaultStore!, wait);
            return group;
        }
    }

    /// <summary>
    /// Destroys <paramref name="group"/>, or every group when null (Python's <c>destroy_process_group</c>); after
    /// destroying all, <see cref="InitProcessGroup"/> may be called again.
    /// </summary>
    public static void DestroyProcessGroup(ProcessGroup? group = null)
    {
        lock (Sync)
        {
            if (group is { IsMember: false }) return;
            if (group is null || group == _world)
            {
                if (_world is null) throw new TorchException("Invalid process group specified");
                DestroyAll();
                return;
            }
            if (!Groups.Remove(group)) throw new TorchException("Invalid process group specified");
            group.Dispose();
        }
    }

    /// <summary>This process's rank in <paramref name="group"/> (default: the default group); -1 when not a member.</summary>
    public static int GetRank(ProcessGroup? group = null)
    {
        if (group is { IsMember: false }) return -1;
        var world = DefaultGroup;
        return group is null || group == world ? world.Rank : GetGroupRank(group, world.Rank);
    }

    /// <summary>The number of ranks in <paramref name="group"/> (default: the default group); -1 when not a member.</summary>
    public static int GetWorldSize(ProcessGroup? group = null)
    {
        if (group is { IsMember: false }) return -1;
        return (group ?? DefaultGroup).Size;
    }

    /// <summary>The backend of <paramref name="group"/> (default: the default group), "gloo".</summary>
    public static string GetBackend(ProcessGroup? group = null)
    {
        var pg = group ?? DefaultGroup;
        if (!pg.IsMember) throw new TorchException("Invalid process group specified");
        return pg.Backend;
    }

    /// <summary>The rank in <paramref name="group"/> of global rank <paramref name="globalRank"/> (Python's <c>get_group_rank</c>).</summary>
    public static int GetGroupRank(ProcessGroup group, int globalRank)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group == DefaultGroup) return globalRank;
        int rank = group.GroupRankOf(globalRank);
        if (rank < 0) throw new TorchException($"Global rank {globalRank} is not part of group {group.Name}");
        return rank;
    }

    /// <summary>The global rank of rank <paramref name="groupRank"/> of <paramref name="group"/> (Python's <c>get_global_rank</c>).</summary>
    public static int GetGlobalRank(ProcessGroup group, int groupRank)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group == DefaultGroup) return groupRank;
        if (groupRank < 0 || groupRank >= group.GlobalRanks.Count)
            throw new TorchException($"Group rank {groupRank} is not part of group {group.Name}");
        return group.GlobalRanks[groupRank];
    }

    private static string CheckBackend(string backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        string name = backend.ToLowerInvariant();
        return name switch
        {
            "gloo" => name,
            "nccl" => throw new TorchException("Distributed package doesn't have NCCL built in"),
            "mpi" => throw new TorchException("Distributed package doesn't have MPI built in. MPI is only included if you build PyTorch from source on a host that has MPI installed."),
            "ucc" => throw new TorchException("Distributed package doesn't have UCC built in"),
            "undefined" => throw new TorchException($"Invalid backend: '{backend}'", TorchErrorKind.ValueError),
            _ => throw new TorchException($"Invalid backend: '{backend}'", TorchErrorKind.ValueError),
        };
    }

    // Python's _new_process_group_helper: the group's name (a counter) prefixes its keys in the shared store.
    private static ProcessGroup CreateGroup(int size, int groupRank, int[] globalRanks, string backend, Store store,
                                            string groupName, TimeSpan timeout)
    {
        if (string.IsNullOrEmpty(groupName)) groupName = (_groupCount++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Groups.Any(g => g.Name == groupName))
            throw new TorchException("The specified group name has already been created, please use a different group name");
        if (groupRank < 0)
        {
            var outsider = ProcessGroup.NonMember(groupName, globalRanks);
            return outsider;
        }
#if LIBTORCH_2
        // 2.x: PrefixStore(f"{group_name}/", store), then one per device type: PrefixStore("cpu/", ...).
        using var groupStore = new PrefixStore(groupName + "/", store);
        var prefixStore = new PrefixStore("cpu/", groupStore);
#else
        var prefixStore = new PrefixStore(groupName, store);
#endif
        try
        {
            var group = ProcessGroup.CreateGloo(prefixStore, groupRank, size, timeout, hostname: null, groupName, globalRanks, ownsStore: true);
            Groups.Add(group);
            return group;
        }
        catch
        {
            prefixStore.Dispose();
            throw;
        }
    }

    // What Python does once a group exists: 1.x waits for every rank in a store-based barrier and agrees on the
    // sequence number; 2.x waits only when TORCH_DIST_INIT_BARRIER=1.
    private static void AfterGroupCreated(ProcessGroup group, int rank, int worldSize, Store store, TimeSpan timeout)
    {
#if LIBTORCH_2
        if (Environment.GetEnvironmentVariable("TORCH_DIST_INIT_BARRIER") == "1")
            StoreBarrier.Wait(store, $"store_based_barrier_key:{group.Name}", rank, worldSize, timeout, lastWorkerKey: true);
#else
        StoreBarrier.Wait(store, $"store_based_barrier_key:{_groupCount}", rank, worldSize, timeout, lastWorkerKey: false);
        if (group.IsMember) group.SetSequenceNumber();
#endif
    }

    private static void DestroyAll()
    {
        foreach (var group in Groups) group.Dispose();
        Groups.Clear();
        _world = null;
        _defaultStore?.Dispose();
        _defaultStore = null;
        _rendezvousStore?.Dispose();
        _rendezvousStore = null;
        InitMethod = null;
        _groupCount = 0;
    }
}
