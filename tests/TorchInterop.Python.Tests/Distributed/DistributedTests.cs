using System.Net;
using System.Net.Sockets;
using TorchInterop.Distributed;
using Dist = TorchInterop.Distributed.Distributed;
using static TorchInterop.Python.Builtins;
using static TorchInterop.Python.Tests.Distributed.DistributedRanks;

namespace TorchInterop.Python.Tests.Distributed;

/// <summary>
/// torch.distributed over c10d's Gloo: multi-process jobs on 127.0.0.1 whose ranks print what PyTorch's ranks print,
/// a job with one .NET rank and one Python rank in one group, and faults that end in exceptions, never hangs.
/// </summary>
[TestFixture, NonParallelizable]
public class DistributedTests
{
    private static readonly string[] TwoDotNet = ["cs", "cs"];
    private static readonly string[] TwoPython = ["py", "py"];

    private static readonly Dictionary<string, string[]> PythonOutputs = [];

    // What each rank of an all-Python job prints (run once per scenario and test run).
    private static string[] PythonReference(string scenario, int ranks)
    {
        string key = $"{scenario}/{ranks}";
        if (!PythonOutputs.TryGetValue(key, out var outputs))
        {
            var results = Run(scenario, [.. Enumerable.Repeat("py", ranks)]);
            Assert.That(results.All(r => r.ExitCode == 0), Describe(results));
            outputs = [.. results.Select(r => r.Output)];
            PythonOutputs[key] = outputs;
        }
        return outputs;
    }

    private static void AssertSameAsPython(string scenario, string[] languages)
    {
        var expected = PythonReference(scenario, languages.Length);
        var results = Run(scenario, languages);
        Assert.That(results.All(r => r.ExitCode == 0), Describe(results));
        for (int rank = 0; rank < results.Length; rank++)
            Assert.That(results[rank].Output, Is.EqualTo(expected[rank]), $"rank {rank} ({languages[rank]})\n" + Describe(results));
    }

    [Test]
    public void EveryCollectiveAndReduceOpGivesPyTorchsResults() => AssertSameAsPython("collectives", TwoDotNet);

    [Test]
    public void OneDotNetRankAndOnePythonRankShareOneGroup()
    {
        AssertSameAsPython("collectives", ["cs", "py"]);
        AssertSameAsPython("collectives", ["py", "cs"]);
    }

    [Test]
    public void StoresShareKeysAcrossProcessesAndLanguages()
    {
        AssertSameAsPython("stores", TwoDotNet);
        AssertSameAsPython("stores", ["py", "cs"]);
    }

    [Test]
    public void NewGroupRunsCollectivesOnItsRanksOnly() => AssertSameAsPython("groups", ["cs", "cs", "cs"]);

    [Test]
    public void ARankThatExitsMakesTheOtherFailWithinTheTimeout()
    {
        var results = Run("early_exit", TwoDotNet);
        Assert.That(results.All(r => !r.TimedOut), Describe(results));
        Assert.That(results[0].Output, Is.EqualTo("initialized 0\nfailed TorchException True\n"), Describe(results));
    }

    [Test]
    public void ARankThatNeverComesIsATimeoutException()
    {
        var results = Run("missing_rank", TwoDotNet, worldSize: 3);
        Assert.That(results.All(r => !r.TimedOut && r.Output == "failed TorchException True\n"), Describe(results));
    }

    [Test]
    public void MismatchedShapesInAllReduceFailWithAnException()
    {
        var results = Run("shape_mismatch", TwoDotNet);
        Assert.That(results.All(r => !r.TimedOut), Describe(results));
        Assert.That(results.Any(r => r.Output.StartsWith("failed TorchException True", StringComparison.Ordinal)), Describe(results));
    }

    [Test]
    public void InitAgainAfterDestroyWorksAndLeavesNoHandle()
    {
        var results = Run("reinit", TwoDotNet, environment: new Dictionary<string, string> { ["SECOND_PORT"] = FreePort().ToString() });
        Assert.That(results.All(r => r.ExitCode == 0), Describe(results));
        Assert.That(results[0].Output, Is.EqualTo(
            "tensor([2., 2.])\nafter destroy False 0\ntensor([3., 3.])\nafter second destroy False 0\n"), Describe(results));
    }

