using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary><c>item()</c> and one-element tensors behave as Python's numbers: arithmetic, casts, comparisons, formatting.</summary>
[TestFixture, NonParallelizable]
public class PythonNumberTests
{
    [Test]
    public void ItemIsAPythonNumber() => Dialect.Verify(
        """
        torch.manual_seed(0)
        x = torch.randn(3)
        loss = (x * x).sum()
        total = 0.0
        total += loss.item()
        total += loss.item()
        print(total)
        print(int(torch.tensor(3.7).item()), int(torch.tensor(-3.7)), float(torch.tensor(2)), bool(torch.tensor(0.0)))
        print(int(torch.tensor(7)) + 1, float(torch.tensor([1.5])))
        print(f"{loss.item():.4f} {loss:.4f} {loss.item():.2e}")
        print(f"loss {loss.item()} {torch.tensor(-6.2158362901243436e-09, dtype=torch.float64).item()} {torch.tensor(3).item()}")
        print(loss.item() < 100, loss.item() * 2)
        try:
            f"{x:.4f}"
        except TypeError as e:
            print(e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.randn(3);
            var loss = (x * x).sum();
            double total = 0.0;
            total += loss.item();
            total += loss.item();
            print(total);
            print((int)torch.tensor(3.7).item(), (int)torch.tensor(-3.7), (double)torch.tensor(2), (bool)torch.tensor(0.0));
            print((int)torch.tensor(7) + 1, (double)torch.tensor(new[] { 1.5 }));
            print($"{loss.item():F4} {loss:F4} {loss.item():0.00e+00}");
            print($"loss {loss.item()} {torch.tensor(-6.2158362901243436e-09, dtype: torch.float64).item()} {torch.tensor(3).item()}");
            print(loss.item() < 100, loss.item() * 2);
            try
            {
                _ = $"{x:F4}";
            }
            catch (TorchException e)
            {
                print(e.Message);
            }
        });
}
