using System.Diagnostics;
using TorchInterop.Python;
using static TorchInterop.Python.Builtins;
using dist = TorchInterop.Python.torch.distributed;

namespace TorchInterop.Distributed.Worker;

/// <summary>
/// Fault scenarios: each rank that survives prints how it failed and whether within 30 s (the store's wait for workers,
/// the group's connection and its collective each have the 5 s timeout), and never hangs.
/// </summary>
internal static class Faults
{
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Rank 1 leaves right after init; rank 0's all_reduce must fail within the timeout.</summary>
    public static void EarlyExit()
    {
        dist.init_process_group("gloo", timeout: ShortTimeout);
        int rank = dist.get_rank();
        print("initialized", rank);
        Console.Out.Flush();
        if (rank == 1) Environment.Exit(0);
        Thread.Sleep(500);
        Failing(() => dist.all_reduce(torch.ones(4)));
    }

    /// <summary>The ranks all_reduce tensors of different sizes.</summary>
    public static void ShapeMismatch()
    {
        dist.init_process_group("gloo", timeout: ShortTimeout);
        int rank = dist.get_rank();
        Failing(() => dist.all_reduce(torch.ones(2 + rank)));
    }

    /// <summary>WORLD_SIZE names more ranks than were started: init fails within the timeout.</summary>
    public static void MissingRank() => Failing(() => dist.init_process_group("gloo", timeout: ShortTimeout));

    /// <summary>Init, destroy and init again (on SECOND_PORT): the second group works and no handle is left.</summary>
    public static void Reinit()
    {
        dist.init_process_group("gloo", timeout: TimeSpan.FromSeconds(20));
        var t = torch.ones(2);
        dist.all_reduce(t);
        print(t);
        dist.destroy_process_group();
        print("after destroy", dist.is_initialized(), Distributed.LiveNativeHandles);
        int rank = int.Parse(Environment.GetEnvironmentVariable("RANK")!);
        int world = int.Parse(Environment.GetEnvironmentVariable("WORLD_SIZE")!);
        string second = Environment.GetEnvironmentVariable("SECOND_PORT")!;
        dist.init_process_group("gloo", init_method: $"tcp://127.0.0.1:{second}", rank: rank, world_size: world,
                                timeout: TimeSpan.FromSeconds(20));
        t = torch.ones(2) * (rank + 1);
        dist.all_reduce(t);
        print(t);
        dist.destroy_process_group();
        print("after second destroy", dist.is_initialized(), Distributed.LiveNativeHandles);
    }

    private static void Failing(Action action)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            action();
            print("no error");
        }
        catch (Exception e)
        {
            print("failed", e.GetType().Name, clock.Elapsed < TimeSpan.FromSeconds(30));
            Console.Error.WriteLine(e.Message);
        }
    }
}
