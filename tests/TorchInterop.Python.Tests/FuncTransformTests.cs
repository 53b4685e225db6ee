using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>
/// torch.func's grad on LibTorch's functorch machinery, against PyTorch's own transforms (<c>torch.func</c> in 2.x,
/// the <c>functorch</c> package it came from in 1.13).
/// </summary>
[TestFixture, NonParallelizable]
public class FuncTransformTests
{
    private static string Import => LibTorch.IsAtLeast(2)
        ? "from torch.func import grad, grad_and_value\n"
        : "from functorch import grad, grad_and_value\n";

    [Test]
    public void GradNestsAndFollowsPyTorch() => Dialect.Verify(
        Import + """
        x = torch.tensor(0.7)
        print(grad(torch.sin)(x))
        print(grad(grad(torch.sin))(x))
        print(grad(grad(grad(lambda t: t ** 4)))(x))
        w = torch.tensor([1.0, -2.0, 3.0])
        v = torch.tensor([0.5, 0.25, 2.0], requires_grad=True)
        print(grad(lambda a, b: (a * b).sum().tanh(), argnums=1)(w, v))
        g, value = grad_and_value(lambda t: (t * t).sum())(w)
        print(g, value)
        print(grad(lambda t: torch.tensor(3.0))(x))
        with torch.no_grad():
            print(grad(torch.exp)(x))
        grad(lambda t: t * 2)(w)
        """,
        () =>
        {
            var x = torch.tensor(0.7);
            print(Torch.Func.Grad(t => t.Sin())(x));
            print(Torch.Func.Grad(Torch.Func.Grad(t => t.Sin()))(x));
            print(Torch.Func.Grad(Torch.Func.Grad(Torch.Func.Grad(t => t.pow(4))))(x));
            var w = torch.tensor(new[] { 1.0f, -2.0f, 3.0f });
            var v = torch.tensor(new[] { 0.5f, 0.25f, 2.0f }, requires_grad: true);
            print(Torch.Func.Grad((a, b) => (a * b).sum().tanh(), argnums: 1)(w, v));
            var (g, value) = Torch.Func.GradAndValue(t => (t * t).sum())(w);
            print(g, value);
            print(Torch.Func.Grad(t => torch.tensor(3.0))(x));
            using (torch.no_grad()) print(Torch.Func.Grad(t => t.Exp())(x));
            Torch.Func.Grad(t => t * 2)(w);
        });

    [Test]
    public void DialectNamesAreTorchFuncs()
    {
        if (!LibTorch.IsAtLeast(2))
        {
            Assert.Throws<NotSupportedException>(() => torch.func.grad(t => torch.sin(t)));
            return;
        }
        Dialect.Verify(
            """
            print(torch.func.grad(torch.cos)(torch.tensor(1.5)))
            print(torch.func.grad_and_value(lambda t: t.exp())(torch.tensor(0.5)))
            """,
            () =>
            {
                print(torch.func.grad(t => torch.cos(t))(torch.tensor(1.5)));
                print(torch.func.grad_and_value(t => t.exp())(torch.tensor(0.5)));
            });
    }
}
