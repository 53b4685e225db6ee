using System.Text.RegularExpressions;
using TorchInterop.Tests.Parity;
using TorchInterop.Visualization;

namespace TorchInterop.Tests.Core;

[NonParallelizable] // changes PATH and counts process-wide live handles
public partial class AutogradGraphTests
{
    private const string Header =
        "digraph {\n" +
        "\tgraph [size=\"12,12\"]\n" +
        "\tnode [align=left fillcolor=lightgrey fontname=monospace fontsize=10 height=0.2 ranksep=0.1 shape=box style=filled]\n";

    [Test]
    public void DrawsAProductSumExactly()
    {
        var a = Torch.Ones([2], requiresGrad: true);
        var b = Torch.Ones([2], requiresGrad: true);
        var y = (a * b).Sum();

        string dot = AutogradGraph.ToDot(y, new Dictionary<string, Tensor> { ["a"] = a, ["b"] = b });

        Assert.That(dot, Is.EqualTo(Header +
            "\tn0 [label=\"()\" fillcolor=darkolivegreen1]\n" +
            "\tn1 [label=\"SumBackward0\"]\n" +
            "\tn2 [label=\"MulBackward0\"]\n" +
            "\tn3 [label=\"AccumulateGrad\"]\n" +
            "\tn4 [label=\"a\\n(2,)\" fillcolor=lightblue]\n" +
            "\tn5 [label=\"AccumulateGrad\"]\n" +
            "\tn6 [label=\"b\\n(2,)\" fillcolor=lightblue]\n" +
            "\tn1 -> n0\n" +
            "\tn2 -> n1\n" +
            "\tn3 -> n2\n" +
            "\tn5 -> n2\n" +
            "\tn4 -> n3\n" +
            "\tn6 -> n5\n" +
            "}\n"));
    }

    [Test]
    public void ATensorWithoutAGraphIsDrawnAlone()
    {
        var x = Torch.Ones([2, 3]);
        Assert.That(AutogradGraph.ToDot(x), Is.EqualTo(Header + "\tn0 [label=\"(2, 3)\" fillcolor=darkolivegreen1]\n}\n"));
    }

    [Test]
    public void ALeafOutputIsDrawnAsTheOutputOnly()
    {
        var w = Torch.Ones([3], requiresGrad: true);
        string dot = AutogradGraph.ToDot(w, new Dictionary<string, Tensor> { ["w"] = w });
        Assert.That(dot, Is.EqualTo(Header + "\tn0 [label=\"w\\n(3,)\" fillcolor=darkolivegreen1]\n}\n"));
    }

    [TestCase(new long[0], "()")]
    [TestCase(new long[] { 2 }, "(2,)")]
    [TestCase(new long[] { 2, 2 }, "(2, 2)")]
    [TestCase(new long[] { 1, 0, 3 }, "(1, 0, 3)")]
    public void ShapesAreWrittenAsPythonTuples(long[] shape, string expected) =>
        Assert.That(AutogradGraphWalker.ShapeText(shape), Is.EqualTo(expected));

    private static IEnumerable<TestCaseData> Graphs()
    {
        yield return new TestCaseData(
            "x1 = torch.rand(2, 2, requires_grad=True)\nx2 = torch.rand(2, 2, requires_grad=True)\nout = torch.sin(torch.mm(x1, x2) + x2).mean()",
            (Func<Tensor>)(() =>
            {
                var x1 = Torch.Rand([2, 2], requiresGrad: true);
                var x2 = Torch.Rand([2, 2], requiresGrad: true);
                return (x1.Mm(x2) + x2).Sin().Mean();
            })).SetArgDisplayNames("seed 004");
        yield return new TestCaseData(
            "a = torch.ones(2, 2, requires_grad=True)\nb = a * 2\nout = (b.exp() + b.t().sigmoid() * b).sum()",
            (Func<Tensor>)(() =>
            {
                var a = Torch.Ones([2, 2], requiresGrad: true);
                var b = a * 2;
                return (b.Exp() + Torch.T(b).Sigmoid() * b).Sum();
            })).SetArgDisplayNames("shared intermediate");
        yield return new TestCaseData(
            "a = torch.ones(2, 2, requires_grad=True)\nc = torch.ones(2, 2)\nout = (a * c + c).relu().mean()",
            (Func<Tensor>)(() =>
            {
                var a = Torch.Ones([2, 2], requiresGrad: true);
                var c = Torch.Ones([2, 2]);
                return (a * c + c).Relu().Mean();
            })).SetArgDisplayNames("input without grad");
    }

    // PyTorch's own walk: depth first through next_functions, each function once, printing the class names that
    // torchviz shows, then the number of arrows torchviz draws (one per non-None input, one per leaf, one to the output).
    private const string PythonWalk = """

        seen, names, edges = set(), [], 1
        def walk(fn):
            if fn is None or fn in seen:
                return
            seen.add(fn)
            names.append(type(fn).__name__)
            for f, _ in fn.next_functions:
                walk(f)
        walk(out.grad_fn)
        for fn in seen:
            edges += sum(f is not None for f, _ in fn.next_functions) + hasattr(fn, 'variable')
        print(' '.join(names))
        print(edges)
        """;

