using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Core;

public class WarningTests
{
    private static IEnumerable<ParityCase> Cases()
    {
        yield return new("reading .grad of a non-leaf warns",
            "import warnings\nx = torch.ones(2, requires_grad=True)\ny = x * 2\nwith warnings.catch_warnings(record=True) as w:\n    warnings.simplefilter('always')\n    print(y.grad)\n    print(len(w), w[0].category.__name__)\n    print(str(w[0].message).split(' (Triggered internally at')[0])",
            o =>
            {
                var x = Torch.Ones([2], requiresGrad: true);
                var y = x * 2;
                using var recorded = Warnings.Catch();
                o.Print(y.Grad);
                o.Print(recorded.Records.Count, "UserWarning");
                o.Print(recorded.Records[0].Message.Split(" (Triggered internally at")[0]);
            });
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();

    [Test]
    public void RecordersNestAndStopRecordingWhenDisposed()
    {
        using var x = Torch.Ones([2], requiresGrad: true);
        using var y = x * 2;
        using var outer = Warnings.Catch();
        using (var inner = Warnings.Catch())
        {
            _ = y.Grad;
            Assert.That(inner.Records, Has.Count.EqualTo(1));
            Assert.That(inner.Records[0].Message, Does.EndWith($":{inner.Records[0].Line}.)"));
        }
        Assert.That(outer.Records, Is.Empty);
        _ = y.Grad;
        Assert.That(outer.Records, Has.Count.EqualTo(1));
    }

    [Test]
    public void RecordersBelongToTheirThread()
    {
        var recorder = Warnings.Catch();
        var error = Assert.Throws<AggregateException>(() => TestThreads.Run(recorder.Dispose));
        Assert.That(error!.InnerException, Is.InstanceOf<InvalidOperationException>());
        recorder.Dispose();
    }
}
