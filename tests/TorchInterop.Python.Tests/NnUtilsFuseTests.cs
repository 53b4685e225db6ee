using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>torch.nn.utils' conv/linear–batch-norm fusion, skip_init, weight memory formats and deprecated names, against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class NnUtilsFuseTests
{
    [Test]
    public void FusedModulesComputeConvThenBatchNorm() => Dialect.Verify(
        """
        from torch import nn
        from torch.nn.utils.fusion import fuse_linear_bn_eval, fuse_linear_bn_weights
        torch.manual_seed(0)
        conv = nn.Conv2d(2, 3, 3, bias=False)
        bn = nn.BatchNorm2d(3)
        x = torch.randn(4, 2, 5, 5)
        bn(conv(x))
        try:
            nn.utils.fuse_conv_bn_eval(conv, bn)
        except AssertionError as e:
            print(type(e).__name__, e)
        conv.eval()
        bn.eval()
        fused = nn.utils.fuse_conv_bn_eval(conv, bn)
        print(fused, [n for n, _ in fused.named_parameters()], fused.training)
        print(torch.allclose(fused(x), bn(conv(x)), atol=1e-6), fused(x)[0, 0, 0])
        print(fused.weight.requires_grad, fused.bias.requires_grad, fused.weight is conv.weight, conv.bias)
        w, b = nn.utils.fuse_conv_bn_weights(conv.weight, conv.bias, bn.running_mean, bn.running_var, bn.eps, bn.weight, bn.bias)
        print(w.shape, b)
        t = nn.ConvTranspose2d(3, 2, 2)
        bt = nn.BatchNorm2d(2)
        bt(t(torch.randn(2, 3, 3, 3)))
        t.eval()
        bt.eval()
        ft = nn.utils.fuse_conv_bn_eval(t, bt, transpose=True)
        z = torch.randn(1, 3, 2, 2)
        print(torch.allclose(ft(z), bt(t(z)), atol=1e-6), ft.bias)
        lin = nn.Linear(4, 3)
        bn1 = nn.BatchNorm1d(3)
        v = torch.randn(6, 4)
        bn1(lin(v))
        lin.eval()
        bn1.eval()
        fl = fuse_linear_bn_eval(lin, bn1)
        print(fl, torch.allclose(fl(v), bn1(lin(v)), atol=1e-6), fl.weight)
        lw, lb = fuse_linear_bn_weights(lin.weight, None, bn1.running_mean, bn1.running_var, bn1.eps, bn1.weight, bn1.bias)
        print(lw.requires_grad, lb)
        """,
        () =>
        {
            torch.manual_seed(0);
            var conv = torch.nn.Conv2d(2, 3, 3, bias: false);
            var bn = torch.nn.BatchNorm2d(3);
            var x = torch.randn(4, 2, 5, 5);
            bn.forward(conv.forward(x));
            try
            {
                torch.nn.utils.fuse_conv_bn_eval(conv, bn);
            }
            catch (TorchException e) when (e.Kind == TorchErrorKind.AssertionError)
            {
                print(e.PythonTypeName, e.Message);
            }
            conv.eval();
            bn.eval();
            var fused = torch.nn.utils.fuse_conv_bn_eval(conv, bn);
            print(fused, fused.named_parameters().Select(p => p.Name).ToList(), fused.training);
            print(torch.allclose(fused.forward(x), bn.forward(conv.forward(x)), atol: 1e-6), fused.forward(x)[0, 0, 0]);
            print(fused.weight!.requires_grad, fused.bias!.requires_grad, ReferenceEquals(fused.weight, conv.weight), conv.bias);
            var (w, b) = torch.nn.utils.fuse_conv_bn_weights(conv.weight!, conv.bias, bn.RunningMean!, bn.RunningVar!, bn.Eps, bn.weight, bn.bias);
            print(w.shape, b);
            var t = torch.nn.ConvTranspose2d(3, 2, 2);
            var bt = torch.nn.BatchNorm2d(2);
            bt.forward(t.forward(torch.randn(2, 3, 3, 3)));
            t.eval();
            bt.eval();
            var ft = torch.nn.utils.fuse_conv_bn_eval(t, bt, transpose: true);
            var z = torch.randn(1, 3, 2, 2);
            print(torch.allclose(ft.forward(z), bt.forward(t.forward(z)), atol: 1e-6), ft.bias);
            var lin = torch.nn.Linear(4, 3);
            var bn1 = torch.nn.BatchNorm1d(3);
            var v = torch.randn(6, 4);
            bn1.forward(lin.forward(v));
            lin.eval();
            bn1.eval();
            var fl = torch.nn.utils.fuse_linear_bn_eval(lin, bn1);
            print(fl, torch.allclose(fl.forward(v), bn1.forward(lin.forward(v)), atol: 1e-6), fl.weight);
            var (lw, lb) = torch.nn.utils.fuse_linear_bn_weights(lin.weight!, null, bn1.RunningMean!, bn1.RunningVar!, bn1.Eps, bn1.weight!, bn1.bias!);
            print(lw.requires_grad, lb);
        });

    [Test]
    public void SkipInitDrawsNothingAndMemoryFormatConverts() => Dialect.Verify(
        """
        from torch import nn
        torch.manual_seed(0)
        m = nn.utils.skip_init(nn.Linear, 5, 1)
        print(m, m.weight.shape, m.bias.shape, m.weight.requires_grad, [n for n, _ in m.named_parameters()])
        print(torch.rand(3))
        b = nn.utils.skip_init(nn.BatchNorm1d, 4)
        print(b.running_mean.shape, [n for n, _ in b.named_buffers()])
        c = nn.Sequential(nn.Conv2d(3, 4, 2), nn.ReLU(), nn.ConvTranspose2d(4, 2, 2))
        x = torch.randn(1, 3, 4, 4)
        before = c(x)
        print(c[0].weight.is_contiguous(memory_format=torch.channels_last), list(c[0].weight.stride()))
        print(nn.utils.convert_conv2d_weight_memory_format(c, torch.channels_last) is c)
        print(c[0].weight.is_contiguous(memory_format=torch.channels_last), c[2].weight.is_contiguous(memory_format=torch.channels_last))
        print(c[0].weight.is_contiguous(), list(c[0].weight.stride()), list(c[2].weight.stride()), torch.allclose(before, c(x)))
        nn.utils.convert_conv2d_weight_memory_format(c, torch.contiguous_format)
        print(list(c[0].weight.stride()))
        """,
        () =>
        {
            torch.manual_seed(0);
            var m = torch.nn.utils.skip_init(() => torch.nn.Linear(5, 1));
            print(m, m.weight!.shape, m.bias!.shape, m.weight!.requires_grad, m.named_parameters().Select(p => p.Name).ToList());
            print(torch.rand(3));
            var b = torch.nn.utils.skip_init(() => torch.nn.BatchNorm1d(4));
            print(b.RunningMean!.shape, b.named_buffers().Select(p => p.Name).ToList());
            var c = torch.nn.Sequential(torch.nn.Conv2d(3, 4, 2), torch.nn.ReLU(), torch.nn.ConvTranspose2d(4, 2, 2));
            var x = torch.randn(1, 3, 4, 4);
            var before = c.forward(x);
            print(c[0].weight!.is_contiguous(memory_format: torch.channels_last), c[0].weight!.stride());
            print(ReferenceEquals(torch.nn.utils.convert_conv2d_weight_memory_format(c, torch.channels_last), c));
            print(c[0].weight!.is_contiguous(memory_format: torch.channels_last), c[2].weight!.is_contiguous(memory_format: torch.channels_last));
            print(c[0].weight!.is_contiguous(), c[0].weight!.stride(), c[2].weight!.stride(), torch.allclose(before, c.forward(x)));
            torch.nn.utils.convert_conv2d_weight_memory_format(c, torch.contiguous_format);
            print(c[0].weight!.stride());
        });

    [Test]
    public void DeprecatedNamesWarnAndTotalNormsMatch() => Dialect.Verify(
        """
        from torch import nn
        import warnings
        torch.manual_seed(0)
        lin = nn.Linear(3, 2)
        (lin(torch.randn(4, 3)) ** 2).sum().backward()
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            print(nn.utils.clip_grad_norm(lin.parameters(), 0.5), lin.bias.grad)
            nn.utils.weight_norm(nn.Linear(2, 2))
            print(len(w), [str(x.message) for x in w])
        def total_norm(ts, p=2.0):
            if hasattr(nn.utils, 'get_total_norm'):
                return nn.utils.get_total_norm(ts, p)
            if not ts:
                return torch.tensor(0.)
            return torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(t, p) for t in ts]), p)
        grads = [p.grad for p in lin.parameters()]
        print(total_norm(grads), total_norm(grads, 1.0), total_norm(grads, float('inf')), total_norm([]))
        """,
        () =>
        {
            torch.manual_seed(0);
            var lin = torch.nn.Linear(3, 2);
            lin.forward(torch.randn(4, 3)).pow(2).sum().backward();
            using (var w = warnings.catch_warnings(record: true))
            {
                print(torch.nn.utils.clip_grad_norm(lin.parameters(), 0.5), lin.bias!.grad);
                torch.nn.utils.weight_norm(torch.nn.Linear(2, 2));
                print(len(w), w.Select(x => x.message).ToList());
            }
            var grads = lin.parameters().Select(p => p.grad!).ToList();
            print(torch.nn.utils.get_total_norm(grads), torch.nn.utils.get_total_norm(grads, 1.0),
                  torch.nn.utils.get_total_norm(grads, double.PositiveInfinity), torch.nn.utils.get_total_norm(Array.Empty<Tensor>()));
        });

    [Test]
    public void ClipGradsWithNormScalesByTheGivenNorm() => Dialect.Verify(
        """
        from torch import nn
        torch.manual_seed(0)
        lin = nn.Linear(3, 2)
        (lin(torch.randn(4, 3)) ** 2).sum().backward()
        total = torch.tensor(10.0)
        if hasattr(nn.utils, 'clip_grads_with_norm_'):
            nn.utils.clip_grads_with_norm_(lin.parameters(), 1.0, total)
        else:
            for p in lin.parameters():
                p.grad.detach().mul_(torch.clamp(1.0 / (total + 1e-6), max=1.0))
        print(lin.weight.grad, lin.bias.grad)
        if hasattr(nn.utils, 'clip_grads_with_norm_'):
            print(nn.utils.clip_grad_norm_(lin.parameters(), 0.1, foreach=True), nn.utils.get_total_norm([lin.bias.grad], foreach=False))
        """,
        () =>
        {
            torch.manual_seed(0);
            var lin = torch.nn.Linear(3, 2);
            lin.forward(torch.randn(4, 3)).pow(2).sum().backward();
            torch.nn.utils.clip_grads_with_norm_(lin.parameters(), 1.0, torch.tensor(10.0));
            print(lin.weight!.grad, lin.bias!.grad);
            if (!LibTorch.IsAtLeast(2)) return;
            print(torch.nn.utils.clip_grad_norm_(lin.parameters(), 0.1, @foreach: true), torch.nn.utils.get_total_norm([lin.bias!.grad!], @foreach: false));
        });
}
