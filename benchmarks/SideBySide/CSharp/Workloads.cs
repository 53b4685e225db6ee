using TorchInterop;

namespace SideBySide;

/// <summary>A workload: its default iteration count and what runs it.</summary>
internal sealed record Workload(long Iterations, Func<long, Result> Run);

/// <summary>
/// The workloads of ../cpp/bench.cpp and ../python/bench.py, in C#. The plain names dispose what they create
/// (or use a dispose scope); the *_undisposed ones and the MLP are written as code ported from Python is: no
/// Dispose at all. The default iteration counts match the other two languages.
/// </summary>
internal static class Workloads
{
    public static readonly IReadOnlyDictionary<string, Workload> All = new Dictionary<string, Workload>
    {
        ["small_op"] = new(500_000, SmallOp),
        ["small_op_undisposed"] = new(500_000, SmallOpUndisposed),
        ["small_graph"] = new(100_000, SmallGraph),
        ["small_graph_undisposed"] = new(100_000, SmallGraphUndisposed),
        ["custom_function"] = new(50_000, CustomFunctionCube),
        ["custom_function_disposed"] = new(50_000, CustomFunctionCubeDisposed),
        ["mlp_step"] = new(3_000, MlpStep),
        ["ddp_step"] = new(1_000, DdpStep.TwoRanks),
        ["ddp_step_1rank"] = new(1_000, DdpStep.OneRank),
        ["jacobian_small"] = new(2_000, JacobianSmall),
        ["per_sample_grads"] = new(2_000, PerSampleGrads),
        ["matmul_1024"] = new(20, Matmul1024),
        ["startup"] = new(1, Startup),
        ["rss_no_dispose"] = new(1_000_000, RssNoDispose),
        ["rss_scope"] = new(1_000_000, RssScope),
    };

    private static Result Micros(double seconds) => new(seconds * 1e6, "us");

    /// <summary>y = x * 2 on a 4-element tensor with requires_grad, each result disposed; µs per op.</summary>
    private static Result SmallOp(long n)
    {
        using var x = Torch.Ones([4], requiresGrad: true);
        return Micros(Measure.SecondsPerIteration(n, count =>
        {
            for (long i = 0; i < count; i++)
            {
                using var y = x * 2;
            }
        }));
    }

    /// <summary>The same, never disposing (as ported Python code does); µs per op.</summary>
    private static Result SmallOpUndisposed(long n)
    {
        var x = Torch.Ones([4], requiresGrad: true);
        return Micros(Measure.SecondsPerIteration(n, count =>
        {
            for (long i = 0; i < count; i++)
            {
                var y = x * 2;
            }
        }));
    }

    /// <summary>
    /// The cube Function of Python's tutorial applied and differentiated, written as ported code is (nothing disposed);
    /// µs per iteration.
    /// </summary>
    private static Result CustomFunctionCube(long n)
    {
        var x = Torch.Ones([4], requiresGrad: true);
        return Micros(Measure.SecondsPerIteration(n, count =>
        {
            for (long i = 0; i < count; i++) ((Tensor)CustomFunction.Apply("Cube", [x], CubeForward, CubeBackward)).Sum().Backward();
        }));
    }

    /// <summary>The same with every tensor disposed, in backward too: what the custom Function itself costs; µs per iteration.</summary>
    private static Result CustomFunctionCubeDisposed(long n)
    {
        using var x = Torch.Ones([4], requiresGrad: true);
        return Micros(Measure.SecondsPerIteration(n, count =>
        {
            for (long i = 0; i < count; i++)
            {
                using var y = (Tensor)CustomFunction.Apply("Cube", [x], CubeForward, CubeBackwardDisposed);
                using var sum = y.Sum();
                sum.Backward();
            }
        }));
    }

    private static object? CubeBackwardDisposed(FunctionContext ctx, Tensor?[] grads)
    {
        using var squared = ctx.SavedTensors[0].Pow(2);
        using var scaled = grads[0]! * 3;
        return scaled * squared;
    }

    private static object CubeForward(FunctionContext ctx, object?[] args)
    {
        var x = (Tensor)args[0]!;
        ctx.SaveForBackward(x);
        return x.Pow(3);
    }

    private static object? CubeBackward(FunctionContext ctx, Tensor?[] grads) => grads[0]! * 3 * ctx.SavedTensors[0].Pow(2);

    /// <summary>((x * 2 + 1).Sum()).Backward(), every intermediate disposed; µs per iteration.</summary>
    private static Result SmallGraph(long n)
    {
        using var x = Torch.Ones([4], requiresGrad: true);
        return Micros(Measure.SecondsPerIteration(n, count =>
        {
            for (long i = 0; i < count; i++)
            {
                using var doubled = x * 2;
                using var shifted = doubled + 1;
                using var sum = shifted.Sum();
                sum.Backward();
            }
        }));
    }

    private static void SmallGraphUndisposedLoop(Tensor x, long count)
    {
        for (long i = 0; i < count; i++) (x * 2 + 1).Sum().Backward();
    }

    private static void SmallGraphScopeLoop(Tensor x, long count)
    {
        for (long i = 0; i < count; i++)
        {
            using (Torch.NewDisposeScope()) (x * 2 + 1).Sum().Backward();
        }
    }

    /// <summary>The same, never disposing; µs per iteration.</summary>
    private static Result SmallGraphUndisposed(long n)
    {
        var x = Torch.Ones([4], requiresGrad: true);
        return Micros(Measure.SecondsPerIteration(n, count => SmallGraphUndisposedLoop(x, count)));
    }