    [TestCaseSource(nameof(Graphs))]
    public void FunctionNodesAreTheOnesPyTorchWalks(string python, Func<Tensor> build)
    {
        string[] expected = PyTorch.Run(python + PythonWalk).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        string dot = AutogradGraph.ToDot(build());

        Assert.That(string.Join(' ', FunctionLabels(dot)), Is.EqualTo(expected[0]));
        Assert.That(Edges(dot), Has.Count.EqualTo(int.Parse(expected[1])));
    }

    [Test]
    public void ASharedSubgraphIsDrawnOnce()
    {
        var a = Torch.Ones([2], requiresGrad: true);
        var h = a.Sin();
        var y = (h + h.Exp()).Sum();

        string dot = AutogradGraph.ToDot(y);

        Assert.That(FunctionLabels(dot), Is.EqualTo(new[] { "SumBackward0", "AddBackward0", "SinBackward0", "AccumulateGrad", "ExpBackward0" }));
        string sin = IdOf(dot, "SinBackward0");
        Assert.That(Edges(dot).Count(e => e.From == sin), Is.EqualTo(2), "sin feeds the addition and the exponential");
        Assert.That(Leaves(dot), Is.EqualTo(new[] { "(2,)" }));
    }

    [Test]
    public void ALeafUsedTwiceIsDrawnOnceWithAnArrowPerUse()
    {
        var x = Torch.Ones([2], requiresGrad: true);
        string dot = AutogradGraph.ToDot((x * x).Sum(), new Dictionary<string, Tensor> { ["x"] = x });

        Assert.That(FunctionLabels(dot), Is.EqualTo(new[] { "SumBackward0", "MulBackward0", "AccumulateGrad" }));
        Assert.That(Leaves(dot), Is.EqualTo(new[] { "x\\n(2,)" }));
        string accumulate = IdOf(dot, "AccumulateGrad"), mul = IdOf(dot, "MulBackward0");
        Assert.That(Edges(dot).Count(e => e == (accumulate, mul)), Is.EqualTo(2));
    }

    [Test]
    public void ALeafNotRequiringGradIsNotDrawn()
    {
        var a = Torch.Ones([2], requiresGrad: true);
        var c = Torch.Ones([2]);
        var y = (a * c).Sum();

        string dot = AutogradGraph.ToDot(y, new Dictionary<string, Tensor> { ["a"] = a, ["c"] = c });

        Assert.That(FunctionLabels(dot), Is.EqualTo(new[] { "SumBackward0", "MulBackward0", "AccumulateGrad" }));
        Assert.That(Leaves(dot), Is.EqualTo(new[] { "a\\n(2,)" }));
        Assert.That(dot, Does.Not.Contain("\"c"));
    }

    [Test]
    public void SeveralOutputsShareTheirCommonGraph()
    {
        var a = Torch.Ones([2, 2], requiresGrad: true);
        var h = a.Sin();
        var total = h.Sum();
        var average = h.Mean();

        string dot = AutogradGraph.ToDot([total, average, total], new Dictionary<string, Tensor> { ["a"] = a });

        Assert.That(Regex.Matches(dot, "fillcolor=darkolivegreen1"), Has.Count.EqualTo(2));
        Assert.That(FunctionLabels(dot), Is.EqualTo(new[] { "SumBackward0", "SinBackward0", "AccumulateGrad", "MeanBackward0" }));
        Assert.That(Leaves(dot), Is.EqualTo(new[] { "a\\n(2, 2)" }));
    }

    [Test]
    public void LabelsAreQuotedForDot()
    {
        var w = Torch.Ones([1], requiresGrad: true);
        string dot = AutogradGraph.ToDot(w * 2, new Dictionary<string, Tensor> { ["say \"w\\1\""] = w });
        Assert.That(dot, Does.Contain("[label=\"say \\\"w\\\\1\\\"\\n(1,)\" fillcolor=lightblue]"));
    }

    [Test]
    public void ALongChainNeitherOverflowsTheStackNorRepeatsNodes()
    {
        var x = Torch.Ones([1], requiresGrad: true);
        var y = x;
        for (int i = 0; i < 10_000; i++) y = y * 1.0001;

        string dot = AutogradGraph.ToDot(y);

        Assert.That(FunctionLabels(dot), Has.Count.EqualTo(10_001));
        Assert.That(Edges(dot), Has.Count.EqualTo(10_002));
    }

