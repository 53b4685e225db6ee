using System.Security.Cryptography;
using TorchInterop.Optim;
using TorchInterop.Serialization;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Optim;

/// <summary>
/// State dicts: what C# saves reads in Python's <c>torch.load</c> as PyTorch's own state dict, and what C# loads back
/// continues the optimization as PyTorch does.
/// </summary>
[TestFixture, NonParallelizable]
public class StateDictTests
{
    // Prints a state dict with its numbers as floats (Python's defaults are ints where C#'s are floats).
    private const string Describe =
        "torch.set_printoptions(precision=10)\n" +
        "def show(v):\n" +
        "    if isinstance(v, bool) or v is None: return repr(v)\n" +
        "    if isinstance(v, (int, float)): return repr(float(v))\n" +
        "    if isinstance(v, torch.Tensor): return repr(v) + ' ' + str(v.dtype)\n" +
        "    if isinstance(v, (list, tuple)): return type(v).__name__ + '[' + ', '.join(show(x) for x in v) + ']'\n" +
        "    return '{' + ', '.join(repr(k) + ': ' + show(v[k]) for k in sorted(v)) + '}'\n";

    private const string Setup =
        "torch.manual_seed(0)\n" +
        "w = torch.randn(3, requires_grad=True)\nx = torch.randn(3)\nb = torch.zeros(1, requires_grad=True)\n";

    private const string StepCode = "    opt.zero_grad()\n    (((w * x).sum() + b - 1) ** 2).sum().backward()\n    opt.step()\n";

    private static IEnumerable<TestCaseData> Optimizers()
    {
        yield return Case("SGD", "torch.optim.SGD([{'params': [w]}, {'params': [b], 'lr': 0.2}], lr=0.05, momentum=0.9)",
            (w, b) => new SGD([new ParamGroup([w]), new ParamGroup([b]) { Lr = 0.2 }], lr: 0.05, momentum: 0.9));
        yield return Case("SGD without momentum", "torch.optim.SGD([w, b], lr=0.05)", (w, b) => new SGD([w, b], lr: 0.05));
        yield return Case("Adam", "torch.optim.Adam([w, b], lr=0.1, amsgrad=True)", (w, b) => new Adam([w, b], lr: 0.1, amsgrad: true));
        yield return Case("AdamW", "torch.optim.AdamW([w, b], lr=0.1, betas=(0.8, 0.9))", (w, b) => new AdamW([w, b], lr: 0.1, betas: (0.8, 0.9)));
        yield return Case("RMSprop", "torch.optim.RMSprop([w, b], momentum=0.5, centered=True)", (w, b) => new RMSprop([w, b], momentum: 0.5, centered: true));
        yield return Case("Adagrad", "torch.optim.Adagrad([w, b], lr=0.3, lr_decay=0.01)", (w, b) => new Adagrad([w, b], lr: 0.3, lrDecay: 0.01));
    }

    private static TestCaseData Case(string name, string python, Func<Tensor, Tensor, Optimizer> create) =>
        new TestCaseData(python, create).SetName($"{{m}}({name})");

    [TestCaseSource(nameof(Optimizers))]
    public void SavedStateDictReadsInPythonAsPyTorchs(string pythonOptimizer, Func<Tensor, Tensor, Optimizer> create)
    {
        string expected = PyTorch.Run(Describe + Setup + $"opt = {pythonOptimizer}\nfor _ in range(3):\n{StepCode}print(show(opt.state_dict()))");

        var (opt, _, _, _) = Run(create, steps: 3);
        string path = Path.Combine(Path.GetTempPath(), $"optim-state-{Guid.NewGuid():N}.pt");
        try
        {
            TensorFile.Save(opt.StateDict(), path);
            // The content hash keeps the cached result of this snippet tied to the file's content.
            string hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            string actual = PyTorch.Run(Describe + $"# {hash}\nprint(show(torch.load({PythonString(path)})))");
            Assert.That(actual, Is.EqualTo(expected));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCaseSource(nameof(Optimizers))]
    public void LoadedStateDictContinuesAsPyTorch(string pythonOptimizer, Func<Tensor, Tensor, Optimizer> create)
    {
        string expected = PyTorch.Run(Setup + $"opt = {pythonOptimizer}\nfor _ in range(6):\n{StepCode}print(w.tolist(), b.tolist())");

        var (first, w, b, x) = Run(create, steps: 3);
        string path = Path.Combine(Path.GetTempPath(), $"optim-state-{Guid.NewGuid():N}.pt");
        try
        {
            TensorFile.Save(first.StateDict(), path);
            var second = create(w, b);
            second.LoadStateDict((System.Collections.IDictionary)TensorFile.Load(path)!);
            for (int i = 0; i < 3; i++) StepOnce(second, w, b, x);
        }
        finally
        {
            File.Delete(path);
        }
        var output = new PythonOutput();
        output.Print(List(w), List(b));
        Assert.That(output.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void LoadRejectsAnotherNumberOfGroups()
    {
        var w = Torch.Zeros([2], requiresGrad: true);
        var b = Torch.Zeros([1], requiresGrad: true);
        var state = new Adam([new ParamGroup([w]), new ParamGroup([b])]).StateDict();
        var e = Assert.Throws<TorchException>(() => new Adam([w, b]).LoadStateDict(state));
        Assert.That(e!.Message, Is.EqualTo("loaded state dict has a different number of parameter groups"));
    }

    private static (Optimizer Optimizer, Tensor W, Tensor B, Tensor X) Run(Func<Tensor, Tensor, Optimizer> create, int steps)
    {
        Torch.ManualSeed(0);
        var w = Torch.Randn([3], requiresGrad: true);
        var x = Torch.Randn([3]);
        var b = Torch.Zeros([1], requiresGrad: true);
        var opt = create(w, b);
        for (int i = 0; i < steps; i++) StepOnce(opt, w, b, x);
        return (opt, w, b, x);
    }

    private static void StepOnce(Optimizer opt, Tensor w, Tensor b, Tensor x)
    {
        opt.ZeroGrad();
        ((w * x).Sum() + b - 1).Pow(2).Sum().Backward();
        opt.Step();
    }

    // Python's list of floats, as tolist() of a float32 tensor prints it.
    private static string List(Tensor t)
    {
        return "[" + string.Join(", ", t.ToArray<double>().Select(PythonFloat.Format)) + "]";
    }

    private static string PythonString(string s) => "'" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
