using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>
/// Python's factory spellings compile and mean what they mean in Python: an empty shape, a 0 among the sizes (which
/// C# could read as a dtype), and <c>device=</c> / <c>requires_grad=</c> on every factory.
/// </summary>
[TestFixture, NonParallelizable]
public class FactorySpellingTests
{
    [Test]
    public void AmbiguousLookingSpellingsMeanWhatPythonMeans() => Dialect.Verify(
        """
        x = torch.randn([], requires_grad=True)
        print(x.shape, x.requires_grad, torch.zeros([]).shape, torch.ones([], dtype=torch.int64))
        print(torch.zeros(2, 0), torch.ones(2, 0, 3).shape, torch.empty(0).shape, torch.rand(0, 2).shape)
        print(torch.zeros(0), torch.ones(3, 0, 0, 1).shape, torch.randn(2, 0, dtype=torch.float64).dtype)
        print(torch.zeros(torch.Size([2, 1])), torch.ones((2, 2)))
        """,
        () =>
        {
            var x = torch.randn([], requires_grad: true);
            print(x.shape, x.requires_grad, torch.zeros([]).shape, torch.ones([], dtype: torch.int64));
            print(torch.zeros(2, 0), torch.ones(2, 0, 3).shape, torch.empty(0).shape, torch.rand(0, 2).shape);
            print(torch.zeros(0), torch.ones(3, 0, 0, 1).shape, torch.randn(2, 0, dtype: torch.float64).dtype);
            print(torch.zeros(torch.Size([2, 1])), torch.ones([2, 2]));
        });

    [Test]
    public void FactoriesTakeDeviceAndRequiresGrad() => Dialect.Verify(
        """
        torch.manual_seed(0)
        print(torch.zeros(2, 3, dtype=torch.int64, device="cpu"), torch.ones(2, device=torch.device("cpu"), requires_grad=True))
        print(torch.full([2], 1.5, device="cpu"), torch.arange(3, device="cpu"), torch.arange(1.0, 2.0, 0.5, device="cpu"))
        print(torch.linspace(0, 1, 3, device="cpu"), torch.eye(2, device="cpu", requires_grad=True))
        print(torch.tensor([1.0, 2.0], device="cpu", requires_grad=True), torch.tensor(3, device="cpu"))
        print(torch.rand(2, 2, device="cpu"), torch.randn(2, device="cpu", requires_grad=True), torch.empty(1, 2, device="cpu").shape)
        """,
        () =>
        {
            torch.manual_seed(0);
            print(torch.zeros(2, 3, dtype: torch.int64, device: "cpu"), torch.ones(2, device: torch.device("cpu"), requires_grad: true));
            print(torch.full([2], 1.5, device: "cpu"), torch.arange(3, device: "cpu"), torch.arange(1.0, 2.0, 0.5, device: "cpu"));
            print(torch.linspace(0, 1, 3, device: "cpu"), torch.eye(2, device: "cpu", requires_grad: true));
            print(torch.tensor(new[] { 1.0, 2.0 }, device: "cpu", requires_grad: true), torch.tensor(3, device: "cpu"));
            print(torch.rand(2, 2, device: "cpu"), torch.randn(2, device: "cpu", requires_grad: true), torch.empty(1, 2, device: "cpu").shape);
        });

    // The spellings the overload audit (OverloadAudit/) found C# reading differently from Python, run against PyTorch.
    [Test]
    public void SpellingsTheAuditFoundMeanWhatPythonMeans() => Dialect.Verify(
        """
        x = torch.tensor([[1., 2.], [3., 4.]])
        print(torch.arange(2, 0), torch.arange(5, 1, -2), torch.prod(x, 0), x.prod(0), x.prod(1, True), torch.sum(x, 0))
        print(torch.zeros(2, 2, 2, 2, 0).shape, torch.ones(1, 1, 1, 1, 0, 2).shape, torch.rand(2, 1, 1, 1, 0).shape)
        print(torch.tensor([]), torch.tensor([]).dtype, torch.tensor([], dtype=torch.int64), torch.as_tensor([]), torch.asarray([]))
        print(x.new_tensor([]), torch.tensor([1, 2]), torch.hamming_window(5, True, 2, 0), torch.hamming_window(5, True, 0))
        try:
            torch.optim.SGD([], lr=0.1)
        except ValueError as e:
            print(e)
        """,
        () =>
        {
            var x = torch.tensor(new double[,] { { 1, 2 }, { 3, 4 } });
            print(torch.arange(2, 0), torch.arange(5, 1, -2), torch.prod(x, 0), x.prod(0), x.prod(1, true), torch.sum(x, 0));
            print(torch.zeros(2, 2, 2, 2, 0).shape, torch.ones(1, 1, 1, 1, 0, 2).shape, torch.rand(2, 1, 1, 1, 0).shape);
            print(torch.tensor([]), torch.tensor([]).dtype, torch.tensor([], dtype: torch.int64), torch.as_tensor([]), torch.asarray([]));
            print(x.new_tensor([]), torch.tensor([1, 2]), torch.hamming_window(5, true, 2, 0), torch.hamming_window(5, true, 0));
            try
            {
                torch.optim.SGD([], lr: 0.1);
            }
            catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError)
            {
                print(e.Message);
            }
        });
}
