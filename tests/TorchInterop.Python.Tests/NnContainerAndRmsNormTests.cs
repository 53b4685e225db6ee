using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>The deprecated nn.Container (each version's warning), torch.nn.factory_kwargs, and 2.x's nn.RMSNorm module, against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class NnContainerAndRmsNormTests
{
    [Test]
    public void ContainerWarnsAndHoldsItsModulesAndFactoryKwargsCanonicalizes() => Dialect.Verify(
        """
        import warnings
        from torch import nn
        torch.manual_seed(0)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            c = nn.Container(a=nn.Linear(2, 3), b=nn.ReLU())
        print(len(w))
        for m in w:
            print(m.category.__name__, m.message)
        print(c, list(c.state_dict().keys()), c.a.weight)
        r = nn.factory_kwargs({'dtype': torch.float64, 'factory_kwargs': {'device': 'cpu'}})
        print(list(r.keys()), r['dtype'], r['device'], len(nn.factory_kwargs(None)), len(nn.factory_kwargs({})))
        for bad in [{'bias': True}, {'dtype': torch.float32, 'factory_kwargs': {'dtype': torch.float64}}, {'factory_kwargs': None}]:
            try:
                nn.factory_kwargs(bad)
            except TypeError as e:
                print(e)
        """,
        () =>
        {
            torch.manual_seed(0);
            NN.Container c;
            using (var w = warnings.catch_warnings(record: true))
            {
                c = torch.nn.Container(("a", torch.nn.Linear(2, 3)), ("b", torch.nn.ReLU()));
                print(len(w));
                foreach (var m in w) print(m.category.__name__, m.message);
            }
            print(c, c.state_dict().Keys.ToList(), c.NamedParameters().First(p => p.Name == "a.weight").Value);
            var r = torch.nn.factory_kwargs(new Dictionary<string, object?> { ["dtype"] = torch.float64, ["factory_kwargs"] = new Dictionary<string, object?> { ["device"] = "cpu" } });
            print(r.Keys.ToList(), r["dtype"], r["device"], len(torch.nn.factory_kwargs(null)), len(torch.nn.factory_kwargs(new Dictionary<string, object?>())));
            foreach (var bad in new[]
            {
                new Dictionary<string, object?> { ["bias"] = true },
                new Dictionary<string, object?> { ["dtype"] = torch.float32, ["factory_kwargs"] = new Dictionary<string, object?> { ["dtype"] = torch.float64 } },
                new Dictionary<string, object?> { ["factory_kwargs"] = null },
            })
            {
                try { torch.nn.factory_kwargs(bad); }
                catch (TorchException e) when (e.Kind == TorchErrorKind.TypeError) { print(e.Message); }
            }
        });

    [Test]
    public void RmsNormModuleMatchesPyTorch()
    {
        if (!LibTorch.IsAtLeast(2)) Assert.Ignore("a PyTorch 2.x name");
#if LIBTORCH_2
        Dialect.Verify(
            """
            from torch import nn
            torch.manual_seed(0)
            m = nn.RMSNorm([2, 3], eps=1e-5)
            x = torch.randn(4, 2, 3, requires_grad=True)
            y = m(x)
            print(m, y)
            y.sum().backward()
            print(x.grad, m.weight.grad)
            print(nn.RMSNorm(3, elementwise_affine=False), list(nn.RMSNorm(3).state_dict().keys()), list(nn.RMSNorm(3, elementwise_affine=False).parameters()))
            try:
                nn.RMSNorm(3)(torch.randn(2, 4))
            except RuntimeError as e:
                print(e)
            """,
            () =>
            {
                torch.manual_seed(0);
                var m = torch.nn.RMSNorm([2, 3], eps: 1e-5);
                var x = torch.randn(4, 2, 3, requires_grad: true);
                var y = m.forward(x);
                print(m, y);
                y.sum().backward();
                print(x.grad, m.GetParameter("weight")!.grad);
                print(torch.nn.RMSNorm(3, elementwise_affine: false), torch.nn.RMSNorm(3).state_dict().Keys.ToList(),
                    torch.nn.RMSNorm(3, elementwise_affine: false).parameters().ToList());
                try { torch.nn.RMSNorm(3).forward(torch.randn(2, 4)); }
                catch (TorchException e) when (e.Kind == TorchErrorKind.RuntimeError) { print(e.Message); }
            });
#endif
    }
}
