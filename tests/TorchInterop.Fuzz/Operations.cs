using TorchInterop.Data;
using TorchInterop.NN;
using TorchInterop.Optim;

namespace TorchInterop.Fuzz;

/// <summary>One kind of call the fuzzer makes, with how often it is picked.</summary>
internal sealed record Operation(string Name, int Weight, Action<Fuzzer> Run);

/// <summary>The calls: creation, math, shapes, indexing, in-place updates, autograd, conversion, printing, modules, optimizers, lifetimes.</summary>
internal static partial class Operations
{
    private static readonly Operation[] All =
    [
        new("create", 12, Create),
        new("unary", 10, Unary),
        new("binary", 12, Binary),
        new("reduce", 8, Reduce),
        new("reshape", 8, Reshape),
        new("index", 8, Index),
        new("join", 4, Join),
        new("in-place", 6, InPlace),
        new("autograd", 8, AutogradCall),
        new("convert", 5, Convert),
        new("print", 3, Print),
        new("module", 5, ModuleCall),
        new("optimizer", 2, OptimizerStep),
        new("data", 3, DataLoading),
        new("namespace", 4, NamespaceCall),
        new("function", 3, CustomFunctionCall),
        new("hooks", 3, AutogradExtensionCall),
        new("transforms", 3, TransformCall),
        new("dispose", 4, Dispose),
        new("scope", 2, Scope),
        new("null", 3, NullArgument),
    ];

    private static readonly int TotalWeight = All.Sum(o => o.Weight);

    public static Operation Pick(Random random)
    {
        int roll = random.Next(TotalWeight);
        foreach (var operation in All)
        {
            if ((roll -= operation.Weight) < 0) return operation;
        }
        return All[^1];
    }

    private static string Show(Tensor? t) => t is null ? "null" : t.IsDisposed ? "disposed" : $"{t.Dtype}[{string.Join(", ", t.Shape)}]";

    private static string Show(long[] shape) => "[" + string.Join(", ", shape) + "]";

    private static void Create(Fuzzer f)
    {
        var shape = f.Shape();
        var dtype = f.DType();
        bool grad = f.Random.Next(4) == 0;
        int kind = f.Random.Next(9);
        f.Description = $"create #{kind} {Show(shape)} {dtype} requiresGrad={grad}";
        f.Keep(kind switch
        {
            0 => Torch.Zeros(shape, dtype, requiresGrad: grad),
            1 => Torch.Ones(shape, dtype, requiresGrad: grad),
            2 => Torch.Randn(shape, dtype, requiresGrad: grad),
            3 => Torch.Rand(shape, dtype, requiresGrad: grad),
            4 => Torch.Full(shape, f.Number(), dtype),
            5 => Torch.Arange(f.Number(), f.Number(), f.Random.Next(3) - 1 + 0.5),
            6 => Torch.Linspace(f.Number(), f.Number(), f.Random.Next(-2, 8)),
            7 => Torch.Eye(f.Random.Next(-1, 5)),
            _ => Torch.Tensor(Enumerable.Range(0, f.Random.Next(6)).Select(_ => (float)f.Number()).ToArray()),
        });
    }

    private static void Unary(Fuzzer f)
    {
        var x = f.Any();
        int kind = f.Random.Next(14);
        f.Description = $"unary #{kind} {Show(x)}";
        f.Keep(kind switch
        {
            0 => -x,
            1 => x.Abs(),
            2 => x.Exp(),
            3 => x.Log(),
            4 => x.Sin(),
            5 => x.Sqrt(),
            6 => x.Relu(),
            7 => x.Sigmoid(),
            8 => x.Floor(),
            9 => x.Clone(),
            10 => x.Contiguous(),
            11 => x.T,
            12 => x.Detach(),
            _ => x.Cumsum(f.Dim(x)),
        });
    }

