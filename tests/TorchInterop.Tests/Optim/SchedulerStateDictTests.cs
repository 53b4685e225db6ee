using System.Security.Cryptography;
using TorchInterop.Optim;
using TorchInterop.Optim.Schedulers;
using TorchInterop.Serialization;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Optim;

/// <summary>
/// Schedulers' state dicts: C#'s reads in Python's <c>torch.load</c> as PyTorch's own, and a schedule resumed from
/// one (C#'s or PyTorch's) gives PyTorch's learning rates.
/// </summary>
[TestFixture, NonParallelizable]
public class SchedulerStateDictTests
{
    // Numbers print as floats: C# writes Python ints where PyTorch has ints, floats where it has floats or ints.
    private const string Describe =
        "def show(v):\n" +
        "    if isinstance(v, bool) or v is None: return repr(v)\n" +
        "    if isinstance(v, (int, float)): return repr(float(v))\n" +
        "    if isinstance(v, list): return '[' + ', '.join(show(x) for x in v) + ']'\n" +
        "    return '{' + ', '.join(repr(k) + ': ' + show(v[k]) for k in v) + '}'\n";

    private const string Setup =
        "w = torch.nn.Parameter(torch.ones(2))\nb = torch.nn.Parameter(torch.zeros(1))\n" +
        "opt = torch.optim.SGD([{'params': [w]}, {'params': [b], 'lr': 0.5}], lr=0.1)\n";

    private static IEnumerable<TestCaseData> Schedulers()
    {
        yield return Case("StepLR", "torch.optim.lr_scheduler.StepLR(opt, step_size=3, gamma=0.5)", opt => new StepLR(opt, stepSize: 3, gamma: 0.5));
        yield return Case("CosineAnnealingLR", "torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=4, eta_min=0.01)", opt => new CosineAnnealingLR(opt, tMax: 4, etaMin: 0.01));
        yield return Case("LambdaLR", "torch.optim.lr_scheduler.LambdaLR(opt, lambda epoch: 0.9 ** epoch)", opt => new LambdaLR(opt, epoch => Math.Pow(0.9, epoch)));
    }

    private static TestCaseData Case(string name, string python, Func<Optimizer, LRScheduler> create) =>
        new TestCaseData(python, create).SetName($"{{m}}({name})");

    [TestCaseSource(nameof(Schedulers))]
    public void SavedStateDictReadsInPythonAsPyTorchs(string pythonScheduler, Func<Optimizer, LRScheduler> create)
    {
        string expected = PyTorch.Run(Describe + Setup + $"s = {pythonScheduler}\nfor _ in range(5):\n    opt.step()\n    s.step()\nprint(show(s.state_dict()))");
        var (scheduler, _) = Run(create, steps: 5);
        using var dir = new TemporaryDirectory();
        string path = dir.File("scheduler.pt");
        TensorFile.Save(scheduler.StateDict(), path);
        string hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        Assert.That(PyTorch.Run(Describe + $"# {hash}\nprint(show(torch.load(r'{path}')))"), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(Schedulers))]
    public void ResumesFromPythonsStateDictAsPyTorch(string pythonScheduler, Func<Optimizer, LRScheduler> create)
    {
        using var dir = new TemporaryDirectory();
        string path = dir.File("python-scheduler.pt");
        string expected = PyTorch.Run(Setup + $"s = {pythonScheduler}\nfor i in range(9):\n    opt.step()\n    s.step()\n" +
            $"    if i == 3: torch.save({{'optimizer': opt.state_dict(), 'scheduler': s.state_dict()}}, r'{path}')\n    if i > 3: print(s.get_last_lr())");
        var (fresh, optimizer) = Run(create, steps: 0);
        var saved = (Dictionary<object, object?>)TensorFile.Load(path)!;
        optimizer.LoadStateDict((System.Collections.IDictionary)saved["optimizer"]!);
        fresh.LoadStateDict((System.Collections.IDictionary)saved["scheduler"]!);
        var printed = new List<string>();
        for (int i = 4; i < 9; i++)
        {
            optimizer.Step();
            fresh.Step();
            printed.Add("[" + string.Join(", ", fresh.GetLastLr().Select(Repr)) + "]");
        }
        Assert.That(string.Join("\n", printed) + "\n", Is.EqualTo(expected));
    }

    [Test]
    public void RejectsMalformedStateDicts()
    {
        var (scheduler, _) = Run(opt => new StepLR(opt, stepSize: 2), steps: 1);
        Assert.That(() => scheduler.LoadStateDict(null!), Throws.ArgumentNullException);
        Assert.That(() => scheduler.LoadStateDict(new Dictionary<string, object?> { ["last_epoch"] = "three" }),
            Throws.ArgumentException.With.Message.StartsWith("state_dict['last_epoch'] is a String, not an int"));
        Assert.That(() => scheduler.LoadStateDict(new Dictionary<string, object?> { ["base_lrs"] = new List<object?> { null } }),
            Throws.ArgumentException.With.Message.StartsWith("state_dict['base_lrs'] holds a None, not a number"));
    }

    private static (LRScheduler Scheduler, Optimizer Optimizer) Run(Func<Optimizer, LRScheduler> create, int steps)
    {
        var w = TorchInterop.NN.Parameter.Create(Torch.Ones([2]));
        var b = TorchInterop.NN.Parameter.Create(Torch.Zeros([1]));
        var optimizer = new SGD([new ParamGroup([w]), new ParamGroup([b]) { Lr = 0.5 }], lr: 0.1);
        var scheduler = create(optimizer);
        for (int i = 0; i < steps; i++)
        {
            optimizer.Step();
            scheduler.Step();
        }
        return (scheduler, optimizer);
    }

    private static string Repr(double value) => TorchInterop.Formatting.PythonNumberFormat.Repr(value);
}
