using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>The lazy modules (LazyLinear, LazyConv1d/2d/3d) against PyTorch: placeholders, warning, materialization, initialization, repr, gradients.</summary>
[TestFixture, NonParallelizable]
public class NnLazyTests
{
    [Test]
    public void LazyModulesMaterializeAsPyTorchDoes() => Dialect.Verify(
        """
        import warnings
        from torch import nn
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            torch.manual_seed(0)
            lin = nn.LazyLinear(3)
            print(len(w), [str(m.message) for m in w], [m.category.__name__ for m in w])
        print(lin, lin.weight, lin.bias, nn.parameter.is_lazy(lin.weight))
        print(len(list(lin.parameters())))
        x = torch.randn(2, 4, requires_grad=True)
        y = lin(x)
        print(lin, lin.weight, lin.bias, nn.parameter.is_lazy(lin.weight))
        print(y, list(lin.state_dict().keys()))
        y.sum().backward()
        print(x.grad, lin.weight.grad)
        warnings.simplefilter('ignore')
        torch.manual_seed(1)
        convs = [nn.LazyConv1d(2, 3), nn.LazyConv2d(4, 3, stride=2, padding=1, bias=False), nn.LazyConv3d(2, (1, 2, 2)), nn.LazyConv2d(2, 3, padding='same', groups=2)]
        print(convs)
        inputs = [torch.randn(1, 3, 6), torch.randn(2, 2, 5, 5), torch.randn(3, 4, 4, 4), torch.randn(1, 4, 5, 5)]
        for c, i in zip(convs, inputs):
            out = c(i)
            print(c, out.shape, out.grad_fn.name(), out.sum(), c.weight.sum())
        print(nn.parameter.UninitializedParameter(), nn.parameter.UninitializedBuffer())
        for bad in [lambda: nn.LazyConv2d(2, 3)(torch.ones(3, 3)), lambda: nn.LazyConv2d(2, 3, groups=2)(torch.ones(1, 3, 4, 4))]:
            try:
                bad()
            except (RuntimeError, ValueError) as e:
                print(type(e).__name__, e)
        """,
        () =>
        {
            NN.LazyLinear lin;
            using (var w = warnings.catch_warnings(record: true))
            {
                torch.manual_seed(0);
                lin = torch.nn.LazyLinear(3);
                print(len(w), w.Select(m => m.message).ToList(), w.Select(m => m.category.__name__).ToList());
            }
            print(lin, lin.weight, lin.bias, torch.nn.parameter.is_lazy(lin.weight!));
            print(len(lin.parameters().ToList()));
            var x = torch.randn(2, 4, requires_grad: true);
            var y = lin.forward(x);
            print(lin, lin.weight, lin.bias, torch.nn.parameter.is_lazy(lin.weight!));
            print(y, lin.state_dict().Keys.ToList());
            y.sum().backward();
            print(x.grad, lin.weight!.grad);
            using (warnings.catch_warnings(record: true))
            {
                torch.manual_seed(1);
                NN.ConvNd[] convs = [torch.nn.LazyConv1d(2, 3), torch.nn.LazyConv2d(4, 3, stride: 2, padding: 1, bias: false), torch.nn.LazyConv3d(2, (1, 2, 2)),
                    torch.nn.LazyConv2d(2, 3, padding: "same", groups: 2)];
                print(convs.ToList());
                Tensor[] inputs = [torch.randn(1, 3, 6), torch.randn(2, 2, 5, 5), torch.randn(3, 4, 4, 4), torch.randn(1, 4, 5, 5)];
                foreach (var (c, i) in convs.Zip(inputs))
                {
                    var output = c.forward(i);
                    print(c, output.shape, output.grad_fn!.name(), output.sum(), c.weight!.sum());
                }
                print(torch.nn.parameter.UninitializedParameter(), torch.nn.parameter.UninitializedBuffer());
                Action[] bad = [() => torch.nn.LazyConv2d(2, 3).forward(torch.ones(3, 3)), () => torch.nn.LazyConv2d(2, 3, groups: 2).forward(torch.ones(1, 3, 4, 4))];
                foreach (var b in bad)
                {
                    try { b(); }
                    catch (TorchException e) { print(e.PythonTypeName, e.Message); }
                }
            }
        });
}
