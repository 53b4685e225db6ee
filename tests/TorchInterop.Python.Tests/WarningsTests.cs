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
}
