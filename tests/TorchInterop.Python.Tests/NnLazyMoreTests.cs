using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>
/// The lazy transposed convolutions and norms against PyTorch, a 1-tuple kernel, state-dict loading into a lazy module,
/// and materialization as the first forward pre-hook.
/// </summary>
[TestFixture, NonParallelizable]
public class NnLazyMoreTests
{

    [Test]
    public void LazyTransposedConvolutionsAndNormsMaterializeAsPyTorchDoes() => Dialect.Verify(
        """
        import torch
        import warnings
        from torch import nn
        warnings.simplefilter('ignore')
        torch.manual_seed(0)
        ts = [nn.LazyConvTranspose1d(2, 3), nn.LazyConvTranspose2d(4, 3, stride=2, padding=1, output_padding=1, bias=False), nn.LazyConvTranspose3d(2, (1, 2, 2)), nn.LazyConvTranspose2d(2, (3, 2), groups=2)]
        print(ts)
        inputs = [torch.randn(1, 3, 6), torch.randn(2, 2, 5, 5), torch.randn(3, 4, 4, 4), torch.randn(1, 4, 5, 5, requires_grad=True)]
        for c, i in zip(ts, inputs):
            out = c(i)
            print(c, out.shape, out.grad_fn.name(), out.sum(), c.weight.sum(), c.in_channels)
        out.sum().backward()
        print(inputs[3].grad.sum(), ts[3].weight.grad.shape, ts[3].bias.grad)
        c1 = nn.LazyConv1d(3, (2,), stride=(2,))
        print(c1, c1(torch.randn(2, 4, 7)).shape, c1)
        torch.manual_seed(1)
        norms = [nn.LazyBatchNorm1d(), nn.LazyBatchNorm2d(affine=False), nn.LazyBatchNorm3d(momentum=None, track_running_stats=False), nn.LazyInstanceNorm1d(), nn.LazyInstanceNorm2d(affine=False, track_running_stats=False), nn.LazyInstanceNorm3d(eps=1e-3)]
        print(norms)
        print([list(n.state_dict().items()) for n in norms])
        nin = [torch.randn(4, 3), torch.randn(2, 3, 2, 2), torch.randn(2, 2, 2, 2, 2), torch.randn(2, 3, 4), torch.randn(2, 2, 3, 3, requires_grad=True), torch.randn(1, 2, 2, 2, 2)]
        for n, i in zip(norms, nin):
            out = n(i)
            print(n, out.abs().sum(), type(out.grad_fn).__name__, list(n.state_dict().items()))
        (out * out).sum().backward()
        print(norms[5].weight.grad)
        lz = nn.LazyConv2d(4, 3)
        print(lz.load_state_dict(nn.Conv2d(2, 4, 3).state_dict()), lz, lz.weight.shape, nn.parameter.is_lazy(lz.weight))
        print(lz(torch.randn(1, 2, 5, 5)).shape, lz)
        bn = nn.LazyBatchNorm1d()
        bn.load_state_dict(nn.BatchNorm1d(3).state_dict())
        print(bn, bn.running_var)
        bn(torch.randn(2, 3)); print(bn, bn.num_batches_tracked)
        ll = nn.LazyLinear(2)
        ll.register_forward_pre_hook(lambda m, x: print('after', nn.parameter.is_lazy(m.weight), type(m).__name__))
        ll(torch.randn(3, 5))
        print(ll)
        for bad in [lambda: nn.LazyBatchNorm1d()(torch.ones(3)), lambda: nn.LazyConvTranspose2d(2, 3, padding_mode='reflect'), lambda: nn.LazyConvTranspose1d(2, 3)(torch.ones(2, 2, 2, 2))]:
            try:
                bad()
            except (RuntimeError, ValueError, IndexError) as e:
                print(e)
        """,
        () =>
        {
            using var quiet = warnings.catch_warnings(record: true);
            torch.manual_seed(0);
            NN.ConvTransposeNd[] ts = [torch.nn.LazyConvTranspose1d(2, 3), torch.nn.LazyConvTranspose2d(4, 3, stride: 2, padding: 1, output_padding: 1, bias: false),
                torch.nn.LazyConvTranspose3d(2, (1, 2, 2)), torch.nn.LazyConvTranspose2d(2, (3, 2), groups: 2)];
            print(ts.ToList());
            Tensor[] inputs = [torch.randn(1, 3, 6), torch.randn(2, 2, 5, 5), torch.randn(3, 4, 4, 4), torch.randn(1, 4, 5, 5, requires_grad: true)];
            Tensor output = null!;
            foreach (var (c, i) in ts.Zip(inputs))
            {
                output = c.forward(i);
                print(c, output.shape, output.grad_fn!.name(), output.sum(), c.weight!.sum(), c.in_channels);
            }
            output.sum().backward();
            print(inputs[3].grad!.sum(), ts[3].weight!.grad!.shape, ts[3].bias!.grad);
            var c1 = torch.nn.LazyConv1d(3, [2], stride: [2]);
            print(c1, c1.forward(torch.randn(2, 4, 7)).shape, c1);
            torch.manual_seed(1);
            NN.Module<Tensor, Tensor>[] norms = [torch.nn.LazyBatchNorm1d(), torch.nn.LazyBatchNorm2d(affine: false),
                torch.nn.LazyBatchNorm3d(momentum: null, track_running_stats: false), torch.nn.LazyInstanceNorm1d(),
                torch.nn.LazyInstanceNorm2d(affine: false, track_running_stats: false), torch.nn.LazyInstanceNorm3d(eps: 1e-3)];
            print(norms.ToList());
            print(norms.Select(n => n.state_dict().Select(kv => (kv.Key, kv.Value)).ToList()).ToList());
            Tensor[] nin = [torch.randn(4, 3), torch.randn(2, 3, 2, 2), torch.randn(2, 2, 2, 2, 2), torch.randn(2, 3, 4), torch.randn(2, 2, 3, 3, requires_grad: true),
                torch.randn(1, 2, 2, 2, 2)];
            foreach (var (n, i) in norms.Zip(nin))
            {
                output = n.forward(i);
                print(n, output.abs().sum(), output.grad_fn is { } fn ? fn.name() : "NoneType", n.state_dict().Select(kv => (kv.Key, kv.Value)).ToList());
            }
            (output * output).sum().backward();
            print(norms[5].GetParameter("weight")!.grad);
            var lz = torch.nn.LazyConv2d(4, 3);
            print(lz.load_state_dict(torch.nn.Conv2d(2, 4, 3).state_dict()), lz, lz.weight!.shape, torch.nn.parameter.is_lazy(lz.weight!));
            print(lz.forward(torch.randn(1, 2, 5, 5)).shape, lz);
            var bn = torch.nn.LazyBatchNorm1d();
            bn.load_state_dict(torch.nn.BatchNorm1d(3).state_dict());
            print(bn, bn.running_var);
            bn.forward(torch.randn(2, 3));
            print(bn, bn.num_batches_tracked);
            var ll = torch.nn.LazyLinear(2);
            ll.register_forward_pre_hook((m, x) => print("after", torch.nn.parameter.is_lazy(m.GetParameter("weight")!), m.ToString().Split('(')[0]));
            ll.forward(torch.randn(3, 5));
            print(ll);
            Action[] bad = [() => torch.nn.LazyBatchNorm1d().forward(torch.ones(3)), () => torch.nn.LazyConvTranspose2d(2, 3, padding_mode: "reflect"),
                () => torch.nn.LazyConvTranspose1d(2, 3).forward(torch.ones(2, 2, 2, 2))];
            foreach (var b in bad)
            {
                try { b(); }
                catch (Exception e) when (e is TorchException or ArgumentException) { print(e is ArgumentException a ? a.Message.Split(" (Parameter")[0] : e.Message); }
            }
        });
}
