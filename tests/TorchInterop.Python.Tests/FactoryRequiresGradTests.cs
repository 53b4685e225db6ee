using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>Python's <c>requires_grad=</c> on every factory, generated ones included, against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class FactoryRequiresGradTests
{
    [Test]
    public void GeneratedFactoriesTakeRequiresGrad() => Dialect.Verify(
        """
        torch.manual_seed(0)
        x = torch.ones(2, 3)
        print(torch.zeros_like(x, requires_grad=True), torch.ones_like(x, dtype=torch.float64, device="cpu").dtype)
        print(torch.full_like(x, 2.5, requires_grad=True), torch.randn_like(x, requires_grad=True))
        print(torch.normal(0.0, 1.0, (3,), requires_grad=True), torch.randint(0, 10, (3,), device="cpu"))
        print(torch.randperm(5, device="cpu"), torch.logspace(0, 1, 3, requires_grad=True), x.new_zeros((2,), requires_grad=True))
        print(torch.as_tensor([1.0, 2.0]), torch.as_tensor(x) is x, torch.as_tensor(x, dtype=torch.float64).dtype)
        try:
            torch.zeros_like(torch.ones(2, dtype=torch.int64), requires_grad=True)
        except RuntimeError as e:
            print(e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.ones(2, 3);
            print(torch.zeros_like(x, requires_grad: true), torch.ones_like(x, dtype: torch.float64, device: "cpu").dtype);
            print(torch.full_like(x, 2.5, requires_grad: true), torch.randn_like(x, requires_grad: true));
            print(torch.normal(0.0, 1.0, [3], requires_grad: true), torch.randint(0, 10, [3], device: "cpu"));
            print(torch.randperm(5, device: "cpu"), torch.logspace(0, 1, 3, requires_grad: true), x.new_zeros([2], requires_grad: true));
            print(torch.as_tensor(new[] { 1.0, 2.0 }), ReferenceEquals(torch.as_tensor(x), x), torch.as_tensor(x, dtype: torch.float64).dtype);
            try
            {
                torch.zeros_like(torch.ones(2, dtype: torch.int64), requires_grad: true);
            }
            catch (TorchException e)
            {
                print(e.Message);
            }
        });
}
