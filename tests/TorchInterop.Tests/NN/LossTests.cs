using TorchInterop.NN;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.NN;

/// <summary>
/// torch.nn.functional's losses against PyTorch: value, grad_fn name and the gradients of every input for each
/// reduction, Python-level warnings and error messages.
/// </summary>
public class LossTests
{
    // x, y: scores; p, q: probabilities; z: a 4-D input for nll_loss; c: class indices of x's rows
    private const string Setup = """
        import torch.nn.functional as F
        torch.manual_seed(0)
        x = torch.randn(3, 5, requires_grad=True)
        y = torch.randn(3, 5, requires_grad=True)
        p = torch.rand(3, 5, requires_grad=True)
        q = torch.rand(3, 5)
        z = torch.randn(2, 3, 2, 2, requires_grad=True)
        c = torch.tensor([1, 0, 4])

        """;

    private sealed record Inputs(Tensor X, Tensor Y, Tensor P, Tensor Q, Tensor Z, Tensor C);

    private static Inputs MakeInputs()
    {
        Torch.ManualSeed(0);
        var x = Torch.Randn([3, 5], requiresGrad: true);
        var y = Torch.Randn([3, 5], requiresGrad: true);
        var p = Torch.Rand([3, 5], requiresGrad: true);
        var q = Torch.Rand([3, 5]);
        var z = Torch.Randn([2, 3, 2, 2], requiresGrad: true);
        return new(x, y, p, q, z, Torch.Tensor(new long[] { 1, 0, 4 }));
    }

    private static readonly string[] Reductions = ["none", "mean", "sum"];

    // r = <python>; print(r, grad_fn); r.sum().backward(); print the gradients of every input (None where unused)
    private static ParityCase Loss(string python, Func<Inputs, Tensor> csharp) =>
        new(python, Setup + $"r = {python}\nprint(r)\nprint(type(r.grad_fn).__name__)\nr.sum().backward()\nprint(x.grad, y.grad, p.grad, z.grad)",
            o =>
            {
                var inputs = MakeInputs();
                var r = csharp(inputs);
                o.Print(r);
                o.Print(r.GradFn?.Name);
                r.Sum().Backward();
                o.Print(inputs.X.Grad, inputs.Y.Grad, inputs.P.Grad, inputs.Z.Grad);
            });

