using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>torch.nn.init's structured and truncated initializers: the same numbers from the same seed as PyTorch.</summary>
[TestFixture, NonParallelizable]
public class InitTests
{
    [Test]
    public void InitializersDrawAsPyTorch() => Dialect.Verify(
        """
        from torch import nn
        torch.manual_seed(0)
        print(nn.init.trunc_normal_(torch.empty(6)), nn.init.trunc_normal_(torch.empty(4), mean=0.5, std=2.0, a=0.0, b=0.1))
        print(nn.init.eye_(torch.empty(2, 3)), nn.init.dirac_(torch.empty(2, 2, 3)), nn.init.dirac_(torch.empty(4, 1, 1, 1), groups=2).flatten())
        print(nn.init.orthogonal_(torch.empty(3, 2)), nn.init.orthogonal_(torch.empty(2, 4), gain=2.0))
        print(nn.init.sparse_(torch.empty(4, 3), sparsity=0.5))
        w = torch.empty(3, 3, requires_grad=True)
        nn.init.orthogonal_(w)
        print(w.requires_grad, w.grad_fn, w.is_leaf)
        try:
            nn.init.eye_(torch.empty(2))
        except ValueError as e:
            print(e)
        """,
        () =>
        {
            torch.manual_seed(0);
            print(torch.nn.init.trunc_normal_(torch.empty(6)), torch.nn.init.trunc_normal_(torch.empty(4), mean: 0.5, std: 2.0, a: 0.0, b: 0.1));
            print(torch.nn.init.eye_(torch.empty(2, 3)), torch.nn.init.dirac_(torch.empty(2, 2, 3)), torch.nn.init.dirac_(torch.empty(4, 1, 1, 1), groups: 2).flatten());
            print(torch.nn.init.orthogonal_(torch.empty(3, 2)), torch.nn.init.orthogonal_(torch.empty(2, 4), gain: 2.0));
            print(torch.nn.init.sparse_(torch.empty(4, 3), sparsity: 0.5));
            var w = torch.empty(3, 3, requires_grad: true);
            torch.nn.init.orthogonal_(w);
            print(w.requires_grad, w.grad_fn, w.is_leaf);
            try
            {
                torch.nn.init.eye_(torch.empty(2));
            }
            catch (TorchException e)
            {
                print(e.Message);
            }
        });
}
