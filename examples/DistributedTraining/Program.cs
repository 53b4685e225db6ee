// Trains a small MLP on two interleaved spirals with DistributedDataParallel on 2 ranks of this machine, as
// distributed_training.py does, and prints the same lines: each rank takes every other sample, DDP averages the
// gradients (LibTorch's c10d::Reducer over Gloo on loopback), and the ranks stay identical.
// Started without RANK, this process is rank 0 and starts rank 1 itself, with the variables torchrun would set.
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TorchInterop;
using TorchInterop.Distributed;
using TorchInterop.Formatting;
using TorchInterop.NN;
using TorchInterop.Optim;

const int worldSize = 2;
Process? child = null;
if (Environment.GetEnvironmentVariable("RANK") is null)
{
    int port;
    using (var listener = new TcpListener(IPAddress.Loopback, 0))
    {
        listener.Start();
        port = ((IPEndPoint)listener.LocalEndpoint).Port;
    }
    Environment.SetEnvironmentVariable("MASTER_ADDR", "127.0.0.1");
    Environment.SetEnvironmentVariable("MASTER_PORT", $"{port}");
    Environment.SetEnvironmentVariable("WORLD_SIZE", $"{worldSize}");
    Environment.SetEnvironmentVariable("RANK", "0");
    child = StartRank(1);
}
int rank = int.Parse(Environment.GetEnvironmentVariable("RANK")!);
Distributed.InitProcessGroup("gloo", "env://");

Torch.ManualSeed(0);
const int n = 100;
var t = Torch.Linspace(0.5, 10.0, n);
var arm = Torch.Stack([t * t.Cos(), t * t.Sin()], dim: 1) / 10;
var x = Torch.Cat([arm + 0.05 * Torch.Randn([n, 2]), -arm + 0.05 * Torch.Randn([n, 2])]);
var y = Torch.Cat([Torch.Zeros([n], DType.Int64), Torch.Ones([n], DType.Int64)]);

var model = new Sequential(new Linear(2, 32), new ReLU(), new Linear(32, 32), new ReLU(), new Linear(32, 2));
using var ddp = new DistributedDataParallel<Tensor, Tensor>(model);
var lossFn = new CrossEntropyLoss();
var optimizer = new Adam(ddp.Parameters(), lr: 0.02);
var everyOther = TensorIndex.Slice(rank, null, worldSize);
var (localX, localY) = (x[everyOther], y[everyOther]);

if (rank == 0)
{
    Console.WriteLine(ddp);
    Console.WriteLine("# step loss (averaged over the ranks)");
}
for (int step = 1; step <= 60; step++)
{
    optimizer.ZeroGrad();
    var loss = lossFn.Call(ddp.Call(localX), localY);
    loss.Backward();
    optimizer.Step();
    var average = loss.Detach().Clone();
    Distributed.AllReduce(average);
    if (rank == 0 && step % 10 == 0)
        Console.WriteLine($"{step} {PythonNumberFormat.Repr((average / worldSize).Item<float>())}");
}

var accuracy = (model.Call(x).Argmax(dim: 1) == y).Float().Mean();
var parameterSum = model.Parameters().Select(p => p.Sum()).Aggregate((a, b) => a + b).Detach();
List<Tensor> gathered = [.. Enumerable.Range(0, worldSize).Select(_ => Torch.Zeros([2]))];
Distributed.AllGather(gathered, Torch.Stack([accuracy, parameterSum]));
if (rank == 0)
{
    Console.WriteLine($"# accuracy {PythonNumberFormat.Repr(accuracy.Item<float>())}");
    Console.WriteLine($"# ranks agree {(gathered.All(g => Torch.Equal(g, gathered[0])) ? "True" : "False")}");
}
Distributed.DestroyProcessGroup();
if (child is null) return 0;
child.WaitForExit();
return child.ExitCode;

// The same program as rank `rank`; its output is not shown (rank 0 prints for the job).
static Process StartRank(int rank)
{
    string host = Environment.ProcessPath!;
    bool viaDotnet = Path.GetFileNameWithoutExtension(host) == "dotnet";
    var info = viaDotnet ? new ProcessStartInfo(host, [System.Reflection.Assembly.GetEntryAssembly()!.Location])
                         : new ProcessStartInfo(host);
    info.Environment["RANK"] = $"{rank}";
    info.RedirectStandardOutput = true;
    var process = Process.Start(info)!;
    _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
    return process;
}
