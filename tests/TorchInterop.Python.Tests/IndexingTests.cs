using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>Python's indexing, reading and writing, in the dialect.</summary>
[TestFixture, NonParallelizable]
public class IndexingTests
{
    [Test]
    public void Reading() => Dialect.Verify(
        """
        x = torch.arange(12.0).reshape(3, 4).requires_grad_()
        print(x[1], x[-1], x[0, 2], x[-1, -2], x[:, 1], x[1:], x[:, :-1], x[::2], x[:, 1::2], x[0:3:2, 1])
        print(x[..., 0], x[None].shape, x[:, None].shape, x[None, ..., None].shape, x[1, ...])
        print(x[x > 5], x[torch.tensor([2, 0])], x[:, torch.tensor([3, 1])], x[1, torch.tensor([True, False, True, False])])
        for y in [x[1], x[:, 1], x[1:], x[None], x[x > 5], x[torch.tensor([2, 0])], x[..., 0]]:
            print(type(y.grad_fn).__name__)
        x[1:, ::3].sum().backward()
        print(x.grad)
        """,
        () =>
        {
            var x = torch.arange(12.0).reshape(3, 4).requires_grad_();
            print(x[1], x[-1], x[0, 2], x[-1, -2], x[.., 1], x[1..], x[.., ..^1], x[slice(null, null, 2)],
                x[.., slice(1, null, 2)], x[slice(0, 3, 2), 1]);
            print(x[Ellipsis, 0], x[newaxis].shape, x[.., newaxis].shape, x[newaxis, Ellipsis, newaxis].shape, x[1, Ellipsis]);
            print(x[x > 5], x[torch.tensor(new[] { 2, 0 })], x[.., torch.tensor(new[] { 3, 1 })],
                x[1, torch.tensor(new[] { true, false, true, false })]);
            foreach (var y in new[] { x[1], x[.., 1], x[1..], x[newaxis], x[x > 5], x[torch.tensor(new[] { 2, 0 })], x[Ellipsis, 0] })
                print(y.grad_fn!.name());
            x[1.., slice(null, null, 3)].sum().backward();
            print(x.grad);
        });

    [Test]
    public void WritingNumbersAndTensors() => Dialect.Verify(
        """
        x = torch.ones(3, requires_grad=True)
        y = x * 1
        y[1] = 0
        print(y, type(y.grad_fn).__name__)
        y.sum().backward()
        print(x.grad)
        a = torch.arange(12.0).reshape(3, 4)
        a[0] = 7
        a[1, 1:] = torch.tensor([5.0, 6.0, 8.0])
        a[:, 0] = -1.5
        a[a > 10] = 0
        a[torch.tensor([2]), 3] = 9
        a[..., 2] = torch.arange(3)
        print(a)
        b = torch.arange(4)
        b[0] = 1.7
        b[b > 2] = 2.9
        c = torch.zeros(3, dtype=torch.bool)
        c[1] = 5
        print(b, c)
        b[1] = 1e20
        """,
        () =>
        {
            var x = torch.ones(3, requires_grad: true);
            var y = x * 1;
            y[1] = 0;
            print(y, y.grad_fn!.Name);
            y.sum().backward();
            print(x.grad);
            var a = torch.arange(12.0).reshape(3, 4);
            a[0] = 7;
            a[1, 1..] = torch.tensor(new[] { 5.0, 6.0, 8.0 });
            a[.., 0] = -1.5;
            a[a > 10] = 0;
            a[torch.tensor(new[] { 2 }), 3] = 9;
            a[Ellipsis, 2] = torch.arange(3);
            print(a);
            var b = torch.arange(4);
            b[0] = 1.7;
            b[b > 2] = 2.9;
            var c = torch.zeros(3, dtype: torch.@bool);
            c[1] = 5;
            print(b, c);
            b[1] = 1e20;
        });

    [Test]
    public void IndexErrors() => Dialect.Verify(
        """
        for f in [lambda: torch.ones(2, 3)[1, 5], lambda: torch.ones(3)[None, 5], lambda: torch.ones(2, 3, 4)[0, ..., -7]]:
            try:
                f()
            except IndexError as e:
                print(e)
        """,
        () =>
        {
            foreach (var f in new Func<Tensor>[] { () => torch.ones(2, 3)[1, 5], () => torch.ones(3)[newaxis, 5], () => torch.ones(2, 3, 4)[0, Ellipsis, -7] })
            {
                try
                {
                    f();
                }
                catch (TorchException e) when (e.PythonTypeName == "IndexError")
                {
                    print(e.Message);
                }
            }
        });
}
