using TorchInterop.NN;
using static TorchInterop.Python.Builtins;
using F = TorchInterop.Python.torch.nn.functional;

namespace TorchInterop.Python.Tests;

/// <summary>nn.functional's interpolate, upsample*, grid_sample and affine_grid, and the Upsample modules, against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class NnInterpolateTests
{
    [Test]
    public void InterpolateModesGradientsWarningsReprsAndMessagesFollowPyTorch() => Dialect.Verify(
        """
        import warnings
        import torch.nn.functional as F
        from torch import nn
        torch.manual_seed(0)
        x = torch.randn(1, 2, 3, 4, requires_grad=True)
        y = F.interpolate(x, scale_factor=2, mode='bilinear')
        print(y.grad_fn, y[0, 0, :2])
        z = F.interpolate(x, size=(5, 3), mode='bicubic', align_corners=True)
        print(z.grad_fn, z[0, 1])
        n = F.interpolate(x, scale_factor=(1.5, 0.5), mode='nearest')
        print(n.grad_fn, n)
        print(F.interpolate(x, size=5, mode='nearest-exact')[0, 0], F.interpolate(x, scale_factor=0.6, mode='area'))
        print(F.interpolate(x, scale_factor=1.7, mode='bilinear', recompute_scale_factor=True).shape)
        print(F.interpolate(x, size=(2, 2), mode='bilinear', antialias=True))
        (y.sum() + (z * z).sum() + n.sum()).backward()
        print(x.grad)
        v = torch.randn(2, 3, 4)
        print(F.interpolate(v, scale_factor=2.5, mode='linear', align_corners=False), F.interpolate(v, 6).grad_fn)
        w = torch.randn(1, 1, 2, 2, 3)
        print(F.interpolate(w, scale_factor=(1, 2, 1), mode='trilinear')[0, 0, 0], F.interpolate(w, size=(3, 3, 3), mode='area').shape)
        with warnings.catch_warnings(record=True) as ws:
            warnings.simplefilter('always')
            print(F.upsample(v, 5).shape, F.upsample_nearest(x, scale_factor=2).shape, F.upsample_bilinear(x, size=(4, 5))[0, 0, 0])
        print([str(m.message) for m in ws])
        for m in [nn.Upsample(scale_factor=2), nn.Upsample(size=(3, 4), mode='bilinear'), nn.Upsample(scale_factor=(2, 3.5), mode='bicubic', align_corners=True),
                  nn.UpsamplingNearest2d(size=5), nn.UpsamplingBilinear2d(scale_factor=2), nn.Upsample(size=3, mode='nearest-exact')]:
            print(m)
            print(m(x).shape)
        for call in [lambda: F.interpolate(x, size=3, mode='nearest', align_corners=True),
                     lambda: F.interpolate(x, size=3, scale_factor=2),
                     lambda: F.interpolate(x),
                     lambda: F.interpolate(x, size=(1, 2, 3)),
                     lambda: F.interpolate(x, scale_factor=(2, 3, 1)),
                     lambda: F.interpolate(x, size=3, recompute_scale_factor=True),
                     lambda: F.interpolate(x, size=3, mode='bicubic', antialias=True, align_corners=False) if False else F.interpolate(v, size=3, mode='linear', antialias=True),
                     lambda: F.interpolate(v, size=3, mode='bilinear'),
                     lambda: F.interpolate(x, size=3, mode='linear'),
                     lambda: F.interpolate(w, size=3, mode='bilinear'),
                     lambda: F.interpolate(x, size=3, mode='cubic'),
                     lambda: F.interpolate(torch.randn(2, 3), size=3)]:
            try:
                call()
            except (ValueError, NotImplementedError) as e:
                print(type(e).__name__, e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.randn([1, 2, 3, 4], requires_grad: true);
            var y = F.interpolate(x, scale_factor: 2, mode: "bilinear");
            print(y.grad_fn, y[0, 0, ..2]);
            var z = F.interpolate(x, size: (5, 3), mode: "bicubic", align_corners: true);
            print(z.grad_fn, z[0, 1]);
            var n = F.interpolate(x, scale_factor: (1.5, 0.5), mode: "nearest");
            print(n.grad_fn, n);
            print(F.interpolate(x, size: 5, mode: "nearest-exact")[0, 0], F.interpolate(x, scale_factor: 0.6, mode: "area"));
            print(F.interpolate(x, scale_factor: 1.7, mode: "bilinear", recompute_scale_factor: true).shape);
            print(F.interpolate(x, size: (2, 2), mode: "bilinear", antialias: true));
            (y.sum() + (z * z).sum() + n.sum()).backward();
            print(x.grad);
            var v = torch.randn(2, 3, 4);
            print(F.interpolate(v, scale_factor: 2.5, mode: "linear", align_corners: false), F.interpolate(v, 6).grad_fn);
            var w = torch.randn(1, 1, 2, 2, 3);
            print(F.interpolate(w, scale_factor: (1, 2, 1), mode: "trilinear")[0, 0, 0], F.interpolate(w, size: (3, 3, 3), mode: "area").shape);
            using (var ws = warnings.catch_warnings(record: true))
            {
                print(F.upsample(v, 5).shape, F.upsample_nearest(x, scale_factor: 2).shape, F.upsample_bilinear(x, size: (4, 5))[0, 0, 0]);
                print(ws.Select(m => m.message).ToList());
            }
            Upsample[] modules =
            [
                torch.nn.Upsample(scale_factor: 2), torch.nn.Upsample(size: (3, 4), mode: "bilinear"),
                torch.nn.Upsample(scale_factor: (2, 3.5), mode: "bicubic", align_corners: true),
                torch.nn.UpsamplingNearest2d(size: 5), torch.nn.UpsamplingBilinear2d(scale_factor: 2), torch.nn.Upsample(size: 3, mode: "nearest-exact"),
            ];
            foreach (var m in modules)
            {
                print(m);
                print(m.forward(x).shape);
            }
            Action[] calls =
            [
                () => F.interpolate(x, size: 3, mode: "nearest", align_corners: true),
                () => F.interpolate(x, size: 3, scale_factor: 2),
                () => F.interpolate(x),
                () => F.interpolate(x, size: (1, 2, 3)),
                () => F.interpolate(x, scale_factor: (2, 3, 1)),
                () => F.interpolate(x, size: 3, recompute_scale_factor: true),
                () => F.interpolate(v, size: 3, mode: "linear", antialias: true),
                () => F.interpolate(v, size: 3, mode: "bilinear"),
                () => F.interpolate(x, size: 3, mode: "linear"),
                () => F.interpolate(w, size: 3, mode: "bilinear"),
                () => F.interpolate(x, size: 3, mode: "cubic"),
                () => F.interpolate(torch.randn(2, 3), size: 3),
            ];
            foreach (var call in calls)
            {
                try { call(); }
                catch (TorchException e) when (e.Kind is TorchErrorKind.ValueError or TorchErrorKind.NotImplementedError) { print(e.PythonTypeName, e.Message); }
            }
        });

    [Test]
    public void GridSampleAndAffineGridFollowPyTorch() => Dialect.Verify(
        """
        import warnings
        import torch.nn.functional as F
        torch.manual_seed(0)
        x = torch.randn(1, 2, 3, 4, requires_grad=True)
        theta = torch.tensor([[0.8, -0.3, 0.1], [0.2, 0.9, -0.2]]).unsqueeze(0).requires_grad_()
        with warnings.catch_warnings(record=True) as ws:
            warnings.simplefilter('always')
            grid = F.affine_grid(theta, x.size())
            out = F.grid_sample(x, grid)
        print([str(m.message) for m in ws])
        print(grid.grad_fn, out.grad_fn, out)
        g2 = F.affine_grid(theta, [1, 2, 2, 3], align_corners=True)
        print(g2, F.grid_sample(x, g2, mode='nearest', padding_mode='border', align_corners=True))
        print(F.grid_sample(x, grid * 1.5, mode='bicubic', padding_mode='reflection', align_corners=False))
        (out.sum() + F.grid_sample(x, g2, align_corners=True).pow(2).sum()).backward()
        print(x.grad, theta.grad)
        t3 = torch.randn(2, 3, 4)
        print(F.grid_sample(torch.randn(2, 1, 2, 3, 3), F.affine_grid(t3, (2, 1, 2, 2, 2), align_corners=False), align_corners=False).shape)
        with warnings.catch_warnings(record=True) as ws:
            warnings.simplefilter('always')
            F.affine_grid(theta, (1, 1, 1, 4), align_corners=True)
        print([str(m.message) for m in ws])
        for call in [lambda: F.grid_sample(x, grid, mode='linear', align_corners=False),
                     lambda: F.grid_sample(x, grid, padding_mode='wrap', align_corners=False),
                     lambda: F.affine_grid(theta.int(), [1, 2, 2, 3], align_corners=False),
                     lambda: F.affine_grid(theta, [1, 2, 2, 2, 3], align_corners=False),
                     lambda: F.affine_grid(t3, x.size(), align_corners=False),
                     lambda: F.affine_grid(theta, [1, 2, 3], align_corners=False),
                     lambda: F.affine_grid(theta, (1, 2, 0, 3), align_corners=False)]:
            try:
                call()
            except (ValueError, NotImplementedError) as e:
                print(type(e).__name__, e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.randn([1, 2, 3, 4], requires_grad: true);
            var theta = torch.tensor(new[,] { { 0.8, -0.3, 0.1 }, { 0.2, 0.9, -0.2 } }).unsqueeze(0).requires_grad_();
            Tensor grid, @out;
            using (var ws = warnings.catch_warnings(record: true))
            {
                grid = F.affine_grid(theta, x.size());
                @out = F.grid_sample(x, grid);
                print(ws.Select(m => m.message).ToList());
            }
            print(grid.grad_fn, @out.grad_fn, @out);
            var g2 = F.affine_grid(theta, new long[] { 1, 2, 2, 3 }, align_corners: true);
            print(g2, F.grid_sample(x, g2, mode: "nearest", padding_mode: "border", align_corners: true));
            print(F.grid_sample(x, grid * 1.5, mode: "bicubic", padding_mode: "reflection", align_corners: false));
            (@out.sum() + F.grid_sample(x, g2, align_corners: true).pow(2).sum()).backward();
            print(x.grad, theta.grad);
            var t3 = torch.randn(2, 3, 4);
            print(F.grid_sample(torch.randn(2, 1, 2, 3, 3), F.affine_grid(t3, IntOrTuple.Tuple(2, 1, 2, 2, 2), align_corners: false), align_corners: false).shape);
            using (var ws = warnings.catch_warnings(record: true))
            {
                F.affine_grid(theta, (1, 1, 1, 4), align_corners: true);
                print(ws.Select(m => m.message).ToList());
            }
            Action[] calls =
            [
                () => F.grid_sample(x, grid, mode: "linear", align_corners: false),
                () => F.grid_sample(x, grid, padding_mode: "wrap", align_corners: false),
                () => F.affine_grid(theta.@int(), new long[] { 1, 2, 2, 3 }, align_corners: false),
                () => F.affine_grid(theta, new long[] { 1, 2, 2, 2, 3 }, align_corners: false),
                () => F.affine_grid(t3, x.size(), align_corners: false),
                () => F.affine_grid(theta, new long[] { 1, 2, 3 }, align_corners: false),
                () => F.affine_grid(theta, (1, 2, 0, 3), align_corners: false),
            ];
            foreach (var call in calls)
            {
                try { call(); }
                catch (TorchException e) when (e.Kind is TorchErrorKind.ValueError or TorchErrorKind.NotImplementedError) { print(e.PythonTypeName, e.Message); }
            }
        });
}