    [Test]
    public void LeavesAreReleasedAfterDrawing()
    {
        var a = Torch.Ones([2], requiresGrad: true);
        var y = (a * a.Exp()).Sum();
        _ = AutogradGraph.ToDot(y);
        long before = LiveHandles.CountAfterCollecting();
        for (int i = 0; i < 10; i++) _ = AutogradGraph.ToDot(y);
        Assert.That(Tensor.LiveHandleCount, Is.EqualTo(before));
    }

    [Test]
    public void NullArgumentsAreRejected()
    {
        var x = Torch.Ones([1]);
        Assert.Throws<ArgumentNullException>(() => AutogradGraph.ToDot((Tensor)null!));
        Assert.Throws<ArgumentNullException>(() => AutogradGraph.ToDot((IReadOnlyList<Tensor>)null!));
        Assert.Throws<ArgumentException>(() => AutogradGraph.ToDot([x, null!]));
        Assert.Throws<ArgumentException>(() => AutogradGraph.ToDot(x, new Dictionary<string, Tensor> { ["w"] = null! }));
        Assert.Throws<ArgumentNullException>(() => AutogradGraph.Render((Tensor)null!, "graph.svg"));
        Assert.Throws<ArgumentNullException>(() => AutogradGraph.Render(x, null!));
    }

    [Test]
    public void AnUnknownExtensionIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => AutogradGraph.Render(Torch.Ones([1]), "graph.bmp"));
        Assert.That(error!.Message, Does.Contain(".svg, .png, .pdf or .dot"));
    }

    [Test]
    public void WithoutGraphvizRenderingSaysHowToInstallIt()
    {
        var y = (Torch.Ones([2], requiresGrad: true) * 2).Sum();
        string folder = NewFolder();
        string? path = Environment.GetEnvironmentVariable("PATH");
        Environment.SetEnvironmentVariable("PATH", Path.Combine(folder, "empty"));
        try
        {
            var error = Assert.Throws<GraphvizNotFoundException>(() => AutogradGraph.Render(y, Path.Combine(folder, "graph.svg")));
            Assert.That(error!.Message, Does.Contain("`dot` was not found on PATH").And.Contain("apt-get install graphviz"));
            Assert.That(error, Is.InstanceOf<InvalidOperationException>());
            Assert.That(File.Exists(Path.Combine(folder, "graph.svg")), Is.False);

            // DOT text needs no Graphviz.
            string dotFile = Path.Combine(folder, "sub", "graph.dot");
            AutogradGraph.Render(y, dotFile);
            Assert.That(File.ReadAllText(dotFile), Is.EqualTo(AutogradGraph.ToDot(y)));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
        }
    }

    [Test]
    public void RendersSvgWithGraphviz()
    {
        Assume.That(DotIsInstalled(), "Graphviz's dot is not installed");
        var a = Torch.Ones([2, 2], requiresGrad: true);
        string svg = Path.Combine(NewFolder(), "graphs", "graph.svg");

        AutogradGraph.Render((a * 2).Mean(), svg, new Dictionary<string, Tensor> { ["a"] = a });

        string text = File.ReadAllText(svg);
        Assert.That(text, Does.StartWith("<?xml").Or.Contain("<svg"));
        Assert.That(text, Does.Contain("MeanBackward0").And.Contain("MulBackward0").And.Contain("AccumulateGrad"));
        Assert.That(text, Does.Contain("(2, 2)"));
    }

    [Test]
    public void RendersPngWithGraphviz()
    {
        Assume.That(DotIsInstalled(), "Graphviz's dot is not installed");
        string png = Path.Combine(NewFolder(), "graph.PNG");

        AutogradGraph.Render((Torch.Ones([2], requiresGrad: true) * 2).Sum(), png);

        Assert.That(File.ReadAllBytes(png).Take(8), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }));
    }

    private static bool DotIsInstalled()
    {
        try
        {
            Graphviz.FindDot();
            return true;
        }
        catch (GraphvizNotFoundException)
        {
            return false;
        }
    }

    private static string NewFolder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "torchinterop-graph-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static List<string> FunctionLabels(string dot) =>
        FunctionNode().Matches(dot).Select(m => m.Groups[2].Value).ToList();

    private static List<string> Leaves(string dot) =>
        LeafNode().Matches(dot).Select(m => m.Groups[1].Value).ToList();

    private static string IdOf(string dot, string functionName) =>
        FunctionNode().Matches(dot).Single(m => m.Groups[2].Value == functionName).Groups[1].Value;

    private static List<(string From, string To)> Edges(string dot) =>
        Edge().Matches(dot).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();

    [GeneratedRegex(@"^\t(n\d+) \[label=""(\w+)""\]$", RegexOptions.Multiline)]
    private static partial Regex FunctionNode();

    [GeneratedRegex(@"^\tn\d+ \[label=""(.*)"" fillcolor=lightblue\]$", RegexOptions.Multiline)]
    private static partial Regex LeafNode();

    [GeneratedRegex(@"^\t(n\d+) -> (n\d+)$", RegexOptions.Multiline)]
    private static partial Regex Edge();
}
