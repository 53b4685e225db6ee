using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Core;

public class PythonSemanticsTests
{
    private static IEnumerable<ParityCase> Cases()
    {
        yield return new("tensor in a while condition",
            "torch.manual_seed(0)\nx = torch.randn(3, requires_grad=True)\ny = x * 2\nwhile y.data.norm() < 1000:\n    y = y * 2\nprint(y)",
            o =>
            {
                Torch.ManualSeed(0);
                var x = Torch.Randn([3], requiresGrad: true);
                var y = x * 2;
                while (y.Detach().Norm() < 1000) y = y * 2;
                o.Print(y);
            });
        yield return new("tensor in an if, and not",
            "a = torch.tensor([3.])\nif a > 2:\n    print('big')\nif not (a > 5):\n    print('not huge')",
            o =>
            {
                var a = Torch.Tensor(new[] { 3f });
                if (a > 2) o.Print("big");
                if (!(a > 5)) o.Print("not huge");
            });
        yield return new("ambiguous truth value", "if torch.ones(2) > 0:\n    pass",
            o => o.Try(() => { if (Torch.Ones([2]) > 0) { } }));
        yield return new("manual SGD step updates in place",
            "x = torch.tensor([1., 2.], requires_grad=True)\nalias = x\n(x * x).sum().backward()\nwith torch.no_grad():\n    x -= 0.1 * x.grad\nprint(x, alias is x, x.requires_grad, x.is_leaf)",
            o =>
            {
                var x = Torch.Tensor(new[] { 1f, 2f }, requiresGrad: true);
                var alias = x;
                (x * x).Sum().Backward();
                using (Autograd.NoGrad()) x -= 0.1 * x.Grad!;
                o.Print(x, ReferenceEquals(alias, x), x.RequiresGrad, x.IsLeaf);
            });
        yield return new("compound assignment with numbers",
            "a = torch.ones(2)\na += 1\na *= 3\na -= 0.5\na /= 2\nprint(a)",
            o =>
            {
                var a = Torch.Ones([2]);
                a += 1;
                a *= 3;
                a -= 0.5;
                a /= 2;
                o.Print(a);
            });
        yield return new("compound assignment on a leaf requiring grad",
            "x = torch.ones(2, requires_grad=True)\nx += 1",
            o => o.Try(() => { var x = Torch.Ones([2], requiresGrad: true); x += 1; }));
        yield return new("compound assignment keeps the graph",
            "x = torch.ones(2, requires_grad=True)\ny = x * 2\ny += x\nprint(y)\ny.sum().backward()\nprint(x.grad)",
            o =>
            {
                var x = Torch.Ones([2], requiresGrad: true);
                var y = x * 2;
                y += x;
                o.Print(y);
                y.Sum().Backward();
                o.Print(x.Grad);
            });
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();

    [Test]
    public void CompoundAssignmentKeepsTheSameObject()
    {
        using var a = Torch.Ones([2]);
        var before = a;
        var b = a;
        b += 1;
        Assert.That(b, Is.SameAs(before));
        Assert.That(a.ToArray<float>(), Is.EqualTo(new[] { 2f, 2f }));
    }
}