    private static void Binary(Fuzzer f)
    {
        var a = f.Any();
        var b = f.Random.Next(5) == 0 ? (Tensor)f.Number() : f.Arg();
        int kind = f.Random.Next(11);
        f.Description = $"binary #{kind} {Show(a)} {Show(b)}";
        f.Keep(kind switch
        {
            0 => a + b,
            1 => a - b,
            2 => a * b,
            3 => a / b,
            4 => a.Pow(b),
            5 => Torch.Matmul(a, b),
            6 => Torch.Maximum(a, b),
            7 => a == b,
            8 => a < b,
            9 => Torch.BitwiseAnd(a, b),
            _ => Torch.Where(a > 0, a, b),
        });
    }

    private static void Reduce(Fuzzer f)
    {
        var x = f.Any();
        long dim = f.Dim(x);
        bool keep = f.Random.Next(2) == 0;
        int kind = f.Random.Next(9);
        f.Description = $"reduce #{kind} {Show(x)} dim={dim} keepdim={keep}";
        switch (kind)
        {
            case 0: f.Keep(x.Sum()); break;
            case 1: f.Keep(x.Sum([dim], keep)); break;
            case 2: f.Keep(x.Mean()); break;
            case 3: f.Keep(x.Max(dim, keep).Values); break;
            case 4: f.Keep(x.Argmax(dim, keep)); break;
            case 5: f.Keep(Torch.Softmax(x, dim)); break;
            case 6: f.Keep(Torch.LogSoftmax(x, dim)); break;
            case 7: f.Keep(x.Std()); break;
            default: f.Keep(Torch.Norm(x)); break;
        }
    }

    private static void Reshape(Fuzzer f)
    {
        var x = f.Any();
        var shape = f.Shape();
        long d0 = f.Dim(x), d1 = f.Dim(x);
        int kind = f.Random.Next(11);
        f.Description = $"reshape #{kind} {Show(x)} shape={Show(shape)} dims=({d0}, {d1})";
        f.Keep(kind switch
        {
            0 => x.Reshape(shape),
            1 => x.View(shape),
            2 => x.Transpose(d0, d1),
            3 => x.Squeeze(d0),
            4 => x.Unsqueeze(d0),
            5 => x.Expand(shape),
            6 => x.Flatten(d0, d1),
            7 => x.Narrow(d0, d1, f.Random.Next(-1, 3)),
            8 => x.Select(d0, d1),
            9 => x.Permute(Enumerable.Range(0, f.Random.Next(5)).Select(_ => f.Dim(x)).ToArray()),
            _ => x.Chunk(f.Random.Next(-1, 4), d0).FirstOrDefault(),
        });
    }

    private static void Index(Fuzzer f)
    {
        var x = f.Any();
        long i = f.Random.Next(-5, 5);
        int kind = f.Random.Next(7);
        f.Description = $"index #{kind} {Show(x)} i={i}";
        switch (kind)
        {
            case 0: f.Keep(x[i]); break;
            case 1: f.Keep(x[(int)Math.Abs(i)..]); break;
            case 2: f.Keep(x[x > 0]); break;
            case 3: x[i] = f.Number(); break;
            case 4: f.Keep(x.IndexSelect(f.Dim(x), Torch.Tensor(new long[] { i, 0 }))); break;
            case 5: f.Keep(x.Gather(f.Dim(x), f.Arg())); break;
            default: x[x > 0] = f.Arg(); break;
        }
    }

    private static void Join(Fuzzer f)
    {
        var list = Enumerable.Range(0, f.Random.Next(4)).Select(_ => f.Arg()).ToList();
        long dim = f.Random.Next(-3, 3);
        bool stack = f.Random.Next(2) == 0;
        f.Description = $"{(stack ? "stack" : "cat")} [{string.Join(", ", list.Select(Show))}] dim={dim}";
        f.Keep(stack ? Torch.Stack(list, dim) : Torch.Cat(list, dim));
    }

    private static void InPlace(Fuzzer f)
    {
        var x = f.Any();
        int kind = f.Random.Next(7);
        f.Description = $"in-place #{kind} {Show(x)}";
        switch (kind)
        {
            case 0: x.Add_(SourceFor(x, f.Arg())); break;
            case 1: x.Mul_(f.Number()); break;
            case 2: x.Zero_(); break;
            case 3: x.Fill_(f.Number()); break;
            case 4: x.Clamp_(f.Number(), f.Number()); break;
            case 5: x.Sub_(SourceFor(x, f.Arg())); break;
            default: x.Copy_(SourceFor(x, f.Arg())); break;
        }
    }