    private static IEnumerable<ParityCase> Cases()
    {
        foreach (string red in Reductions)
        {
            string r = $"reduction='{red}'";
            yield return Loss($"F.mse_loss(x, y, {r})", i => Functional.MseLoss(i.X, i.Y, red));
            yield return Loss($"F.l1_loss(x, y, {r})", i => Functional.L1Loss(i.X, i.Y, red));
            yield return Loss($"F.smooth_l1_loss(x, y, {r})", i => Functional.SmoothL1Loss(i.X, i.Y, red));
            yield return Loss($"F.smooth_l1_loss(x, y, {r}, beta=0.5)", i => Functional.SmoothL1Loss(i.X, i.Y, red, beta: 0.5));
            yield return Loss($"F.huber_loss(x, y, {r})", i => Functional.HuberLoss(i.X, i.Y, red));
            yield return Loss($"F.huber_loss(x, y, {r}, delta=0.7)", i => Functional.HuberLoss(i.X, i.Y, red, delta: 0.7));
            yield return Loss($"F.cross_entropy(x, c, {r})", i => Functional.CrossEntropy(i.X, i.C, reduction: red));
            yield return Loss($"F.cross_entropy(x, c, weight=q[0], {r})", i => Functional.CrossEntropy(i.X, i.C, weight: i.Q[0], reduction: red));
            yield return Loss($"F.cross_entropy(x, torch.tensor([1, -100, 4]), {r})",
                i => Functional.CrossEntropy(i.X, Torch.Tensor(new long[] { 1, -100, 4 }), reduction: red));
            yield return Loss($"F.cross_entropy(x, c, ignore_index=0, {r})", i => Functional.CrossEntropy(i.X, i.C, ignoreIndex: 0, reduction: red));
            yield return Loss($"F.cross_entropy(x, c, {r}, label_smoothing=0.2)",
                i => Functional.CrossEntropy(i.X, i.C, reduction: red, labelSmoothing: 0.2));
            yield return Loss($"F.cross_entropy(x, c, weight=q[1], {r}, label_smoothing=0.1)",
                i => Functional.CrossEntropy(i.X, i.C, weight: i.Q[1], reduction: red, labelSmoothing: 0.1));
            yield return Loss($"F.cross_entropy(x, p, {r})", i => Functional.CrossEntropy(i.X, i.P, reduction: red));
            yield return Loss($"F.cross_entropy(x, p, weight=q[0], {r}, label_smoothing=0.3)",
                i => Functional.CrossEntropy(i.X, i.P, weight: i.Q[0], reduction: red, labelSmoothing: 0.3));
            yield return Loss($"F.nll_loss(F.log_softmax(x, 1), c, {r})", i => Functional.NllLoss(Functional.LogSoftmax(i.X, 1), i.C, reduction: red));
            yield return Loss($"F.nll_loss(x, c, weight=q[2], ignore_index=0, {r})",
                i => Functional.NllLoss(i.X, i.C, weight: i.Q[2], ignoreIndex: 0, reduction: red));
            yield return Loss($"F.nll_loss(z, torch.tensor([[[0, 1], [2, 0]], [[1, 1], [2, -100]]]), {r})",
                i => Functional.NllLoss(i.Z, Torch.Tensor(new long[,] { { 0, 1 }, { 2, 0 }, { 1, 1 }, { 2, -100 } }).View(2, 2, 2), reduction: red));
            yield return Loss($"F.nll_loss(z, torch.tensor([[[0, 1], [2, 0]], [[1, 1], [2, 2]]]), weight=q[0, :3], {r})",
                i => Functional.NllLoss(i.Z, Torch.Tensor(new long[,] { { 0, 1 }, { 2, 0 }, { 1, 1 }, { 2, 2 } }).View(2, 2, 2), weight: i.Q[0, ..3], reduction: red));
            yield return Loss($"F.binary_cross_entropy(p, q, {r})", i => Functional.BinaryCrossEntropy(i.P, i.Q, reduction: red));
            yield return Loss($"F.binary_cross_entropy(p, q, weight=q[0], {r})", i => Functional.BinaryCrossEntropy(i.P, i.Q, weight: i.Q[0], reduction: red));
            yield return Loss($"F.binary_cross_entropy_with_logits(x, p, {r})", i => Functional.BinaryCrossEntropyWithLogits(i.X, i.P, reduction: red));
            yield return Loss($"F.binary_cross_entropy_with_logits(x, p, weight=q, {r}, pos_weight=q[1] * 3)",
                i => Functional.BinaryCrossEntropyWithLogits(i.X, i.P, weight: i.Q, reduction: red, posWeight: i.Q[1] * 3));
        }
        foreach (string red in new[] { "none", "sum", "batchmean" })
        {
            string r = $"reduction='{red}'";
            yield return Loss($"F.kl_div(F.log_softmax(x, 1), F.softmax(y, 1), {r})",
                i => Functional.KlDiv(Functional.LogSoftmax(i.X, 1), Functional.Softmax(i.Y, 1), red));
            yield return Loss($"F.kl_div(F.log_softmax(x, 1), F.log_softmax(y, 1), {r}, log_target=True)",
                i => Functional.KlDiv(Functional.LogSoftmax(i.X, 1), Functional.LogSoftmax(i.Y, 1), red, logTarget: true));
        }
        yield return Loss("F.kl_div(F.log_softmax(z, 1), F.softmax(z * 2, 1), reduction='batchmean')",
            i => Functional.KlDiv(Functional.LogSoftmax(i.Z, 1), Functional.Softmax(i.Z * 2, 1), "batchmean"));
        yield return Loss("F.relu(x) + F.softmax(y, 0, dtype=torch.float64)",
            i => Functional.Relu(i.X) + Functional.Softmax(i.Y, 0, DType.Float64));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();

    // Python-level warnings: caught with simplefilter("always"), printed as category and text
    private static ParityCase Warns(string python, Func<Inputs, Tensor> csharp) =>
        new("warns: " + python,
            Setup + $"import warnings\nwith warnings.catch_warnings(record=True) as w:\n    warnings.simplefilter('always')\n    r = {python}\n" +
            "print(r)\nprint(type(r.grad_fn).__name__)\nfor m in w:\n    print(m.category.__name__, m.message)\nr.sum().backward()\nprint(x.grad, y.grad, z.grad)",
            o =>
            {
                var inputs = MakeInputs();
                Tensor r;
                using (var w = Warnings.Catch())
                {
                    r = csharp(inputs);
                    o.Print(r);
                    o.Print(r.GradFn?.Name);
                    foreach (var m in w) o.Print("UserWarning", m.Message);
                }
                r.Sum().Backward();
                o.Print(inputs.X.Grad, inputs.Y.Grad, inputs.Z.Grad);
            });

    private static IEnumerable<ParityCase> WarningCases()
    {
        yield return Warns("F.mse_loss(x, y[0])", i => Functional.MseLoss(i.X, i.Y[0]));
        yield return Warns("F.l1_loss(x[:1], y, reduction='sum')", i => Functional.L1Loss(i.X[..1], i.Y, "sum"));
        yield return Warns("F.smooth_l1_loss(x, y[1:2])", i => Functional.SmoothL1Loss(i.X, i.Y[1..2]));
        yield return Warns("F.huber_loss(x, y[0], reduction='none')", i => Functional.HuberLoss(i.X, i.Y[0], "none"));
        yield return Warns("F.kl_div(F.log_softmax(x, 1), F.softmax(y, 1))", i => Functional.KlDiv(Functional.LogSoftmax(i.X, 1), Functional.Softmax(i.Y, 1)));
        yield return Warns("F.kl_div(F.log_softmax(x, 1), F.softmax(y, 1), reduction='mean', log_target=True)",
            i => Functional.KlDiv(Functional.LogSoftmax(i.X, 1), Functional.Softmax(i.Y, 1), "mean", logTarget: true));
        yield return Warns("F.softmax(x) + F.log_softmax(z).sum()", i => Functional.Softmax(i.X) + Functional.LogSoftmax(i.Z).Sum());
        yield return Warns("F.sigmoid(x)", i => Functional.Sigmoid(i.X));
        yield return Warns("F.mse_loss(x, y, reduction='elementwise_mean')", i => Functional.MseLoss(i.X, i.Y, "elementwise_mean"));
    }

    [TestCaseSource(nameof(WarningCases))]
    public void WarnsAsPyTorch(ParityCase parityCase) => parityCase.Verify();

    private static ParityCase Fails(string python, Func<Inputs, Tensor> csharp) =>
        new("fails: " + python, Setup + $"print({python})", o => o.Try(() => o.Print(csharp(MakeInputs()))));

    private static IEnumerable<ParityCase> ErrorCases()
    {
        yield return Fails("F.mse_loss(x, y, reduction='avg')", i => Functional.MseLoss(i.X, i.Y, "avg"));
        yield return Fails("F.cross_entropy(x, c, reduction='batchmean')", i => Functional.CrossEntropy(i.X, i.C, reduction: "batchmean"));
        yield return Fails("F.kl_div(x, y, reduction='Mean')", i => Functional.KlDiv(i.X, i.Y, "Mean"));
        yield return Fails("F.l1_loss(x, y[:2])", i => Functional.L1Loss(i.X, i.Y[..2]));
        yield return Fails("F.binary_cross_entropy(p, q[0])", i => Functional.BinaryCrossEntropy(i.P, i.Q[0]));
        yield return Fails("F.binary_cross_entropy(p, q, weight=q[0, :4])", i => Functional.BinaryCrossEntropy(i.P, i.Q, weight: i.Q[0, ..4]));
        yield return Fails("F.binary_cross_entropy(p, q, reduction='avg')", i => Functional.BinaryCrossEntropy(i.P, i.Q, reduction: "avg"));
        yield return Fails("F.binary_cross_entropy_with_logits(x, p[:, 0])", i => Functional.BinaryCrossEntropyWithLogits(i.X, i.P[.., 0]));
        yield return Fails("F.cross_entropy(x, torch.tensor([1, 0]))", i => Functional.CrossEntropy(i.X, Torch.Tensor(new long[] { 1, 0 })));
        yield return Fails("F.cross_entropy(x, p[:2])", i => Functional.CrossEntropy(i.X, i.P[..2]));
        yield return Fails("F.nll_loss(x, torch.tensor([1, 7, 0]))", i => Functional.NllLoss(i.X, Torch.Tensor(new long[] { 1, 7, 0 })));
        yield return Fails("F.nll_loss(z, c)", i => Functional.NllLoss(i.Z, i.C));
    }

    [TestCaseSource(nameof(ErrorCases))]
    public void FailsAsPyTorch(ParityCase parityCase) => parityCase.Verify();

    [Test, NonParallelizable]
    public void UncaughtWarningsAreWrittenOnceToStandardError()
    {
        var saved = Console.Error;
        var error = new StringWriter();
        Console.SetError(error);
        try
        {
            for (int i = 0; i < 2; i++) Functional.MseLoss(Torch.Ones([7, 1]), Torch.Ones([7]));
        }
        finally
        {
            Console.SetError(saved);
        }
        const string expected = "UserWarning: Using a target size (torch.Size([7])) that is different to the input size (torch.Size([7, 1])).";
        Assert.That(error.ToString().Split('\n').Count(line => line.StartsWith(expected, StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public void NullArgumentsAreArgumentNullException()
    {
        var t = Torch.Ones([2]);
        Assert.Throws<ArgumentNullException>(() => Functional.MseLoss(null!, t));
        Assert.Throws<ArgumentNullException>(() => Functional.CrossEntropy(t, null!));
        Assert.Throws<ArgumentNullException>(() => Functional.KlDiv(t, t, null!));
        Assert.Throws<ArgumentNullException>(() => Functional.BinaryCrossEntropy(t, t, reduction: null!));
        Assert.Throws<ArgumentNullException>(() => Functional.Softmax(null!, 0));
    }
}
