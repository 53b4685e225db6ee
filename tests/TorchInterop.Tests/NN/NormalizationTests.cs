using TorchInterop.NN;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.NN;

/// <summary>BatchNorm1d/2d and GroupNorm against torch.nn: running statistics, train and eval, gradients, errors.</summary>
public class NormalizationTests
{
    private static IEnumerable<ParityCase> Cases()
    {
        yield return new("BatchNorm2d: three training steps, then eval",
            """
            torch.manual_seed(0)
            for bn in [torch.nn.BatchNorm2d(3), torch.nn.BatchNorm2d(3, eps=1e-3, momentum=None), torch.nn.BatchNorm2d(3, affine=False, momentum=0.5)]:
                print(bn, list(bn.state_dict().keys()))
                for step in range(3):
                    x = (torch.randn(2, 3, 2, 2) * (step + 1)).requires_grad_()
                    y = bn(x)
                    (y * torch.arange(24.0).reshape(2, 3, 2, 2)).sum().backward()
                    print(y, x.grad, bn.weight.grad if bn.weight is not None else None)
                print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
                bn.eval()
                print(bn(torch.linspace(-1, 1, 12).reshape(1, 3, 2, 2)))
            """,
            o =>
            {
                Torch.ManualSeed(0);
                foreach (var bn in new BatchNorm2d[] { new(3), new(3, eps: 1e-3, momentum: null), new(3, affine: false, momentum: 0.5) })
                {
                    o.Print(bn.ToString(), "[" + string.Join(", ", bn.StateDict().Keys.Select(k => $"'{k}'")) + "]");
                    for (int step = 0; step < 3; step++)
                    {
                        var x = (Torch.Randn([2, 3, 2, 2]) * (step + 1)).RequiresGrad_();
                        var y = bn.Call(x);
                        (y * Torch.Arange(24.0).Reshape(2, 3, 2, 2)).Sum().Backward();
                        o.Print(y, x.Grad, bn.Weight?.Grad);
                    }
                    o.Print(bn.RunningMean, bn.RunningVar, bn.NumBatchesTracked);
                    bn.Eval();
                    o.Print(bn.Call(Torch.Linspace(-1, 1, 12).Reshape(1, 3, 2, 2)));
                }
            });
        yield return new("BatchNorm1d without running statistics; GroupNorm",
            """
            torch.manual_seed(1)
            bn = torch.nn.BatchNorm1d(4, track_running_stats=False)
            x = torch.randn(3, 4, 2, requires_grad=True)
            y = bn(x)
            y.pow(2).sum().backward()
            bn.eval()
            print(bn, list(bn.state_dict().keys()), y, x.grad, bn(torch.randn(2, 4)))
            gn = torch.nn.GroupNorm(2, 6, eps=1e-3)
            z = torch.randn(2, 6, 3, requires_grad=True)
            w = gn(z)
            (w * torch.arange(36.0).reshape(2, 6, 3)).sum().backward()
            print(gn, w, z.grad, gn.weight.grad, gn.bias.grad, torch.nn.GroupNorm(3, 3, affine=False))
            """,
            o =>
            {
                Torch.ManualSeed(1);
                var bn = new BatchNorm1d(4, trackRunningStats: false);
                var x = Torch.Randn([3, 4, 2], requiresGrad: true);
                var y = bn.Call(x);
                y.Pow(2).Sum().Backward();
                bn.Eval();
                o.Print(bn.ToString(), "[" + string.Join(", ", bn.StateDict().Keys.Select(k => $"'{k}'")) + "]", y, x.Grad, bn.Call(Torch.Randn([2, 4])));
                var gn = new GroupNorm(2, 6, eps: 1e-3);
                var z = Torch.Randn([2, 6, 3], requiresGrad: true);
                var w = gn.Call(z);
                (w * Torch.Arange(36.0).Reshape(2, 6, 3)).Sum().Backward();
                o.Print(gn.ToString(), w, z.Grad, gn.Weight!.Grad, gn.Bias!.Grad, new GroupNorm(3, 3, affine: false).ToString());
            });
        yield return new("normalization errors",
            """
            def show(f):
                try:
                    f()
                except Exception as e:
                    print(type(e).__name__, str(e).split('\n')[0])
            show(lambda: torch.nn.BatchNorm2d(3)(torch.ones(3, 2, 2)))
            show(lambda: torch.nn.BatchNorm1d(3)(torch.ones(2, 3, 2, 2)))
            show(lambda: torch.nn.BatchNorm1d(3)(torch.ones(1, 3)))
            show(lambda: torch.nn.BatchNorm2d(3)(torch.ones(2, 4, 2, 2)))
            show(lambda: torch.nn.GroupNorm(4, 6))
            show(lambda: torch.nn.GroupNorm(2, 4)(torch.ones(4)))
            show(lambda: torch.nn.GroupNorm(2, 4)(torch.ones(1, 2)))
            show(lambda: torch.nn.GroupNorm(2, 4)(torch.ones(2, 6, 3)))
            """,
            o =>
            {
                void Show(Action call) => ErrorText.Show(o, call);
                Show(() => new BatchNorm2d(3).Call(Torch.Ones([3, 2, 2])));
                Show(() => new BatchNorm1d(3).Call(Torch.Ones([2, 3, 2, 2])));
                Show(() => new BatchNorm1d(3).Call(Torch.Ones([1, 3])));
                Show(() => new BatchNorm2d(3).Call(Torch.Ones([2, 4, 2, 2])));
                Show(() => _ = new GroupNorm(4, 6));
                Show(() => new GroupNorm(2, 4).Call(Torch.Ones([4])));
                Show(() => new GroupNorm(2, 4).Call(Torch.Ones([1, 2])));
                Show(() => new GroupNorm(2, 4).Call(Torch.Ones([2, 6, 3])));
            });
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();

    // PyTorch 2.x's bias=False keeps the weight without a bias; 1.13 has no such argument, and the library refuses it.
    [Test]
    public void WithoutBiasMatchesPyTorchOrIsRefused()
    {
        if (!LibTorch.IsAtLeast(2))
        {
            Assert.That(() => new LayerNorm(4, bias: false), Throws.TypeOf<NotSupportedException>());
            Assert.That(() => new BatchNorm2d(3, bias: false), Throws.TypeOf<NotSupportedException>());
            Assert.That(() => new GroupNorm(1, 3, bias: false), Throws.TypeOf<NotSupportedException>());
            return;
        }
        new ParityCase("bias=False",
            """
            for m in [torch.nn.LayerNorm(4, bias=False), torch.nn.LayerNorm(4, elementwise_affine=False), torch.nn.BatchNorm1d(4, bias=False), torch.nn.GroupNorm(2, 4, bias=False)]:
                x = torch.linspace(-2, 3, 12).reshape(3, 4).requires_grad_()
                y = m(x)
                (y * torch.arange(12.0).reshape(3, 4)).sum().backward()
                print(m, [n for n, _ in m.named_parameters()], y, x.grad)
            """,
            o =>
            {
                foreach (Module<Tensor, Tensor> m in new Module<Tensor, Tensor>[] { new LayerNorm(4, bias: false), new LayerNorm(4, elementwiseAffine: false), new BatchNorm1d(4, bias: false), new GroupNorm(2, 4, bias: false) })
                {
                    var x = Torch.Linspace(-2, 3, 12).Reshape(3, 4).RequiresGrad_();
                    var y = m.Call(x);
                    (y * Torch.Arange(12.0).Reshape(3, 4)).Sum().Backward();
                    o.Print(m.ToString(), "[" + string.Join(", ", m.NamedParameters().Select(p => $"'{p.Name}'")) + "]", y, x.Grad);
                }
            }).Verify();
    }
}
