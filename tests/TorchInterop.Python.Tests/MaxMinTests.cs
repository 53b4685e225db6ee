using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>Operations returning several tensors, in the dialect, against Python.</summary>
[TestFixture, NonParallelizable]
public class MaxMinTests
{
    [Test]
    public void MaxDeconstructsAndPrints() => Dialect.Verify(
        """
        x = torch.tensor([[1., 5.], [3., 2.]])
        vals, idx = x.max(dim=1)
        print(vals, idx)
        print(x.min(0))
        print(x.max(), x.min())
        """,
        () =>
        {
            var x = torch.tensor(new double[,] { { 1, 5 }, { 3, 2 } });
            var (vals, idx) = x.max(dim: 1);
            print(vals, idx);
            print(x.min(0));
            print(x.max(), x.min());
        });
}
