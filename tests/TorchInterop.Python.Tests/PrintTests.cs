using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary><c>print</c>, <c>repr</c>, <c>len</c> and <c>Variable</c> against Python.</summary>
[TestFixture, NonParallelizable]
public class PrintTests
{
    [Test]
    public void FloatsPrintAsPythonRepr() => Dialect.Verify(
        """
        print(27.0, 4.5, 1e-05, 0.1, 1/3, 1e16, 123456789012345678.0, -0.0, float('inf'), float('-inf'), float('nan'))
        print(0.0, 1.0, 2.5, 100.0, 1234567.0, 0.1 + 0.2, 1e15, 9999999999999998.0, 1e-4, 0.00012345, 0.000012345)
        print(1e22, 1.5e-10, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, -1.5, -1e-05, 123.456, 1e100)
        print(12345678901234567.0, 0.001, 3.141592653589793, 2/3, 1e-07, 6.02214076e23)
        """,
        () =>
        {
            print(27.0, 4.5, 1e-05, 0.1, 1.0 / 3, 1e16, 123456789012345678.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.NaN);
            print(0.0, 1.0, 2.5, 100.0, 1234567.0, 0.1 + 0.2, 1e15, 9999999999999998.0, 1e-4, 0.00012345, 0.000012345);
            print(1e22, 1.5e-10, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, -1.5, -1e-05, 123.456, 1e100);
            print(12345678901234567.0, 0.001, 3.141592653589793, 2.0 / 3, 1e-07, 6.02214076e23);
        });

    [Test]
    public void FloatReprMatchesPythonOnManyValues()
    {
        var values = new List<double>();
        var rng = new Random(1234);
        for (int e = -30; e <= 30; e++)
        {
            values.Add(Math.Pow(10, e));
            values.Add(1.2345678 * Math.Pow(10, e));
            values.Add(-rng.NextDouble() * Math.Pow(10, e));
        }
        for (int i = 0; i < 50; i++) values.Add(BitConverter.Int64BitsToDouble(rng.NextInt64(0, 0x7FEFFFFFFFFFFFFF)));
        string literals = string.Join(", ", values.Select(v => "float('" + v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "')"));
        Dialect.Verify($"for v in [{literals}]:\n    print(v)", () =>
        {
            foreach (double v in values) print(v);
        });
    }

    [Test]
    public void ScalarsCollectionsAndNone() => Dialect.Verify(
        """
        print(1, -7, True, False, None, 'text', "it's")
        print((1, 2), (1,), (), [1, 2.5, 'a', None, True], [[1, 2], (3,)], ["it's", 'q"uote'], {'a': 1.0})
        print(torch.tensor(2.5).item(), torch.tensor(3).item(), torch.tensor(True).item(), torch.tensor([0.1]).item())
        """,
        () =>
        {
            print(1, -7L, true, false, null, "text", "it's");
            print((1, 2), ValueTuple.Create(1), ValueTuple.Create(), new object?[] { 1, 2.5, "a", null, true },
                new object[] { new[] { 1, 2 }, ValueTuple.Create(3) }, new[] { "it's", "q\"uote" },
                new Dictionary<string, double> { ["a"] = 1.0 });
            print(torch.tensor(2.5).item(), torch.tensor(3).item(), torch.tensor(true).item(), torch.tensor(new[] { 0.1 }).item());
        });

    [Test]
    public void TorchObjects() => Dialect.Verify(
        """
        x = torch.ones(2, 3, requires_grad=True)
        y = x + 2
        print(x.shape, x.size(), x.dtype, y.grad_fn, x.grad_fn, [x.shape], (x.dtype,))
        print(y)
        print([torch.tensor(1.0), torch.tensor([1, 2])])
        """,
        () =>
        {
            var x = torch.ones(2, 3, requires_grad: true);
            var y = x + 2;
            print(x.shape, x.size(), x.dtype, y.grad_fn, x.grad_fn, new[] { x.shape }, ValueTuple.Create(x.dtype));
            print(y);
            print(new[] { torch.tensor(1.0), torch.tensor(new[] { 1, 2 }) });
        });

    [Test]
    public void ArrayArgumentPrintsAsOneList() => Dialect.Verify(
        """
        a = [torch.tensor(1.0), torch.tensor(2.0)]
        print(a)
        print(a, a)
        print(1, 2, 3, [4, 5])
        """,
        () =>
        {
            var a = new[] { torch.tensor(1.0), torch.tensor(2.0) };
            print(a);
            print(a, a);
            print(1, 2, 3, new[] { 4, 5 });
        });

    [Test]
    public void EmptyPrintIsANewline() => Dialect.Verify("print()\nprint('a')", () => { print(); print("a"); });

    [Test]
    public void Len() => Dialect.Verify(
        """
        print(len(torch.ones(3, 2)), len(torch.ones(3, 2).shape), len(torch.zeros(0)))
        print(len(torch.tensor(1.0)))
        """,
        () =>
        {
            print(len(torch.ones(3, 2)), len(torch.ones(3, 2).shape), len(torch.zeros(0)));
            print(len(torch.tensor(1.0)));
        });

    [Test]
    public void LegacyVariable() => Dialect.Verify(
        """
        from torch.autograd import Variable
        x = Variable(torch.ones(2), requires_grad = True)
        print(x, x.is_leaf, x.requires_grad)
        y = Variable(x * 2)
        print(y, y.is_leaf, y.requires_grad, y.grad_fn)
        z = Variable(x * 2, requires_grad=True)
        print(z.is_leaf, z.grad_fn)
        (x * 3).sum().backward()
        print(x.grad)
        """,
        () =>
        {
            var x = Variable(torch.ones(2), requires_grad: true);
            print(x, x.is_leaf, x.requires_grad);
            var y = Variable(x * 2);
            print(y, y.is_leaf, y.requires_grad, y.grad_fn);
            var z = Variable(x * 2, requires_grad: true);
            print(z.is_leaf, z.grad_fn);
            (x * 3).sum().backward();
            print(x.grad);
        });

    [Test]
    public void PrintWritesToOut()
    {
        string text = Dialect.Capture(() => print("a", 1.0, null));
        Assert.That(text, Is.EqualTo("a 1.0 None\n"));
    }

    [Test]
    public void StrAndRepr()
    {
        Assert.Multiple(() =>
        {
            Assert.That(str("a"), Is.EqualTo("a"));
            Assert.That(repr("a"), Is.EqualTo("'a'"));
            Assert.That(repr(1e-05), Is.EqualTo("1e-05"));
            Assert.That(new Size(2, 2).ToString(), Is.EqualTo("torch.Size([2, 2])"));
            Assert.That(new TensorTuple(new Tensor?[] { null }).ToString(), Is.EqualTo("(None,)"));
        });
    }
}
