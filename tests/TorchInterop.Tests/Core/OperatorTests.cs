using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Core;

public class OperatorTests
{
    private const string Setup = "x = torch.tensor([1., 2., 3.], requires_grad=True)\ny = torch.tensor([0.5, -1., 4.], requires_grad=True)\n";

    private static Tensor X() => Torch.Tensor(new[] { 1f, 2f, 3f }, requiresGrad: true);
    private static Tensor Y() => Torch.Tensor(new[] { 0.5f, -1f, 4f }, requiresGrad: true);

    private static ParityCase Expr(string python, Func<Tensor, Tensor, Tensor> csharp) =>
        new(python, Setup + $"r = {python}\nprint(r)\nprint(type(r.grad_fn).__name__ if r.grad_fn else None)",
            o =>
            {
                var r = csharp(X(), Y());
                o.Print(r);
                o.Print(r.GradFn?.Name);
            });

    private static IEnumerable<ParityCase> Cases()
    {
        yield return Expr("x + y", (x, y) => x + y);
        yield return Expr("x + 2", (x, _) => x + 2);
        yield return Expr("2 + x", (x, _) => 2 + x);
        yield return Expr("x + 2.5", (x, _) => x + 2.5);
        yield return Expr("x + True", (x, _) => x + true);
        // a number converted to a tensor is a wrapped number, as Python's argument parser makes it
        yield return Expr("torch.mul(x, 2.5)", (x, _) => x * (Tensor)2.5);
        yield return Expr("torch.sub(x, 2)", (x, _) => x - (Tensor)2);
        yield return new("numbers as tensors promote as Python numbers",
            "print(torch.mul(torch.arange(3), 2.5), torch.add(torch.arange(3), True), torch.mul(torch.ones(2, dtype=torch.float16), 1e3))",
            o => o.Print(Torch.Arange(3) * (Tensor)2.5, Torch.Arange(3) + (Tensor)true, Torch.Ones([2], DType.Float16) * (Tensor)1e3));
        yield return Expr("x - y", (x, y) => x - y);
        yield return Expr("x - 2", (x, _) => x - 2);
        yield return Expr("2 - x", (x, _) => 2 - x);
        yield return Expr("x * y", (x, y) => x * y);
        yield return Expr("x * 3", (x, _) => x * 3);
        yield return Expr("3 * x", (x, _) => 3 * x);
        yield return Expr("x / y", (x, y) => x / y);
        yield return Expr("x / 4", (x, _) => x / 4);
        yield return Expr("2 / x", (x, _) => 2 / x);
        yield return Expr("-x", (x, _) => -x);
        yield return Expr("x ** 2", (x, _) => x.Pow(2));
        yield return Expr("x ** 0.5", (x, _) => x.Pow(0.5));
        yield return Expr("x ** y", (x, y) => x.Pow(y));
        yield return Expr("2 ** x", (x, _) => x.RPow(2));
        yield return Expr("torch.pow(2, x)", (x, _) => Torch.Pow(2, x));
        yield return Expr("torch.add(x, y, alpha=2)", (x, y) => x.Add(y, 2));
        yield return Expr("torch.sub(x, 1, alpha=3)", (x, _) => x.Sub(1, 3));
        yield return Expr("x > 1.5", (x, _) => x > 1.5);
        yield return Expr("x >= 2", (x, _) => x >= 2);
        yield return Expr("x < y", (x, y) => x < y);
        yield return Expr("x <= y", (x, y) => x <= y);
        yield return Expr("x == 2", (x, _) => x == 2);
        yield return Expr("x != y", (x, y) => x != y);
        yield return Expr("2 < x", (x, _) => 2 < x);
        yield return Expr("x.sin()", (x, _) => x.Sin());
        yield return Expr("x.cos()", (x, _) => x.Cos());
        yield return Expr("x.exp()", (x, _) => x.Exp());
        yield return Expr("x.log()", (x, _) => x.Log());
        yield return Expr("x.sqrt()", (x, _) => x.Sqrt());
        yield return Expr("y.abs()", (_, y) => y.Abs());
        yield return Expr("y.tanh()", (_, y) => y.Tanh());
        yield return Expr("y.sigmoid()", (_, y) => y.Sigmoid());
        yield return Expr("y.relu()", (_, y) => y.Relu());
        yield return Expr("torch.sin(x) * torch.exp(y)", (x, y) => Torch.Sin(x) * Torch.Exp(y));
        yield return Expr("x.double()", (x, _) => x.Double());

        // Python's type promotion with numbers: the number's kind, not its .NET width, decides.
        yield return new("int32 + float", "i = torch.tensor([1, 2], dtype=torch.int32)\nprint(i + 2.5, i * 2, i / 2, 2 - i, i + True)",
            o => { var i = Torch.Tensor(new[] { 1, 2 }); o.Print(i + 2.5, i * 2, i / 2, 2 - i, i + true); });
        yield return new("int64 true division", "print(torch.arange(5) / 2)", o => o.Print(Torch.Arange(5) / 2));
        yield return new("uint8 + int", "print(torch.tensor([250], dtype=torch.uint8) + 10)",
            o => o.Print(Torch.Tensor(new byte[] { 250 }) + 10));
        yield return new("float16 * float", "print(torch.ones(2, dtype=torch.float16) * 2.5)", o => o.Print(Torch.Ones([2], DType.Float16) * 2.5));
        yield return new("float64 tensor + float32 0-dim", "print(torch.ones(2, dtype=torch.float64) + torch.tensor(1.5))",
            o => o.Print(Torch.Ones([2], DType.Float64) + Torch.Tensor(1.5, DType.Float32)));
        yield return new("bool comparisons", "print((torch.arange(4) > 1) == torch.tensor([False, False, True, True]))",
            o => o.Print((Torch.Arange(4) > 1) == Torch.Tensor(new[] { false, false, true, true })));
        yield return new("broadcasting", "print(torch.ones(2, 1) + torch.arange(3.0))", o => o.Print(Torch.Ones([2, 1]) + Torch.Arange(3.0)));
        yield return new("broadcast mismatch", "torch.ones(3) + torch.ones(2)", o => o.Try(() => _ = Torch.Ones([3]) + Torch.Ones([2])));
        yield return new("in-place ops", "a = torch.ones(3)\na.add_(2).mul_(3).sub_(torch.ones(3)).div_(2)\nprint(a)",
            o => { var a = Torch.Ones([3]); a.Add_(2).Mul_(3).Sub_(Torch.Ones([3])).Div_(2); o.Print(a); });
        yield return new("in-place on leaf requiring grad", "x = torch.ones(2, requires_grad=True)\nx.add_(1)",
            o => o.Try(() => Torch.Ones([2], requiresGrad: true).Add_(1)));
        yield return new("in-place result type", "a = torch.ones(2, dtype=torch.int64)\na.mul_(1.5)",
            o => o.Try(() => Torch.Ones([2], DType.Int64).Mul_(1.5)));
        yield return new("in-place unary", "a = torch.tensor([-1., 4.])\na.abs_().sqrt_()\nprint(a)",
            o => { var a = Torch.Tensor(new[] { -1f, 4f }); a.Abs_().Sqrt_(); o.Print(a); });
        yield return new("fill and zero", "a = torch.ones(2, 2)\na.fill_(3)\nprint(a)\na.zero_()\nprint(a)",
            o => { var a = Torch.Ones([2, 2]); a.Fill_(3); o.Print(a); a.Zero_(); o.Print(a); });
        yield return new("sqrt of int", "print(torch.arange(4).sqrt())", o => o.Print(Torch.Arange(4).Sqrt()));
        yield return new("equal", "print(torch.equal(torch.ones(2), torch.ones(2)), torch.equal(torch.ones(2), torch.zeros(2)))",
            o => o.Print(Torch.Ones([2]).Equal(Torch.Ones([2])), Torch.Ones([2]).Equal(Torch.Zeros([2]))));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();

    [Test]
    public void InPlaceOperatorsReturnTheSameObject()
    {
        using var a = Torch.Ones([2]);
        Assert.That(a.Add_(1), Is.SameAs(a));
        Assert.That(a.Zero_(), Is.SameAs(a));
        Assert.That(a.Fill_(2), Is.SameAs(a));
        Assert.That(a.Sin_(), Is.SameAs(a));
    }

    [Test]
    public void NullOperandsAreArgumentNullException()
    {
        using var a = Torch.Ones([2]);
        Tensor? none = null;
        Assert.Throws<ArgumentNullException>(() => _ = a + none!);
        Assert.Throws<ArgumentNullException>(() => _ = none! * 2);
        var error = Assert.Throws<ArgumentNullException>(() => _ = a == none!);
        Assert.That(error!.Message, Does.Contain("is null"));
        Assert.Throws<ArgumentNullException>(() => a.Mm(none!));
    }
}