    // An in-place op whose source shares autograd history with its destination can make LibTorch's graph a reference
    // cycle that is never freed, in PyTorch too (x = base.expand(...); x.copy_(base.std()): StdBackward0 saves base,
    // whose grad_fn becomes the CopySlices that leads back to StdBackward0). The leak check would report LibTorch's
    // cycle, not the binding's, so such a source enters detached.
    private static Tensor SourceFor(Tensor destination, Tensor source)
    {
        if (source is null || source.IsDisposed || destination.IsDisposed) return source!;
        if (destination.GradFn is not { } target || source.GradFn is not { } start) return source;
        return History(start).Overlaps(History(target)) ? source.Detach() : source;
    }

    // The nodes a graph reaches from its root (bounded: fuzzed graphs can be long chains).
    private static HashSet<GradFn> History(GradFn root)
    {
        var nodes = new HashSet<GradFn>();
        var pending = new Stack<GradFn>([root]);
        while (pending.Count > 0 && nodes.Count < 256)
        {
            var node = pending.Pop();
            if (!nodes.Add(node)) continue;
            foreach (var (next, _) in node.NextFunctions)
                if (next is not null) pending.Push(next);
        }
        return nodes;
    }

    private static void AutogradCall(Fuzzer f)
    {
        var x = f.Any();
        int kind = f.Random.Next(9);
        f.Description = $"autograd #{kind} {Show(x)}";
        switch (kind)
        {
            case 0: x.RequiresGrad_(f.Random.Next(2) == 0); break;
            case 1: x.Backward(); break;
            case 2: x.Backward(f.Arg()); break;
            case 3:
            {
                var y = (x * 2).Sum();
                y.Backward();
                y.Backward(); // twice without retainGraph
                break;
            }
            case 4: f.Keep(Autograd.Grad([x.Sum()], [f.Arg()])[0]); break;
            case 5: f.Keep(x.Grad); break;
            case 6: x.Grad = f.Arg(); break;
            case 7: x.Detach_(); break;
            default:
            {
                var leaf = Torch.Ones([3], requiresGrad: true);
                var unused = Torch.Ones([3], requiresGrad: true);
                f.Keep(Autograd.Grad([(leaf * 3).Sum()], [leaf, unused], allowUnused: f.Random.Next(2) == 0)[1]);
                break;
            }
        }
    }

    private static void Convert(Fuzzer f)
    {
        var x = f.Any();
        int kind = f.Random.Next(6);
        f.Description = $"convert #{kind} {Show(x)}";
        switch (kind)
        {
            case 0: f.Keep(x.To(f.DType())); break;
            case 1: _ = x.Item<float>(); break;
            case 2: _ = x.Item<long>(); break;
            case 3: _ = x.ToArray<float>(); break;
            case 4: _ = x.ToArray<double>(); break;
            default: _ = (x > 0).ToBoolean(); break;
        }
    }

    private static void Print(Fuzzer f)
    {
        var x = f.Any();
        int precision = f.Random.Next(-2, 40), lineWidth = f.Random.Next(-5, 300), edgeItems = f.Random.Next(-2, 6);
        double threshold = f.Random.Next(3) switch { 0 => 0, 1 => double.PositiveInfinity, _ => f.Random.Next(1, 1000) };
        f.Description = $"print {Show(x)} precision={precision} lineWidth={lineWidth} edgeItems={edgeItems} threshold={threshold}";
        Torch.SetPrintOptions(precision, threshold, edgeItems, lineWidth, sciMode: f.Random.Next(3) switch { 0 => true, 1 => false, _ => null });
        _ = x.ToString();
    }

