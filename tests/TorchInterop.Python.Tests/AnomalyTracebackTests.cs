using System.Text.RegularExpressions;
using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>
/// Anomaly mode's warning when a backward fails: PyTorch's text around the stack of the forward call that made the
/// failing node (and, for double backward, of the calls that induced it). The frames are .NET's, so both sides print
/// the warnings with the frame lines replaced by a placeholder; the C# side also checks the frames name the test.
/// </summary>
[TestFixture, NonParallelizable]
public partial class AnomalyTracebackTests
{
    private const string PythonNormalize = """
        import re, warnings
        def normalized(w):
            text = re.sub(r"(  File .*\n(    .*\n)?)+", "<traceback>\n", str(w.message))
            return re.sub(r" \(Triggered internally at .*\)$", "", text, flags=re.S)

        """;

    // The graphs these tests leave to the garbage collector (custom Functions' nodes among them) are released
    // before the next test, so leak checks elsewhere count from a settled baseline.
    [TearDown]
    public void ReleaseGraphs()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        torch.zeros(1).Dispose(); // frees the handles the finalizers queued
    }

    private static string Normalized(TorchWarning warning) =>
        Suffix().Replace(Frames().Replace(warning.Message, "<traceback>\n"), "");

    [GeneratedRegex(@"(  File .*\n(    .*\n)?)+")]
    private static partial Regex Frames();

    [GeneratedRegex(@" \(Triggered internally at .*\)$", RegexOptions.Singleline)]
    private static partial Regex Suffix();

    private sealed class Inner : torch.autograd.Function<Inner>
    {
        public static Tensor forward(FunctionContext ctx, Tensor i) => i.clone();

        public static Tensor backward(FunctionContext ctx, Tensor grad_output) => throw new TorchException("boom", TorchErrorKind.ValueError);
    }

    private sealed class Outer : torch.autograd.Function<Outer>
    {
        public static Tensor forward(FunctionContext ctx, Tensor i) => i.clone();

        public static Tensor backward(FunctionContext ctx, Tensor grad_output) => Inner.apply(grad_output);
    }

    [Test]
    public void TheWarningShowsTheForwardCallOfTheFailingNode() => Dialect.Verify(
        PythonNormalize + """
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            with torch.autograd.detect_anomaly():
                x = torch.tensor([3.], requires_grad=True)
                a = x.sin()
                b = a * a
                a.add_(1)
                try:
                    b.backward()
                except RuntimeError as e:
                    print(type(e).__name__)
        for m in w:
            print(m.category.__name__, normalized(m))
        """,
        () =>
        {
            using (var w = warnings.catch_warnings(record: true))
            {
                using (torch.autograd.detect_anomaly())
                {
                    var x = torch.tensor(new[] { 3.0 }, requires_grad: true);
                    var a = x.sin();
                    var b = a * a;
                    a.add_(1);
                    try { b.backward(); }
                    catch (TorchException e) { print(e.PythonTypeName); }
                }
                foreach (var m in w) print(m.category.__name__, Normalized(m));
                Assert.That(w[^1].Message, Does.Contain(nameof(TheWarningShowsTheForwardCallOfTheFailingNode)));
            }
        });

    [Test]
    public void AutogradGradWarnsToo() => Dialect.Verify(
        PythonNormalize + """
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            with torch.autograd.detect_anomaly():
                x = torch.tensor([3.], requires_grad=True)
                y = x.exp()
                z = y * y
                y.mul_(2)
                try:
                    torch.autograd.grad(z, x)
                except RuntimeError as e:
                    print(type(e).__name__)
        print(len(w), normalized(w[-1]))
        """,
        () =>
        {
            using var w = warnings.catch_warnings(record: true);
            using (torch.autograd.detect_anomaly())
            {
                var x = torch.tensor(new[] { 3.0 }, requires_grad: true);
                var y = x.exp();
                var z = y * y;
                y.mul_(2);
                try { torch.autograd.grad(z, x); }
                catch (TorchException e) { print(e.PythonTypeName); }
            }
            print(w.Count, Normalized(w[^1]));
            Assert.That(w[^1].Message, Does.Contain(nameof(AutogradGradWarnsToo)));
        });

    [Test]
    public void ANodeMadeOutsideAnomalyModeHasNoForwardStack() => Dialect.Verify(
        PythonNormalize + """
        x = torch.tensor([3.], requires_grad=True)
        a = x.sin()
        b = a * a
        a.add_(1)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            with torch.autograd.detect_anomaly():
                try:
                    b.backward()
                except RuntimeError as e:
                    print(type(e).__name__)
        print(len(w), normalized(w[-1]))
        """,
        () =>
        {
            var x = torch.tensor(new[] { 3.0 }, requires_grad: true);
            var a = x.sin();
            var b = a * a;
            a.add_(1);
            using var w = warnings.catch_warnings(record: true);
            using (torch.autograd.detect_anomaly())
            {
                try { b.backward(); }
                catch (TorchException e) { print(e.PythonTypeName); }
            }
            print(w.Count, Normalized(w[^1]));
        });

    [Test]
    public void DoubleBackwardNamesTheNodeThatInducedTheFailingOne() => Dialect.Verify(
        PythonNormalize + """
        class Inner(torch.autograd.Function):
            @staticmethod
            def forward(ctx, i):
                return i.clone()
            @staticmethod
            def backward(ctx, grad_output):
                raise ValueError("boom")

        class Outer(torch.autograd.Function):
            @staticmethod
            def forward(ctx, i):
                return i.clone()
            @staticmethod
            def backward(ctx, grad_output):
                return Inner.apply(grad_output)

        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            with torch.autograd.detect_anomaly():
                x = torch.tensor([3.], requires_grad=True)
                q = Outer.apply(x).pow(2)
                g, = torch.autograd.grad(q, x, create_graph=True)
                try:
                    g.sum().backward()
                except ValueError as e:
                    print(type(e).__name__, e)
        for m in w[1:]:
            print(m.category.__name__, normalized(m))
        """,
        () =>
        {
            using var w = warnings.catch_warnings(record: true);
            using (torch.autograd.detect_anomaly())
            {
                var x = torch.tensor(new[] { 3.0 }, requires_grad: true);
                var q = Outer.apply(x).pow(2);
                var g = torch.autograd.grad(q, x, create_graph: true)[0]!;
                try { g.sum().backward(); }
                catch (TorchException e) { print(e.PythonTypeName, e.Message); }
            }
            foreach (var m in w.Skip(1)) print(m.category.__name__, Normalized(m));
            Assert.That(w[^1].Message, Does.Contain(nameof(DoubleBackwardNamesTheNodeThatInducedTheFailingOne)));
        });
}
