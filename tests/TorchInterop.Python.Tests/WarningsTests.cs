using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary><c>warnings.catch_warnings(record=True)</c> in the dialect.</summary>
[TestFixture, NonParallelizable]
public class WarningsTests
{
    [Test]
    public void CatchWarningsRecords() => Dialect.Verify(
        """
        import warnings
        x = torch.ones(2, requires_grad=True)
        y = x * 2
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            print(y.grad)
            print(len(w))
            print(str(w[0].message).split(' (Triggered internally at')[0])
        """,
        () =>
        {
            var x = torch.ones(2, requires_grad: true);
            var y = x * 2;
            using (var w = warnings.catch_warnings(record: true))
            {
                print(y.grad);
                print(len(w));
                print(w[0].message.Split(" (Triggered internally at")[0]);
            }
        });

    [Test]
    public void RecordsKnowTheirCategory() => Dialect.Verify(
        """
        import warnings
        x = torch.ones(2, requires_grad=True)
        y = x * 2
        m = torch.nn.Linear(2, 2)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            y.grad
            torch.nn.functional.sigmoid(x)
            torch.nn.utils.clip_grad_norm(m.parameters(), 1.0)
            print(len(w))
            for r in w:
                print(r.category, r.category.__name__, issubclass(r.category, Warning), issubclass(r.category, UserWarning),
                      r.category is UserWarning, issubclass(r.category, FutureWarning))
        """,
        () =>
        {
            var x = torch.ones(2, requires_grad: true);
            var y = x * 2;
            var m = torch.nn.Linear(2, 2);
            using var w = warnings.catch_warnings(record: true);
            _ = y.grad;
            torch.nn.functional.sigmoid(x);
            torch.nn.utils.clip_grad_norm(m.parameters(), 1.0);
            print(len(w));
            foreach (var r in w)
                print(r.category, r.category.__name__, issubclass(r.category, Warning), issubclass(r.category, UserWarning),
                      r.category == UserWarning, issubclass(r.category, FutureWarning));
        });
}