    private static void ModuleCall(Fuzzer f)
    {
        var x = f.Any();
        long features = f.Random.Next(1, 5);
        int kind = f.Random.Next(7);
        f.Description = $"module #{kind} {Show(x)} features={features}";
        switch (kind)
        {
            case 0: f.Keep(new Linear(features, 2).Call(f.Arg())); break;
            case 1: f.Keep(new Conv2d(features, 2, f.Random.Next(1, 3)).Call(x)); break;
            case 2: f.Keep(new BatchNorm1d(features).Call(x)); break;
            case 3: f.Keep(new LSTM(features, 2).Call(x).Output); break;
            case 4: f.Keep(new MSELoss().Forward(x, f.Arg())); break;
            case 5: f.Keep(new CrossEntropyLoss().Forward(x, f.Arg())); break;
            default: f.Keep(new Embedding(features, 2).Call(x)); break;
        }
    }

    private static void OptimizerStep(Fuzzer f)
    {
        var x = f.Any();
        double lr = f.Number();
        f.Description = $"optimizer {Show(x)} lr={lr}";
        var optimizer = f.Random.Next(2) == 0 ? (Optimizer)new SGD([f.Arg()], lr: lr, momentum: 0.5) : new Adam([x], lr: lr);
        optimizer.Step();
        optimizer.ZeroGrad();
    }

    // DataLoader over random datasets with arbitrary (also bad) batch sizes, shuffling, drop_last and indices.
    private static void DataLoading(Fuzzer f)
    {
        var x = f.Any();
        var y = f.Arg();
        int batchSize = f.Random.Next(-1, 5);
        bool shuffle = f.Random.Next(2) == 0, dropLast = f.Random.Next(2) == 0;
        int kind = f.Random.Next(7);
        f.Description = $"data #{kind} {Show(x)} {Show(y)} batch={batchSize} shuffle={shuffle} dropLast={dropLast}";
        var dataset = new TensorDataset(x, y);
        switch (kind)
        {
            case 0:
                var loader = DataLoader.Create(dataset, new DataLoaderOptions { BatchSize = batchSize, Shuffle = shuffle, DropLast = dropLast });
                foreach (var batch in loader) f.Keep(batch[0]);
                break;
            case 1:
                f.Keep(dataset[f.Random.Next(-3, 6)][0]);
                break;
            case 2:
                var (first, _) = RandomSplit.Split(dataset, [f.Random.Next(0, 3), f.Random.Next(0, 3)]);
                if (first.Count > 0) f.Keep(first[0][0]);
                break;
            case 3:
                // bad replica counts and ranks too: PyTorch's ValueError
                var sampler = new DistributedSampler(dataset, f.Random.Next(-1, 4), f.Random.Next(-1, 4), shuffle, f.Random.Next(-2, 3), dropLast);
                sampler.SetEpoch(f.Random.Next(3));
                foreach (int i in sampler) f.Keep(dataset[i][0]);
                break;
            case 4:
                // workers with their own seeded generators, drawing in the dataset and in worker_init_fn
                var options = new DataLoaderOptions { BatchSize = batchSize, Shuffle = shuffle, DropLast = dropLast, NumWorkers = f.Random.Next(0, 3),
                    WorkerInitFn = id => Torch.ManualSeed(id + (long)(WorkerInfo.Current?.Seed ?? 0)) };
                var batches = f.Random.Next(2) == 0
                    ? DataLoader.Create(new RandomDraws(dataset), options)
                    : DataLoader.Create(new RandomStream(dataset), options with { Shuffle = false });
                foreach (var batch in batches) f.Keep(batch[0]);
                break;
            case 5:
                var stacked = new StackDataset<TensorSample>(dataset, new TensorDataset(y));
                f.Keep(stacked[f.Random.Next(-3, 6)][0][0]);
                break;
            default:
                if (DefaultConvert.Apply((x, new List<object> { y, 1 })) is List<object?> { Count: 2 } converted) f.Keep((Tensor)converted[0]!);
                break;
        }
    }

    // A dataset whose samples draw from the thread's default generator, as augmentations do.
    private sealed class RandomDraws(TensorDataset inner) : Dataset<TensorSample>
    {
        public override int Count => inner.Count;

        public override TensorSample GetItem(int index) => new(inner[index][0], Torch.Rand([2]));
    }

