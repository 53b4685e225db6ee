using TorchInterop.NN;
using static TorchInterop.Python.Builtins;
using F = TorchInterop.Python.torch.nn.functional;

namespace TorchInterop.Python.Tests;

/// <summary>
/// The max pools built with <c>return_indices=True</c> (their call gives (output, indices)) and FractionalMaxPool's
/// <c>_random_samples</c> and scalar or tuple <c>output_ratio</c>, against PyTorch.
/// </summary>
[TestFixture, NonParallelizable]
public class NnPoolIndicesTests
{
    [Test]
    public void MaxPoolsWithReturnIndicesGiveOutputsAndIndicesAsPyTorch() => Dialect.Verify(
        """
        import torch
        from torch import nn
        torch.manual_seed(0)
        x = torch.randn(1, 2, 4, 6, requires_grad=True)
        pool = nn.MaxPool2d(2, stride=2, return_indices=True)
        unpool = nn.MaxUnpool2d(2, stride=2)
        out, idx = pool(x)
        print(pool, pool.return_indices, nn.MaxPool2d(2).return_indices)
        print(out, idx, type(out.grad_fn).__name__)
        print(unpool(out, idx))
        (out * torch.arange(12.).reshape(1, 2, 2, 3)).sum().backward()
        print(x.grad)
        v = torch.randn(2, 3, 7, requires_grad=True)
        pool1 = nn.MaxPool1d(3, stride=2, padding=1, return_indices=True)
        out1, idx1 = pool1(v)
        print(pool1, pool1.return_indices, out1, idx1)
        print(nn.MaxUnpool1d(3, stride=2, padding=1)(out1, idx1, output_size=v.size()))
        out1.sum().backward()
        print(v.grad)
        w = torch.randn(1, 1, 4, 4, 5, requires_grad=True)
        pool3 = nn.MaxPool3d(2, 2, (1, 1, 1), dilation=1, ceil_mode=True, return_indices=True)
        out3, idx3 = pool3(w)
        print(pool3, out3.shape, idx3, type(out3.grad_fn).__name__)
        out3.pow(2).sum().backward()
        print(w.grad.sum(), w.grad.abs().sum())
        try:
            nn.MaxUnpool3d(2, 2, 1)(out3, idx3)
        except RuntimeError as e:
            print(e)
        for m in [nn.AdaptiveMaxPool1d(3, return_indices=True), nn.AdaptiveMaxPool2d((2, None), return_indices=True), nn.AdaptiveMaxPool3d(2, return_indices=True)]:
            print(m, m.return_indices)
        a = torch.randn(2, 3, 5, 6, requires_grad=True)
        o1, i1 = nn.AdaptiveMaxPool1d(3, return_indices=True)(a[0])
        o2, i2 = nn.AdaptiveMaxPool2d((2, None), return_indices=True)(a)
        o3, i3 = nn.AdaptiveMaxPool3d((1, 2, 3), return_indices=True)(a)
        print(o1, i1, o2, i2, o3, i3)
        (o1.sum() + o2.sum() * 2 + o3.sum() * 3).backward()
        print(a.grad)
        print(nn.AdaptiveMaxPool2d(3).return_indices)
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.randn([1, 2, 4, 6], requires_grad: true);
            var pool = torch.nn.MaxPool2d(2, stride: 2, return_indices: true);
            var unpool = torch.nn.MaxUnpool2d(2, stride: 2);
            var (@out, idx) = pool.forward(x);
            print(pool, pool.return_indices, torch.nn.MaxPool2d(2).return_indices);
            print(@out, idx, @out.grad_fn!.Name);
            print(unpool.forward(@out, idx));
            (@out * torch.arange(12.0).reshape(1, 2, 2, 3)).sum().backward();
            print(x.grad);
            var v = torch.randn([2, 3, 7], requires_grad: true);
            var pool1 = torch.nn.MaxPool1d(3, stride: 2, padding: 1, return_indices: true);
            var (out1, idx1) = pool1.forward(v);
            print(pool1, pool1.return_indices, out1, idx1);
            print(torch.nn.MaxUnpool1d(3, stride: 2, padding: 1).forward(out1, idx1, output_size: (long[])v.shape));
            out1.sum().backward();
            print(v.grad);
            var w = torch.randn([1, 1, 4, 4, 5], requires_grad: true);
            var pool3 = torch.nn.MaxPool3d(2, 2, (1, 1, 1), dilation: 1, ceil_mode: true, return_indices: true);
            var (out3, idx3) = pool3.forward(w);
            print(pool3, out3.shape, idx3, out3.grad_fn!.Name);
            out3.pow(2).sum().backward();
            print(w.grad!.sum(), w.grad!.abs().sum());
            try
            {
                torch.nn.MaxUnpool3d(2, 2, 1).forward(out3, idx3);
            }
            catch (TorchException e) when (e.Kind == TorchErrorKind.RuntimeError)
            {
                print(e.Message);
            }
            Module[] adaptive = [torch.nn.AdaptiveMaxPool1d(3, return_indices: true), torch.nn.AdaptiveMaxPool2d([2, null], return_indices: true),
                torch.nn.AdaptiveMaxPool3d(2, return_indices: true)];
            print(adaptive[0], torch.nn.AdaptiveMaxPool1d(3, return_indices: true).return_indices);
            print(adaptive[1], torch.nn.AdaptiveMaxPool2d([2, null], return_indices: true).return_indices);
            print(adaptive[2], torch.nn.AdaptiveMaxPool3d(2, return_indices: true).return_indices);
            var a = torch.randn([2, 3, 5, 6], requires_grad: true);
            var (o1, i1) = torch.nn.AdaptiveMaxPool1d(3, return_indices: true).forward(a[0]);
            var (o2, i2) = torch.nn.AdaptiveMaxPool2d([2, null], return_indices: true).forward(a);
            var (o3, i3) = torch.nn.AdaptiveMaxPool3d((1, 2, 3), return_indices: true).forward(a);
            print(o1, i1, o2, i2, o3, i3);
            (o1.sum() + o2.sum() * 2 + o3.sum() * 3).backward();
            print(a.grad);
            print(torch.nn.AdaptiveMaxPool2d(3).return_indices);
        });

    [Test]
    public void FractionalMaxPoolTakesRandomSamplesScalarRatiosAndReturnIndicesAsPyTorch() => Dialect.Verify(
        """
        import torch
        from torch import nn
        torch.manual_seed(0)
        x = torch.randn(1, 2, 7, 8, requires_grad=True)
        samples = torch.rand(1, 2, 2)
        m = nn.FractionalMaxPool2d(2, output_ratio=0.5, return_indices=True, _random_samples=samples)
        print(m, m.return_indices)
        for name, b in m.named_buffers():
            print(name, b)
        out, idx = m(x)
        print(out, idx)
        print(nn.MaxUnpool2d(2)(out, idx, output_size=(7, 8)))
        out.sum().backward()
        print(x.grad)
        m2 = nn.FractionalMaxPool2d((2, 3), output_ratio=(0.5, 0.75), _random_samples=samples)
        print(m2(x), m2.return_indices)
        v = torch.randn(1, 2, 5, 6, 7, requires_grad=True)
        m3 = nn.FractionalMaxPool3d(2, output_ratio=0.5, return_indices=True, _random_samples=torch.rand(1, 2, 3))
        out3, idx3 = m3(v)
        print(m3, out3, idx3)
        (out3 * 2).sum().backward()
        print(v.grad.sum(), v.grad.abs().sum())
        m4 = nn.FractionalMaxPool2d(3, output_size=(3, 2), return_indices=True)
        torch.manual_seed(3)
        print(m4(x))
        m5 = nn.FractionalMaxPool3d((2, 2, 3), output_size=2, return_indices=True)
        torch.manual_seed(4)
        print(m5(v)[1])
        for make in [lambda: nn.FractionalMaxPool2d(2, output_ratio=(0.5, 1.0)), lambda: nn.FractionalMaxPool3d(2, output_ratio=1.5, return_indices=True),
                     lambda: nn.FractionalMaxPool2d(2, return_indices=True), lambda: nn.FractionalMaxPool3d(2),
                     lambda: nn.FractionalMaxPool2d(2, output_size=3, output_ratio=0.5, return_indices=True),
                     lambda: nn.FractionalMaxPool3d(2, output_ratio=(0.5, 0.5, 0.0), return_indices=True)]:
            try:
                make()
            except ValueError as e:
                print(e)
        try:
            nn.FractionalMaxPool2d(2, output_ratio=0.5, return_indices=True, _random_samples=samples.double())(x)
        except RuntimeError as e:
            print(e)
        import torch.nn.functional as F
        torch.manual_seed(5)
        for ratio in [0.5, 1, (0.5, 0.5, 0.5)]:
            try:
                print(F.fractional_max_pool2d(x, 2, output_ratio=ratio, _random_samples=samples))
            except (TypeError, ValueError) as e:
                print(type(e).__name__, e)
        print(F.fractional_max_pool3d_with_indices(v, 2, output_ratio=(0.5, 0.4, 0.6), _random_samples=torch.rand(1, 2, 3))[1])
        print(F.fractional_max_pool2d_with_indices(x, (2, 1), output_ratio=(0.5, 0.25))[0])
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.randn([1, 2, 7, 8], requires_grad: true);
            var samples = torch.rand(1, 2, 2);
            var m = torch.nn.FractionalMaxPool2d(2, output_ratio: 0.5, return_indices: true, _random_samples: samples);
            print(m, m.return_indices);
            foreach (var (name, b) in m.named_buffers()) print(name, b);
            var (@out, idx) = m.forward(x);
            print(@out, idx);
            print(torch.nn.MaxUnpool2d(2).forward(@out, idx, output_size: (7, 8)));
            @out.sum().backward();
            print(x.grad);
            var m2 = torch.nn.FractionalMaxPool2d((2, 3), output_ratio: (0.5, 0.75), _random_samples: samples);
            print(m2.forward(x), m2.return_indices);
            var v = torch.randn([1, 2, 5, 6, 7], requires_grad: true);
            var m3 = torch.nn.FractionalMaxPool3d(2, output_ratio: 0.5, return_indices: true, _random_samples: torch.rand(1, 2, 3));
            var (out3, idx3) = m3.forward(v);
            print(m3, out3, idx3);
            (out3 * 2).sum().backward();
            print(v.grad!.sum(), v.grad!.abs().sum());
            var m4 = torch.nn.FractionalMaxPool2d(3, output_size: (3, 2), return_indices: true);
            torch.manual_seed(3);
            print(m4.forward(x));
            var m5 = torch.nn.FractionalMaxPool3d((2, 2, 3), output_size: 2, return_indices: true);
            torch.manual_seed(4);
            print(m5.forward(v).Item2);
            Action[] makers =
            [
                () => torch.nn.FractionalMaxPool2d(2, output_ratio: (0.5, 1.0)), () => torch.nn.FractionalMaxPool3d(2, output_ratio: 1.5, return_indices: true),
                () => torch.nn.FractionalMaxPool2d(2, return_indices: true), () => torch.nn.FractionalMaxPool3d(2),
                () => torch.nn.FractionalMaxPool2d(2, output_size: 3, output_ratio: 0.5, return_indices: true),
                () => torch.nn.FractionalMaxPool3d(2, output_ratio: (0.5, 0.5, 0.0), return_indices: true),
            ];
            foreach (var make in makers)
            {
                try
                {
                    make();
                }
                catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError)
                {
                    print(e.Message);
                }
            }
            try
            {
                torch.nn.FractionalMaxPool2d(2, output_ratio: 0.5, return_indices: true, _random_samples: samples.@double()).forward(x);
            }
            catch (TorchException e) when (e.Kind == TorchErrorKind.RuntimeError)
            {
                print(e.Message);
            }
            torch.manual_seed(5);
            foreach (var ratio in new FloatOrTuple[] { 0.5, 1, (0.5, 0.5, 0.5) })
            {
                try
                {
                    print(F.fractional_max_pool2d(x, 2, output_ratio: ratio, _random_samples: samples));
                }
                catch (TorchException e) when (e.Kind is TorchErrorKind.TypeError or TorchErrorKind.ValueError)
                {
                    print(e.PythonTypeName, e.Message);
                }
            }
            print(F.fractional_max_pool3d_with_indices(v, 2, output_ratio: (0.5, 0.4, 0.6), _random_samples: torch.rand(1, 2, 3)).Item2);
            print(F.fractional_max_pool2d_with_indices(x, (2, 1), output_ratio: (0.5, 0.25)).Item1);
        });

    [Test]
    public void AnExplicitReturnIndicesFalseNamesTheOverloadWithoutIt()
    {
        // C# picks an overload by the argument's presence, not its value: the module that returns the output alone is
        // the overload without return_indices, and writing it False says so rather than returning the wrong type.
        var e = Assert.Throws<ArgumentException>(() => torch.nn.MaxPool2d(2, return_indices: false));
        Assert.That(e!.Message, Does.StartWith("nn.MaxPool2d(..., return_indices=False): leave return_indices out"));
        Assert.Throws<ArgumentException>(() => torch.nn.AdaptiveMaxPool3d(2, return_indices: false));
        Assert.Throws<ArgumentException>(() => torch.nn.FractionalMaxPool2d(2, output_ratio: 0.5, return_indices: false));
        Assert.That(torch.nn.MaxPool1d(2), Is.TypeOf<MaxPool1d>());
        Assert.That(torch.nn.MaxPool1d(2, return_indices: true), Is.TypeOf<MaxPool1dWithIndices>());
    }
}
