// One rank of a DDP job, as ddp_worker.py is in PyTorch: both print the same lines.
//   TorchInterop.DdpWorker <scenario> <rank> <world_size> <port>
// Scenarios: train (k SGD steps on this rank's half of the batch), nosync (two micro-batches, the first under
// no_sync), unused (a branch the forward never uses, find_unused_parameters), bucketview (gradient_as_bucket_view),
// static (static_graph), mismatch (rank 1's model has another shape: the constructor fails on every rank), peerdies (rank 1 exits in the middle
// of training; rank 0 must fail with an exception, not hang).
// Each prints the parameters after training and whether they equal one process's on the full batch.
using TorchInterop;
using TorchInterop.Distributed;
using TorchInterop.NN;
using TorchInterop.Optim;

string scenario = args[0];
int rank = int.Parse(args[1]), worldSize = int.Parse(args[2]), port = int.Parse(args[3]);
const int steps = 3, batch = 8;

// Every rank starts from a different initialization: DDP's broadcast from rank 0 must make them equal.
Torch.ManualSeed(rank);
var model = Worker.Model(scenario);
Torch.ManualSeed(0);
var reference = Worker.Model(scenario);
var x = Torch.Randn([batch, 4]);
var y = Torch.Randn([batch, 2]);

Distributed.InitProcessGroup("gloo", $"tcp://127.0.0.1:{port}", TimeSpan.FromSeconds(30), worldSize, rank);
if (scenario == "mismatch" && rank == 1) model = new Sequential(new Linear(4, 8), new Tanh(), new Linear(8, 3));
DistributedDataParallel<Tensor, Tensor> ddp;
try
{
    ddp = new DistributedDataParallel<Tensor, Tensor>(model, findUnusedParameters: scenario == "unused",
        gradientAsBucketView: scenario == "bucketview", staticGraph: scenario == "static");
}
catch (TorchException e) when (scenario == "mismatch")
{
    Console.WriteLine($"rank {rank} failed: {e.Message}");
    return 0;
}
var optimizer = new SGD(ddp.Parameters(), lr: 0.1);
int share = batch / worldSize;
var localX = x[Worker.Rows(rank * share, share)];
var localY = y[Worker.Rows(rank * share, share)];
try
{
    for (int step = 0; step < steps; step++)
    {
        optimizer.ZeroGrad();
        if (scenario == "nosync")
        {
            int half = share / 2;
            using (ddp.NoSync())
                (Functional.MseLoss(ddp.Call(localX[Worker.Rows(0, half)]), localY[Worker.Rows(0, half)]) / 2).Backward();
            (Functional.MseLoss(ddp.Call(localX[Worker.Rows(half, half)]), localY[Worker.Rows(half, half)]) / 2).Backward();
        }
        else
        {
            var loss = Functional.MseLoss(ddp.Call(localX), localY);
            if (scenario == "peerdies" && rank == 1 && step == 1) Environment.Exit(3);
            loss.Backward();
        }
        optimizer.Step();
    }
}
catch (TorchException e)
{
    Console.WriteLine($"rank {rank} failed: {e.GetType().Name}");
    Console.Error.WriteLine(e.Message);
    return 0;
}

var referenceOptimizer = new SGD(reference.Parameters(), lr: 0.1);
for (int step = 0; step < steps; step++)
{
    referenceOptimizer.ZeroGrad();
    Functional.MseLoss(reference.Call(x), y).Backward();
    referenceOptimizer.Step();
}

foreach (var (name, parameter) in ddp.NamedParameters())
    Console.WriteLine($"{name} {parameter.Detach()}");
bool same = ddp.Module.Parameters().Zip(reference.Parameters()).All(p => Torch.Allclose(p.First, p.Second, atol: 1e-6));
Console.WriteLine($"same as one process on the full batch: {(same ? "True" : "False")}");
Distributed.DestroyProcessGroup();
return 0;

internal static class Worker
{
    internal static Module<Tensor, Tensor> Model(string scenario) =>
        scenario == "unused" ? new WithUnusedBranch() : new Sequential(new Linear(4, 8), new Tanh(), new Linear(8, 2));

    internal static TensorIndex Rows(int start, int count) => TensorIndex.Slice(start, start + count);
}

/// <summary>A model whose forward never uses <c>unused</c>, as ddp_worker.py's WithUnusedBranch.</summary>
internal sealed class WithUnusedBranch : Module<Tensor, Tensor>
{
    private readonly Linear _used;
    private readonly Linear _unused;

    public WithUnusedBranch()
    {
        _used = RegisterModule("used", new Linear(4, 2))!;
        _unused = RegisterModule("unused", new Linear(4, 2))!;
    }

    public override Tensor Forward(Tensor input) => _used.Call(input);
}
