using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>Tensors printed inside transforms show their wrappers as PyTorch's _functorch_wrapper_str_intern does.</summary>
[TestFixture, NonParallelizable]
public class FunctorchPrintTests
{
    private static string Import => LibTorch.IsAtLeast(2) ? "from torch.func import vmap, grad\n" : "from functorch import vmap, grad\n";

    [Test]
    public void WrappedTensorsPrintAsTheirWrappers() => Dialect.Verify(Import + """
        x = torch.arange(6.0).view(2, 3)
        def show(a):
            print(a)
            return a * 2
        print(vmap(show)(x))
        print(vmap(vmap(show))(x))
        print(vmap(show, in_dims=1)(x))
        def g(t):
            print(t)
            print(t * 2)
            return (t ** 2).sum()
        print(grad(g)(x[0]))
        print(vmap(grad(g))(x))
        """,
        () =>
        {
            var x = torch.arange(6.0).view(2, 3);
            Tensor show(Tensor a)
            {
                print(a);
                return a * 2;
            }
            print(torch.func.vmap(show)(x));
            print(torch.func.vmap(torch.func.vmap(show))(x));
            print(torch.func.vmap(show, in_dims: 1)(x));
            Tensor g(Tensor t)
            {
                print(t);
                print(t * 2);
                return t.pow(2).sum();
            }
            print(torch.func.grad(g)(x[0]));
            print(torch.func.vmap(torch.func.grad(g))(x));
        });
}