    // The same as a stream, which each worker iterates (sharded by its worker id).
    private sealed class RandomStream(TensorDataset inner) : IterableDataset<TensorSample>
    {
        public override IEnumerator<TensorSample> GetEnumerator()
        {
            var worker = WorkerInfo.Current;
            for (int i = worker?.Id ?? 0; i < inner.Count; i += worker?.NumWorkers ?? 1) yield return new(inner[i][0], Torch.Randn([1]));
        }
    }

    // torch.linalg / fft / special, nn.init, gradient clipping and torch.func on arbitrary tensors.
    private static void NamespaceCall(Fuzzer f)
    {
        var x = f.Any();
        int kind = f.Random.Next(8);
        f.Description = $"namespace #{kind} {Show(x)}";
        switch (kind)
        {
            case 0: f.Keep(Torch.LinalgInv(x)); break;
            case 1: f.Keep(Torch.FftRfft(x)); break;
            case 2: f.Keep(Torch.SpecialExpit(x)); break;
            case 3: f.Keep(Init.TruncNormal_(x, f.Number(), Math.Abs(f.Number()) + 0.1)); break;
            case 4: f.Keep(Init.Orthogonal_(x)); break;
            case 5: f.Keep(Utils.ClipGradNorm_([x], f.Number())); break;
            case 6: f.Keep(Torch.Func.Vmap(t => t.Sin())(x)); break;
            // A Jacobian has numel² elements: a large input would ask for gigabytes, so it takes the first few.
            default: f.Keep(Torch.Func.Jacrev(t => t.Exp())(Few(x))); break;
        }
    }

    // Custom autograd Functions: a cube, a backward that throws, wrong gradient counts and shapes, a saved tensor
    // whose wrapper is disposed before backward, apply without grad.
    private static void CustomFunctionCall(Fuzzer f)
    {
        var x = f.Any();
        int kind = f.Random.Next(6);
        f.Description = $"custom function #{kind} {Show(x)}";
        Func<FunctionContext, Tensor?[], object?> backward = kind switch
        {
            1 => (_, _) => throw new TorchException("the fuzzer's backward failed"),
            2 => (_, g) => (g[0], g[0]),
            3 => (_, g) => Torch.Ones([7]),
            _ => (ctx, g) => g[0]! * 3 * ctx.SavedTensors[0].Pow(2),
        };
        using var input = x.Detach().RequiresGrad_(x.Dtype.IsFloatingPoint());
        var saved = input.Clone();
        var output = (Tensor)CustomFunction.Apply("FuzzCube", [input], (ctx, args) =>
        {
            ctx.SaveForBackward(saved);
            return ((Tensor)args[0]!).Pow(3);
        }, backward);
        if (kind == 4) saved.Dispose();
        if (kind == 5)
            using (Autograd.NoGrad()) f.Keep((Tensor)CustomFunction.Apply("FuzzCube", [input], (_, a) => ((Tensor)a[0]!) * 2, backward));
        using var sum = output.Sum();
        output.Dispose();
        sum.Backward();
        if (!saved.IsDisposed) saved.Dispose();
    }

    private static Tensor Few(Tensor x) => x.IsDisposed || x.Dim == 0 || x.NumEl <= 256 ? x : x.Flatten().Narrow(0, 0, 256);

    private static void Dispose(Fuzzer f)
    {
        f.Description = "dispose";
        if (f.PoolCount > 0) f.Retire(f.Random.Next(f.PoolCount));
    }

    private static void Scope(Fuzzer f)
    {
        f.Description = "tensor from a disposed scope";
        Tensor inner;
        using (Torch.NewDisposeScope())
        {
            inner = Torch.Ones([2]) * 3;
        }
        f.Bury(inner);
        f.Keep(inner + 1);
    }

    private static void NullArgument(Fuzzer f)
    {
        int kind = f.Random.Next(6);
        f.Description = $"null argument #{kind}";
        switch (kind)
        {
            case 0: f.Keep(Torch.Cat(null!)); break;
            case 1: f.Keep(Torch.Tensor((float[])null!)); break;
            case 2: f.Keep(Torch.Zeros(null!)); break;
            case 3: f.Keep(f.Any().Reshape(null!)); break;
            case 4: f.Keep(new Linear(2, 2).Call(null!)); break;
            default: _ = new SGD(null!, lr: 0.1); break;
        }
    }
}
