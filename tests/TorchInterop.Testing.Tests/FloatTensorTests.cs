using static TorchInterop.Testing.Tests.Tensors;

namespace TorchInterop.Testing.Tests;

/// <summary>Floating-point tensors: default tolerances per dtype, explicit tolerances, and the mismatch report.</summary>
public class FloatTensorTests
{
    private static IEnumerable<AssertCase> Cases()
    {
        yield return new("float32 within default tolerances",
            "torch.testing.assert_close(torch.tensor([1., 2., 3.]), torch.tensor([1.000001, 2., 3.]))",
            () => TensorAssert.Close(F32(1, 2, 3), F32(1.000001, 2, 3)));
        yield return new("float32 outside default tolerances",
            "torch.testing.assert_close(torch.tensor([1., 2., 3.]), torch.tensor([1., 2.1, 3.]))",
            () => TensorAssert.Close(F32(1, 2, 3), F32(1, 2.1, 3)));
        yield return new("float64 within default tolerances",
            "torch.testing.assert_close(torch.tensor([1., 2.], dtype=torch.float64), torch.tensor([1.00000005, 2.], dtype=torch.float64))",
            () => TensorAssert.Close(F64(1, 2), F64(1.00000005, 2)));
        yield return new("float64 outside default tolerances",
            "torch.testing.assert_close(torch.tensor([1., 2.], dtype=torch.float64), torch.tensor([1.0000003, 2.], dtype=torch.float64))",
            () => TensorAssert.Close(F64(1, 2), F64(1.0000003, 2)));
        yield return new("float16 within default tolerances",
            "torch.testing.assert_close(torch.tensor([1., 2.], dtype=torch.float16), torch.tensor([1.001, 2.], dtype=torch.float16))",
            () => TensorAssert.Close(F16(1, 2), F16(1.001, 2)));
        yield return new("float16 outside default tolerances",
            "torch.testing.assert_close(torch.tensor([1., 2.], dtype=torch.float16), torch.tensor([1.01, 2.], dtype=torch.float16))",
            () => TensorAssert.Close(F16(1, 2), F16(1.01, 2)));
        yield return new("float16 relative difference (float16 arithmetic on 2.x, float64 on 1.13)",
            "torch.testing.assert_close(torch.tensor([1., 2.], dtype=torch.float16), torch.tensor([1.003, 2.], dtype=torch.float16), rtol=1e-3, atol=0.0)",
            () => TensorAssert.Close(F16(1, 2), F16(1.003, 2), rtol: 1e-3, atol: 0.0));
        yield return new("bfloat16 within default tolerances",
            "torch.testing.assert_close(torch.tensor([1., 2.], dtype=torch.bfloat16), torch.tensor([1.01, 2.], dtype=torch.bfloat16))",
            () => TensorAssert.Close(BF16(1, 2), BF16(1.01, 2)));
        yield return new("bfloat16 outside default tolerances",
            "torch.testing.assert_close(torch.tensor([1., 2.], dtype=torch.bfloat16), torch.tensor([1.1, 2.], dtype=torch.bfloat16))",
            () => TensorAssert.Close(BF16(1, 2), BF16(1.1, 2)));
        yield return new("explicit atol passes",
            "torch.testing.assert_close(torch.tensor([1., 2.]), torch.tensor([1.1, 2.]), rtol=0.0, atol=0.2)",
            () => TensorAssert.Close(F32(1, 2), F32(1.1, 2), rtol: 0.0, atol: 0.2));
        yield return new("explicit rtol passes",
            "torch.testing.assert_close(torch.tensor([1., 2.]), torch.tensor([1.1, 2.]), rtol=0.1, atol=0.0)",
            () => TensorAssert.Close(F32(1, 2), F32(1.1, 2), rtol: 0.1, atol: 0.0));
        yield return new("explicit tolerances fail",
            "torch.testing.assert_close(torch.tensor([1., 2.]), torch.tensor([1.1, 2.]), rtol=0.01, atol=0.05)",
            () => TensorAssert.Close(F32(1, 2), F32(1.1, 2), rtol: 0.01, atol: 0.05));
        yield return new("zero tolerances say 'not equal'",
            "torch.testing.assert_close(torch.tensor([1., 2.]), torch.tensor([1., 2.5]), rtol=0.0, atol=0.0)",
            () => TensorAssert.Close(F32(1, 2), F32(1, 2.5), rtol: 0.0, atol: 0.0));
        yield return new("greatest absolute and relative differences at different places",
            "torch.testing.assert_close(torch.tensor([100., 1.]), torch.tensor([101., 1.5]))",
            () => TensorAssert.Close(F32(100, 1), F32(101, 1.5)));
        yield return new("zero expected gives an infinite relative difference",
            "torch.testing.assert_close(torch.tensor([1., 0.]), torch.tensor([0., 0.]))",
            () => TensorAssert.Close(F32(1, 0), F32(0, 0)));
        yield return new("zero actual gives a relative difference of one",
            "torch.testing.assert_close(torch.tensor([0., 2.]), torch.tensor([3., 2.], dtype=torch.float32))",
            () => TensorAssert.Close(F32(0, 2), F32(3, 2)));
        yield return new("negative zero equals zero",
            "torch.testing.assert_close(torch.tensor([-0.]), torch.tensor([0.]), rtol=0.0, atol=0.0)",
            () => TensorAssert.Close(F32(-0.0), F32(0.0), rtol: 0.0, atol: 0.0));
        yield return new("one element",
            "torch.testing.assert_close(torch.tensor([2.]), torch.tensor([3.]))",
            () => TensorAssert.Close(F32(2), F32(3)));
        yield return new("empty tensors are close",
            "torch.testing.assert_close(torch.zeros(2, 0), torch.zeros(2, 0))",
            () => TensorAssert.Close(Torch.Zeros([2, 0]), Torch.Zeros([2, 0])));
        yield return new("index into three dimensions",
            "v = [i * 0.5 for i in range(24)]\nw = list(v)\nw[14] += 1\ntorch.testing.assert_close(torch.tensor(v).reshape(2, 3, 4), torch.tensor(w).reshape(2, 3, 4))",
            () =>
            {
                double[] v = Enumerable.Range(0, 24).Select(i => i * 0.5).ToArray();
                double[] w = (double[])v.Clone();
                w[14] += 1;
                TensorAssert.Close(F32(v).Reshape(2, 3, 4), F32(w).Reshape(2, 3, 4));
            });
        yield return new("transposed (non-contiguous) tensors compare in logical order",
            "a = torch.tensor([1., 2., 3., 4., 5., 6.]).reshape(2, 3).t()\ne = torch.tensor([1., 4., 2., 5., 3., 7.]).reshape(3, 2)\ntorch.testing.assert_close(a, e)",
            () => TensorAssert.Close(F32(1, 2, 3, 4, 5, 6).Reshape(2, 3).T, F32(1, 4, 2, 5, 3, 7).Reshape(3, 2)));
        yield return new("tensors that require grad",
            "torch.testing.assert_close(torch.tensor([1., 2.], requires_grad=True) * 2, torch.tensor([2., 5.]))",
            () => TensorAssert.Close(Torch.Tensor(new[] { 1.0, 2.0 }, DType.Float32, requiresGrad: true) * 2, F32(2, 5)));
        yield return new("random 2-D tensors",
            "torch.manual_seed(0)\ne = torch.randn(20, 30)\na = e + 1e-3 * torch.randn(20, 30)\ntorch.testing.assert_close(a, e)",
            () =>
            {
                Torch.ManualSeed(0);
                var e = Torch.Randn([20, 30]);
                var a = e + 1e-3 * Torch.Randn([20, 30]);
                TensorAssert.Close(a, e);
            });
        yield return new("random float64 tensors close with loose tolerances",
            "torch.manual_seed(1)\ne = torch.randn(40, 5, dtype=torch.float64)\na = e + 1e-9 * torch.randn(40, 5, dtype=torch.float64)\ntorch.testing.assert_close(a, e, rtol=1e-6, atol=1e-8)",
            () =>
            {
                Torch.ManualSeed(1);
                var e = Torch.Randn([40, 5], DType.Float64);
                var a = e + 1e-9 * Torch.Randn([40, 5], DType.Float64);
                TensorAssert.Close(a, e, rtol: 1e-6, atol: 1e-8);
            });
        yield return new("ties report the first greatest difference",
            "a = torch.tensor([float(i % 7) for i in range(1000)])\ntorch.testing.assert_close(a, torch.zeros(1000))",
            () => TensorAssert.Close(F32(Enumerable.Range(0, 1000).Select(i => (double)(i % 7)).ToArray()), Torch.Zeros([1000])));
        yield return new("percentage rounds half to even",
            "e = torch.zeros(16)\na = e.clone()\na[3] = 1\ntorch.testing.assert_close(a, e)",
            () =>
            {
                double[] a = new double[16];
                a[3] = 1;
                TensorAssert.Close(F32(a), Torch.Zeros([16]));
            });
        yield return new("small percentage",
            "a = torch.zeros(2000)\na[1999] = 1\ntorch.testing.assert_close(a, torch.zeros(2000))",
            () =>
            {
                double[] a = new double[2000];
                a[1999] = 1;
                TensorAssert.Close(F32(a), Torch.Zeros([2000]));
            });
        yield return new("all elements mismatch",
            "torch.testing.assert_close(torch.tensor([1., 2., 3.]), torch.tensor([4., 5., 6.]))",
            () => TensorAssert.Close(F32(1, 2, 3), F32(4, 5, 6)));
        yield return new("tiny values use exponent notation",
            "torch.testing.assert_close(torch.tensor([1e-20, 3e-8], dtype=torch.float64), torch.tensor([2e-20, 1e-8], dtype=torch.float64), rtol=1e-9, atol=1e-30)",
            () => TensorAssert.Close(F64(1e-20, 3e-8), F64(2e-20, 1e-8), rtol: 1e-9, atol: 1e-30));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(AssertCase assertCase) => assertCase.Verify();
}
