// Trains a small MLP to separate two interleaved spirals, as mlp_training.py does, and prints the same lines.
//   dotnet run                                   prints the loss at every step (the parity check compares this)
//   dotnet run -- --plot loss.png [pytorch.txt]  also draws the loss curve, beside PyTorch's printed one, with gnuplot
using System.Globalization;
using TorchInterop;
using TorchInterop.Formatting;
using TorchInterop.NN;
using TorchInterop.Optim;
using TorchInterop.Optim.Schedulers;

Torch.ManualSeed(0);
const int n = 100;
var t = Torch.Linspace(0.5, 10.0, n);
var arm = Torch.Stack([t * t.Cos(), t * t.Sin()], dim: 1) / 10;
var x = Torch.Cat([arm + 0.05 * Torch.Randn([n, 2]), -arm + 0.05 * Torch.Randn([n, 2])]);
var y = Torch.Cat([Torch.Zeros([n], DType.Int64), Torch.Ones([n], DType.Int64)]);

var model = new Sequential(new Linear(2, 32), new ReLU(), new Linear(32, 32), new ReLU(), new Linear(32, 2));
var lossFn = new CrossEntropyLoss();
var optimizer = new Adam(model.Parameters(), lr: 0.02);
var scheduler = new StepLR(optimizer, stepSize: 40, gamma: 0.5);

var losses = new List<double>();
Console.WriteLine("# step loss");
for (int step = 1; step <= 100; step++)
{
    optimizer.ZeroGrad();
    var loss = lossFn.Call(model.Call(x), y);
    loss.Backward();
    optimizer.Step();
    scheduler.Step();
    losses.Add(loss.Item<float>());
    Console.WriteLine($"{step} {PythonNumberFormat.Repr(losses[^1])}");
}

var accuracy = (model.Call(x).Argmax(dim: 1) == y).Float().Mean();
Console.WriteLine($"# accuracy {PythonNumberFormat.Repr(accuracy.Item<float>())}");

if (args.Length >= 2 && args[0] == "--plot")
    return LossPlot.Draw(args[1], losses, args.Length >= 3 ? LossPlot.ReadCurve(args[2]) : null);
return 0;