    /// <summary>
    /// One SGD step of a 784-128-10 MLP (ReLU, cross-entropy, batch 64) written as a line-by-line port of the
    /// Python version, with raw tensors and no Dispose; µs per step.
    /// </summary>
    private static Result MlpStep(long n)
    {
        Torch.ManualSeed(0);
        var w1 = (Torch.Randn([784, 128]) * 0.01).RequiresGrad_();
        var b1 = Torch.Zeros([128], requiresGrad: true);
        var w2 = (Torch.Randn([128, 10]) * 0.01).RequiresGrad_();
        var b2 = Torch.Zeros([10], requiresGrad: true);
        var x = Torch.Randn([64, 784]);
        var target = Torch.Tensor(Enumerable.Range(0, 64).Select(i => (long)(i % 10)).ToArray());
        Tensor[] parameters = [w1, b1, w2, b2];
        const double lr = 0.01;

        return Micros(Measure.SecondsPerIteration(n, count =>
        {
            for (long i = 0; i < count; i++)
            {
                var h = Torch.Relu(x.Mm(w1) + b1);
                var logits = h.Mm(w2) + b2;
                var loss = Torch.CrossEntropy(logits, target);
                loss.Backward();
                using (Autograd.NoGrad())
                {
                    foreach (var p in parameters) p.Sub_(p.Grad! * lr);
                    foreach (var p in parameters) p.Grad!.Zero_();
                }
            }
        }));
    }

    /// <summary>
    /// <c>torch.autograd.functional.jacobian</c> (reverse mode, row by row) of x -> tanh(w @ x + b), 16 to 16, written
    /// as ported code is (nothing disposed); µs per Jacobian.
    /// </summary>
    private static Result JacobianSmall(long n)
    {
        Torch.ManualSeed(0);
        var w = Torch.Randn([16, 16]);
        var b = Torch.Randn([16]);
        var x = Torch.Randn([16]);
        Tensor[] inputs = [x];
        return Micros(Measure.SecondsPerIteration(n, count =>
        {
            for (long i = 0; i < count; i++) FunctionalAutograd.Jacobian(v => [Torch.Tanh(w.Mv(v[0]) + b)], inputs);
        }));
    }

    /// <summary>
    /// The per-sample gradients of a 16-32-4 MLP's cross-entropy over a batch of 64, by
    /// <c>Vmap(Grad(loss, argnums: [0, 1, 2, 3]), inDims: [null, null, null, null, 0, 0])</c>, written as ported code is
    /// (nothing disposed); µs per batch.
    /// </summary>
    private static Result PerSampleGrads(long n)
    {
        Torch.ManualSeed(0);
        var w1 = Torch.Randn([16, 32]) * 0.1;
        var b1 = Torch.Zeros([32]);
        var w2 = Torch.Randn([32, 4]) * 0.1;
        var b2 = Torch.Zeros([4]);
        var x = Torch.Randn([64, 16]);
        var target = Torch.Tensor(Enumerable.Range(0, 64).Select(i => (long)(i % 4)).ToArray());
        var perSample = Torch.Func.Vmap(Torch.Func.Grad(PerSampleLoss, argnums: [0, 1, 2, 3]), inDims: [null, null, null, null, 0, 0]);
        Tensor[] args = [w1, b1, w2, b2, x, target];
        return Micros(Measure.SecondsPerIteration(n, count =>
        {
            for (long i = 0; i < count; i++) perSample(args);
        }));
    }

    private static Tensor PerSampleLoss(Tensor[] a)
    {
        var h = Torch.Relu(a[4].Matmul(a[0]) + a[1]);
        var logits = h.Matmul(a[2]) + a[3];
        return Torch.CrossEntropy(logits.Unsqueeze(0), a[5].Unsqueeze(0));
    }

    /// <summary>(a.Mm(b)).Sum().Backward() with 1024x1024 float32 a and b; ms per iteration.</summary>
    private static Result Matmul1024(long n)
    {
        Torch.ManualSeed(0);
        var a = Torch.Randn([1024, 1024], requiresGrad: true);
        var b = Torch.Randn([1024, 1024], requiresGrad: true);
        double seconds = Measure.SecondsPerIteration(n, count =>
        {
            for (long i = 0; i < count; i++) a.Mm(b).Sum().Backward();
        });
        return new(seconds * 1e3, "ms");
    }

    /// <summary>
    /// The first backward of a fresh process. The runner times the whole process; the value printed is the
    /// gradient's sum (4), which shows the backward ran.
    /// </summary>
    private static Result Startup(long n)
    {
        var x = Torch.Ones([2], requiresGrad: true);
        (x * 2).Sum().Backward();
        return new(x.Grad!.Sum().Item<float>(), "grad_sum");
    }

    /// <summary>Peak resident memory growth over n undisposed iterations of small_graph, in MB.</summary>
    private static Result RssNoDispose(long n)
    {
        var x = Torch.Ones([4], requiresGrad: true);
        SmallGraphUndisposedLoop(x, 1000);
        return new(Measure.PeakGrowthMb(() => SmallGraphUndisposedLoop(x, n)), "MB");
    }

    /// <summary>The same with a dispose scope per iteration, in MB.</summary>
    private static Result RssScope(long n)
    {
        using var x = Torch.Ones([4], requiresGrad: true);
        SmallGraphScopeLoop(x, 1000);
        return new(Measure.PeakGrowthMb(() => SmallGraphScopeLoop(x, n)), "MB");
    }
}
