using TorchInterop.Visualization;

namespace TorchInterop.Python.Tests;

/// <summary><c>torchviz.make_dot</c> in the dialect: the DOT text of <see cref="AutogradGraph"/>, rendered like graphviz's Digraph.</summary>
[TestFixture, NonParallelizable]
public class TorchvizTests
{
    [Test]
    public void MakeDotGivesTheGraphsDotText()
    {
        var x1 = torch.rand([2, 2], requires_grad: true);
        var x2 = torch.rand([2, 2], requires_grad: true);
        var L = torch.sin(torch.mm(x1, x2) + x2).mean();
        var named = new Dictionary<string, Tensor> { ["x1"] = x1, ["x2"] = x2 };

        var dot = torchviz.make_dot(L, @params: named);

        Assert.That(dot.source, Is.EqualTo(AutogradGraph.ToDot(L, named)));
        Assert.That(dot.ToString(), Is.EqualTo(dot.source));
        Assert.That(dot.source, Does.Contain("\"x1\\n(2, 2)\" fillcolor=lightblue"));
        Assert.That(torchviz.make_dot([L, x1]).source, Is.EqualTo(AutogradGraph.ToDot([L, x1])));
    }

    [Test]
    public void RenderWritesTheSourceAndThePictureBesideIt()
    {
        Assume.That(Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
            .Any(folder => File.Exists(Path.Combine(folder, "dot"))), Is.True, "Graphviz's dot is not installed");
        string folder = Path.Combine(Path.GetTempPath(), "torchinterop-torchviz-" + Guid.NewGuid().ToString("N"));
        var y = (torch.ones(2, requires_grad: true) * 2).sum();

        string picture = torchviz.make_dot(y).render(Path.Combine(folder, "graph"), format: "png");

        Assert.That(picture, Is.EqualTo(Path.Combine(folder, "graph.png")));
        Assert.That(File.ReadAllBytes(picture).Take(4), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }));
        Assert.That(File.ReadAllText(Path.Combine(folder, "graph")), Does.StartWith("digraph {"));

        string svg = torchviz.make_dot(y).render(Path.Combine(folder, "clean"), format: "svg", cleanup: true);
        Assert.That(File.ReadAllText(svg), Does.Contain("<svg"));
        Assert.That(File.Exists(Path.Combine(folder, "clean")), Is.False);
    }
}
