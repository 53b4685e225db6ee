using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>ParameterList and ParameterDict against PyTorch: registration, order, reprs, state dict keys, errors.</summary>
[TestFixture, NonParallelizable]
public class NnParameterContainersTests
{
    [Test]
    public void ParameterListAndDictFollowPyTorch() => Dialect.Verify(
        """
        from collections import OrderedDict
        from torch import nn
        torch.manual_seed(0)
        pl = nn.ParameterList([nn.Parameter(torch.randn(2, 3))])
        print(pl)
        pl.append(torch.zeros(4))
        pl.extend([torch.ones(1, 2, dtype=torch.float64)])
        print(pl, len(pl), pl[-1], pl[1].requires_grad)
        print(list(pl.state_dict().keys()), len(list(pl.parameters())))
        print(pl[1:])
        print(nn.ParameterList())
        try:
            pl[5]
        except IndexError as e:
            print(e)
        pd = nn.ParameterDict({'b': nn.Parameter(torch.randn(2)), 'a': torch.ones(3)})
        print(pd, list(pd.keys()), len(pd))
        pd.update(OrderedDict([('z', torch.zeros(1)), ('c', torch.ones(2, 2))]))
        print(list(pd.keys()), 'c' in pd, pd['a'])
        print(pd.pop('b'), list(pd.keys()))
        print(pd.popitem()[0], pd.get('missing'), pd.setdefault('q', torch.full((2,), 3.0)))
        print(pd, list(pd.state_dict().keys()), len(list(pd.parameters())))
        c = pd.copy()
        pd.clear()
        print(len(pd), list(c.keys()))
        try:
            pd(1)
        except RuntimeError as e:
            print(e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var pl = torch.nn.ParameterList([torch.nn.Parameter(torch.randn(2, 3))]);
            print(pl);
            pl.append(torch.zeros(4));
            pl.extend([torch.ones([1, 2], dtype: torch.float64)]);
            print(pl, len(pl), pl[-1], pl[1].requires_grad);
            print(pl.state_dict().Keys.ToList(), len(pl.parameters().ToList()));
            print(pl[1..]);
            print(torch.nn.ParameterList());
            try { _ = pl[5]; }
            catch (TorchException e) { print(e.Message); }
            var pd = torch.nn.ParameterDict(new Dictionary<string, Tensor?> { ["b"] = torch.nn.Parameter(torch.randn(2)), ["a"] = torch.ones(3) });
            print(pd, pd.keys().ToList(), len(pd));
            pd.update([("z", torch.zeros(1)), ("c", torch.ones(2, 2))]);
            print(pd.keys().ToList(), pd.Contains("c"), pd["a"]);
            print(pd.pop("b"), pd.keys().ToList());
            print(pd.popitem().Key, pd.get("missing"), pd.setdefault("q", torch.full([2], 3.0)));
            print(pd, pd.state_dict().Keys.ToList(), len(pd.parameters().ToList()));
            var c = pd.copy();
            pd.clear();
            print(len(pd), c.keys().ToList());
            try { pd.Call(1); }
            catch (TorchException e) { print(e.Message); }
        });
}
