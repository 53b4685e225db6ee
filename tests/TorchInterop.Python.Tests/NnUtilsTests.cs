using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>torch.nn.utils' gradient clipping and parameter vectors, against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class NnUtilsTests
{
    [Test]
    public void ClippingAndVectorsFollowPyTorch() => Dialect.Verify(
        """
        from torch import nn
        torch.manual_seed(0)
        m = nn.Linear(4, 3)
        x = torch.randn(5, 4)
        (m(x) ** 2).sum().backward()
        print(nn.utils.clip_grad_norm_(m.parameters(), 0.5))
        print(m.weight.grad, m.bias.grad)
        print(nn.utils.clip_grad_norm_(m.parameters(), 0.1, norm_type=float('inf')), m.bias.grad)
        print(nn.utils.clip_grad_norm_(m.parameters(), 10.0, norm_type=1.0), m.bias.grad)
        nn.utils.clip_grad_value_(m.parameters(), 0.01)
        print(m.weight.grad)
        v = nn.utils.parameters_to_vector(m.parameters())
        print(v.shape, v[:3])
        nn.utils.vector_to_parameters(torch.arange(15.0), m.parameters())
        print(m.weight, m.bias)
        m.weight.grad = torch.full((3, 4), float('nan'))
        try:
            nn.utils.clip_grad_norm_(m.parameters(), 1.0, error_if_nonfinite=True)
        except RuntimeError as e:
            print(e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var m = torch.nn.Linear(4, 3);
            var x = torch.randn(5, 4);
            m.forward(x).pow(2).sum().backward();
            print(torch.nn.utils.clip_grad_norm_(m.parameters(), 0.5));
            print(m.weight!.grad, m.bias!.grad);
            print(torch.nn.utils.clip_grad_norm_(m.parameters(), 0.1, norm_type: double.PositiveInfinity), m.bias!.grad);
            print(torch.nn.utils.clip_grad_norm_(m.parameters(), 10.0, norm_type: 1.0), m.bias!.grad);
            torch.nn.utils.clip_grad_value_(m.parameters(), 0.01);
            print(m.weight!.grad);
            var v = torch.nn.utils.parameters_to_vector(m.parameters());
            print(v.shape, v[..3]);
            torch.nn.utils.vector_to_parameters(torch.arange(15.0), m.parameters());
            print(m.weight!, m.bias!);
            m.weight!.grad = torch.full([3, 4], double.NaN);
            try
            {
                torch.nn.utils.clip_grad_norm_(m.parameters(), 1.0, error_if_nonfinite: true);
            }
            catch (TorchException e)
            {
                print(e.Message);
            }
        });
}
