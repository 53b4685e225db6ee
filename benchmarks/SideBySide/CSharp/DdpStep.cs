using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using TorchInterop;
using TorchInterop.Distributed;
using TorchInterop.NN;
using TorchInterop.Optim;

namespace SideBySide;

/// <summary>
/// ddp_step: one SGD step of a 784-128-10 MLP (nn.Linear, ReLU, cross-entropy) under DistributedDataParallel, the
/// global batch of 128 split over the ranks (Gloo on loopback); µs per step on rank 0. The process started by the
/// runner is rank 0 and starts the other ranks as copies of itself (RANK set), which run the same loop and print
/// nothing the runner reads. ddp_step_1rank is the same job on one rank, for the scaling efficiency.
/// </summary>
internal static class DdpStep
{
    private const int GlobalBatch = 128;

    public static Result TwoRanks(long n) => Run(n, worldSize: 2, "ddp_step");

    public static Result OneRank(long n) => Run(n, worldSize: 1, "ddp_step_1rank");

    private static Result Run(long n, int worldSize, string workload)
    {
        Process? child = null;
        if (Environment.GetEnvironmentVariable("RANK") is null)
        {
            Environment.SetEnvironmentVariable("MASTER_ADDR", "127.0.0.1");
            Environment.SetEnvironmentVariable("MASTER_PORT", FreePort().ToString(CultureInfo.InvariantCulture));
            Environment.SetEnvironmentVariable("WORLD_SIZE", worldSize.ToString(CultureInfo.InvariantCulture));
            Environment.SetEnvironmentVariable("RANK", "0");
            if (worldSize > 1) child = StartRank(1, workload, n);
        }
        int rank = int.Parse(Environment.GetEnvironmentVariable("RANK")!, CultureInfo.InvariantCulture);
        Distributed.InitProcessGroup("gloo", "env://");

        Torch.ManualSeed(0);
        var model = new Sequential(new Linear(784, 128), new ReLU(), new Linear(128, 10));
        using var ddp = new DistributedDataParallel<Tensor, Tensor>(model);
        var optimizer = new SGD(ddp.Parameters(), lr: 0.01);
        var lossFn = new CrossEntropyLoss();
        int local = GlobalBatch / worldSize;
        var mine = TensorIndex.Slice(rank * local, (rank + 1) * local);
        var x = Torch.Randn([GlobalBatch, 784])[mine];
        var target = Torch.Tensor(Enumerable.Range(0, GlobalBatch).Select(i => (long)(i % 10)).ToArray())[mine];

        double seconds = Measure.SecondsPerIteration(n, count =>
        {
            for (long i = 0; i < count; i++)
            {
                using var scope = Torch.NewDisposeScope();
                optimizer.ZeroGrad();
                lossFn.Call(ddp.Call(x), target).Backward();
                optimizer.Step();
            }
        });
        Distributed.DestroyProcessGroup();
        if (child is not null)
        {
            child.WaitForExit();
            if (child.ExitCode != 0) throw new InvalidOperationException($"rank 1 failed with exit code {child.ExitCode}");
        }
        return new(seconds * 1e6, "us");
    }

    private static Process StartRank(int rank, string workload, long n)
    {
        string host = Environment.ProcessPath!;
        string iterations = n.ToString(CultureInfo.InvariantCulture);
        var info = Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? new ProcessStartInfo(host, [System.Reflection.Assembly.GetEntryAssembly()!.Location, workload, iterations])
            : new ProcessStartInfo(host, [workload, iterations]);
        info.Environment["RANK"] = rank.ToString(CultureInfo.InvariantCulture);
        info.RedirectStandardOutput = true;
        var process = Process.Start(info)!;
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
