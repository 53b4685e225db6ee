using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Core;

public class CreationTests
{
    private static IEnumerable<ParityCase> Cases()
    {
        yield return new("ones", "print(torch.ones(2, 3))", o => o.Print(Torch.Ones([2, 3])));
        yield return new("ones float64", "print(torch.ones(2, dtype=torch.float64))", o => o.Print(Torch.Ones([2], DType.Float64)));
        yield return new("ones requires_grad", "print(torch.ones(2, 2, requires_grad=True))",
            o => o.Print(Torch.Ones([2, 2], requiresGrad: true)));
        yield return new("zeros int64", "print(torch.zeros(3, dtype=torch.int64))", o => o.Print(Torch.Zeros([3], DType.Int64)));
        yield return new("zeros 0-dim", "print(torch.zeros(()))", o => o.Print(Torch.Zeros([])));
        yield return new("empty shape and dtype", "e = torch.empty(2, 5, dtype=torch.int32)\nprint(e.shape, e.dtype)",
            o => { var e = Torch.Empty([2, 5], DType.Int32); o.Print(e.Shape, e.Dtype); });
        yield return new("full float", "print(torch.full((2, 2), 7.5))", o => o.Print(Torch.Full([2, 2], 7.5)));
        yield return new("full int gives int64", "print(torch.full((2,), 7))", o => o.Print(Torch.Full([2], 7)));
        yield return new("full bool", "print(torch.full((2,), True))", o => o.Print(Torch.Full([2], true)));
        yield return new("full with dtype", "print(torch.full((3,), 2, dtype=torch.float64))", o => o.Print(Torch.Full([3], 2, DType.Float64)));
        yield return new("rand seeded", "torch.manual_seed(0)\nprint(torch.rand(2, 3))",
            o => { Torch.ManualSeed(0); o.Print(Torch.Rand([2, 3])); });
        yield return new("randn seeded", "torch.manual_seed(42)\nprint(torch.randn(3, 4))\nprint(torch.randn(2))",
            o => { Torch.ManualSeed(42); o.Print(Torch.Randn([3, 4])); o.Print(Torch.Randn([2])); });
        yield return new("randn float64 seeded", "torch.manual_seed(7)\nprint(torch.randn(5, dtype=torch.float64))",
            o => { Torch.ManualSeed(7); o.Print(Torch.Randn([5], DType.Float64)); });
        yield return new("randn large seeded", "torch.manual_seed(1)\nx = torch.randn(100, 100)\nprint(x.sum(), x[42, 17])",
            o => { Torch.ManualSeed(1); var x = Torch.Randn([100, 100]); o.Print(x.Sum(), x[42, 17]); });
        yield return new("arange int", "print(torch.arange(4))", o => o.Print(Torch.Arange(4)));
        yield return new("arange float", "print(torch.arange(4.0))", o => o.Print(Torch.Arange(4.0)));
        yield return new("arange start end step int", "print(torch.arange(1, 10, 3))", o => o.Print(Torch.Arange(1, 10, 3)));
        yield return new("arange float step", "print(torch.arange(0, 1, 0.25))", o => o.Print(Torch.Arange(0, 1, 0.25)));
        yield return new("arange with dtype", "print(torch.arange(5, dtype=torch.float64))", o => o.Print(Torch.Arange(5, DType.Float64)));
        yield return new("linspace", "print(torch.linspace(0, 1, 5))", o => o.Print(Torch.Linspace(0, 1, 5)));
        yield return new("linspace float64", "print(torch.linspace(-1, 1, 4, dtype=torch.float64))",
            o => o.Print(Torch.Linspace(-1, 1, 4, DType.Float64)));
        yield return new("eye", "print(torch.eye(3))", o => o.Print(Torch.Eye(3)));
        yield return new("eye rectangular", "print(torch.eye(2, 4, dtype=torch.int64))", o => o.Print(Torch.Eye(2, 4, DType.Int64)));
        yield return new("tensor from double[] is float64", "print(torch.tensor([1.5, 2.0, -3.25], dtype=torch.float64))",
            o => o.Print(Torch.Tensor(new[] { 1.5, 2.0, -3.25 })));
        yield return new("tensor from float[]", "print(torch.tensor([1.5, 2.0]))", o => o.Print(Torch.Tensor(new[] { 1.5f, 2.0f })));
        yield return new("tensor from long[]", "print(torch.tensor([1, 2, 3]))", o => o.Print(Torch.Tensor(new[] { 1L, 2L, 3L })));
        yield return new("tensor from int[]", "print(torch.tensor([1, 2], dtype=torch.int32))", o => o.Print(Torch.Tensor(new[] { 1, 2 })));
        yield return new("tensor from bool[]", "print(torch.tensor([True, False]))", o => o.Print(Torch.Tensor(new[] { true, false })));
        yield return new("tensor from byte[]", "print(torch.tensor([1, 255], dtype=torch.uint8))", o => o.Print(Torch.Tensor(new byte[] { 1, 255 })));
        yield return new("tensor 2-D", "print(torch.tensor([[1., 2.], [3., 4.]]))",
            o => o.Print(Torch.Tensor(new float[,] { { 1, 2 }, { 3, 4 } })));
        yield return new("tensor 2-D long", "print(torch.tensor([[1, 2, 3], [4, 5, 6]]))",
            o => o.Print(Torch.Tensor(new long[,] { { 1, 2, 3 }, { 4, 5, 6 } })));
        yield return new("tensor with dtype and requires_grad", "print(torch.tensor([2., 3.], requires_grad=True))",
            o => o.Print(Torch.Tensor(new[] { 2.0, 3.0 }, DType.Float32, requiresGrad: true)));
        yield return new("tensor from scalars", "print(torch.tensor(2.5, dtype=torch.float64), torch.tensor(3), torch.tensor(True))",
            o => o.Print(Torch.Tensor(2.5), Torch.Tensor(3), Torch.Tensor(true)));
        yield return new("scalar with dtype", "print(torch.tensor(2.5))", o => o.Print(Torch.Tensor(2.5, DType.Float32)));
        yield return new("empty array", "print(torch.tensor([], dtype=torch.float64))", o => o.Print(Torch.Tensor(Array.Empty<double>())));
        yield return new("metadata", "x = torch.zeros(2, 3, 4)\nprint(x.shape, x.dim(), x.numel(), x.dtype, x.device, x.size(-1))",
            o => { var x = Torch.Zeros([2, 3, 4]); o.Print(x.Shape, x.Dim, x.NumEl, x.Dtype, x.Device, x.Size(-1)); });
        yield return new("carried dtypes",
            "for dt in [torch.float16, torch.bfloat16, torch.uint8, torch.int8, torch.int16, torch.int32, torch.bool]:\n    print(torch.ones(2, dtype=dt) * 3, torch.zeros(1, dtype=dt).dtype)",
            o =>
            {
                foreach (var dt in new[] { DType.Float16, DType.BFloat16, DType.UInt8, DType.Int8, DType.Int16, DType.Int32, DType.Bool })
                    o.Print(Torch.Ones([2], dt) * 3, Torch.Zeros([1], dt).Dtype);
            });
        yield return new("factory requires_grad on integer",
            "print(torch.ones(2, dtype=torch.int64, requires_grad=True))",
            o => o.Try(() => Torch.Ones([2], DType.Int64, requiresGrad: true)));
        yield return new("negative size", "torch.ones(-1)", o => o.Try(() => Torch.Ones([-1])));
        yield return new("arange bad step", "torch.arange(0, 10, 0)", o => o.Try(() => Torch.Arange(0, 10, 0)));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();

    [Test]
    public void ManualSeedIsReproducible()
    {
        Torch.ManualSeed(123);
        var a = Torch.Randn([10]).ToArray<float>();
        Torch.ManualSeed(123);
        var b = Torch.Randn([10]).ToArray<float>();
        Assert.That(b, Is.EqualTo(a));
        Assert.That(Torch.InitialSeed(), Is.EqualTo(123UL));
    }

    [Test]
    public void DataOfWrongLengthIsRejected()
    {
        var error = Assert.Throws<TorchException>(() => Torch.FromSpan<float>(new float[5], [2, 3]));
        Assert.That(error!.Message, Does.Contain("20 bytes").And.Contain("24"));
    }

    [Test]
    public void NullShapeIsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Torch.Ones(null!));
        Assert.Throws<ArgumentNullException>(() => Torch.Tensor((double[])null!));
    }

    [Test]
    public void UnknownDtypeOrDeviceIsAClearError()
    {
        var error = Assert.Throws<TorchException>(() => Torch.Ones([2], (DType)99));
        Assert.That(error!.Message, Is.EqualTo("unknown dtype number 99"));
        Assert.That(error.Kind, Is.EqualTo(TorchErrorKind.ValueError));
        using var x = Torch.Ones([2]);
        Assert.Throws<TorchException>(() => x.To((DType)(-3)));
        Assert.Throws<TorchException>(() => Torch.Zeros([2], device: new Device((DeviceType)500)));
    }

    [Test]
    public void UnsupportedElementTypeIsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => Torch.FromSpan<decimal>(new decimal[1], [1]));
        Assert.That(error!.Message, Does.Contain("Decimal"));
    }
}