    [Test]
    public void ATcpStoreOnATakenPortFailsWithPyTorchsMessage()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        Dialect.Verify(
            $"""
            import torch.distributed as dist
            from datetime import timedelta
            libuv = dict(use_libuv=False) if int(torch.__version__.split('.')[0]) >= 2 else dict()
            try:
                dist.TCPStore("127.0.0.1", {port}, 1, True, timedelta(seconds=2), **libuv)
            except RuntimeError as e:
                print(str(e).split("\n")[0])
            """,
            () =>
            {
                try
                {
                    torch.distributed.TCPStore("127.0.0.1", port, 1, true, datetime.timedelta(seconds: 2), use_libuv: LibTorch.IsAtLeast(2) ? false : null);
                }
                catch (TorchException e)
                {
                    print(e.Message.Split('\n')[0]);
                }
            });
    }

    [Test]
    public void BeforeInitTheFunctionsRaisePyTorchsError() => Dialect.Verify(
        """
        import torch.distributed as dist
        print(dist.is_available(), dist.is_gloo_available(), dist.is_initialized())
        for f in [dist.get_rank, dist.get_world_size, dist.barrier]:
            try:
                f()
            except (RuntimeError, ValueError) as e:
                print(type(e).__name__, e)
        try:
            dist.all_reduce(torch.ones(1))
        except (RuntimeError, ValueError) as e:
            print(type(e).__name__, e)
        """,
        () =>
        {
            print(torch.distributed.is_available(), torch.distributed.is_gloo_available(), torch.distributed.is_initialized());
            foreach (var f in new Action[] { () => torch.distributed.get_rank(), () => torch.distributed.get_world_size(),
                                             () => torch.distributed.barrier() })
            {
                try
                {
                    f();
                }
                catch (TorchException e)
                {
                    print(e.Kind.ToString(), e.Message);
                }
            }
            try
            {
                torch.distributed.all_reduce(torch.ones(1));
            }
            catch (TorchException e)
            {
                print(e.Kind.ToString(), e.Message);
            }
        });

    [Test]
    public void ASingleRankGroupOverAHashStoreInThisProcess() => Dialect.Verify(
        """
        import torch.distributed as dist
        store = dist.HashStore()
        dist.init_process_group("gloo", store=store, rank=0, world_size=1)
        t = torch.tensor([1.0, 2.0])
        dist.all_reduce(t, op=dist.ReduceOp.MAX)
        print(t, dist.get_rank(), dist.get_world_size(), dist.get_backend())
        try:
            dist.init_process_group("gloo", store=store, rank=0, world_size=1)
        except (RuntimeError, ValueError) as e:
            print(type(e).__name__, e)
        c = torch.complex(torch.tensor([1.0]), torch.tensor([2.0]))
        dist.all_reduce(c)
        print(c)
        try:
            dist.all_reduce(c, op=dist.ReduceOp.MAX)
        except (RuntimeError, ValueError) as e:
            print(type(e).__name__, e)
        work = dist.broadcast(t, src=0, async_op=True)
        print(work.wait(), t)
        dist.destroy_process_group()
        print(dist.is_initialized())
        """,
        () =>
        {
            using var store = torch.distributed.HashStore();
            torch.distributed.init_process_group("gloo", store: store, rank: 0, world_size: 1);
            var t = torch.tensor(new[] { 1.0f, 2.0f });
            torch.distributed.all_reduce(t, op: torch.distributed.ReduceOp.MAX);
            print(t, torch.distributed.get_rank(), torch.distributed.get_world_size(), torch.distributed.get_backend());
            try
            {
                torch.distributed.init_process_group("gloo", store: store, rank: 0, world_size: 1);
            }
            catch (TorchException e)
            {
                print(e.PythonTypeName, e.Message);
            }
            var c = torch.complex(torch.tensor(new[] { 1.0f }), torch.tensor(new[] { 2.0f }));
            torch.distributed.all_reduce(c);
            print(c);
            try
            {
                torch.distributed.all_reduce(c, op: torch.distributed.ReduceOp.MAX);
            }
            catch (TorchException e)
            {
                print(e.PythonTypeName, e.Message);
            }
            var work = torch.distributed.broadcast(t, src: 0, async_op: true)!;
            print(work.wait(), t);
            torch.distributed.destroy_process_group();
            print(torch.distributed.is_initialized());
        });

    [Test]
    public void HandlesAreFreedAfterDestroy()
    {
        long before = Dist.LiveNativeHandles;
        using (var store = new HashStore())
        {
            Dist.InitProcessGroup(store: store, rank: 0, worldSize: 1);
            using var t = Torch.Ones([2]);
            Dist.AllReduce(t);
            Dist.DestroyProcessGroup();
        }
        Assert.That(Dist.LiveNativeHandles, Is.EqualTo(before));
    }

    [Test]
    public void BadInputsGivePyTorchsMessages()
    {
        using var store = new HashStore { Timeout = TimeSpan.FromMilliseconds(100) };
        Assert.That(() => store.Get("missing"), Throws.TypeOf<TorchException>());
        var e = Assert.Throws<TorchException>(() => Dist.InitProcessGroup("nonsense", store: store, rank: 0, worldSize: 1))!;
        Assert.That(e.Message, Is.EqualTo("Invalid backend: 'nonsense'"));
        var rendezvous = Assert.Throws<TorchException>(() => Dist.InitProcessGroup(initMethod: "tcp://127.0.0.1", rank: 0, worldSize: 1))!;
        Assert.That(rendezvous.Message, Is.EqualTo("Error initializing torch.distributed using tcp:// rendezvous: port number missing"));
        Assert.That(rendezvous.Kind, Is.EqualTo(TorchErrorKind.ValueError));
    }
}
