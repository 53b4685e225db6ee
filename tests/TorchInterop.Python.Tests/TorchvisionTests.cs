using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary><c>torchvision.models</c>, <c>torch.save</c> / <c>torch.load</c> and <c>module.to(device)</c> in the dialect.</summary>
[TestFixture, NonParallelizable]
public class TorchvisionTests
{
    [Test]
    public void LegacyPretrainedArgumentWarnsAsTorchvision() => Dialect.Verify(
        """
        import warnings, torchvision
        torch.manual_seed(0)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            model = torchvision.models.resnet18(pretrained=False, num_classes=4)
            print(len(w))
            print(w[0].message)
            print(w[1].message)
        print(model.fc, model.fc.bias)
        """,
        () =>
        {
            torch.manual_seed(0);
            using (var w = warnings.catch_warnings(record: true))
            {
                var model = torchvision.models.resnet18(pretrained: false, num_classes: 4);
                print(len(w));
                print(w[0].message);
                print(w[1].message);
                print(model.fc, model.fc.bias);
            }
        });

    [Test]
    public void SavesAndLoadsStateDictsAsPython()
    {
        string path = Path.Combine(Path.GetTempPath(), $"torchvision-tests-{Environment.ProcessId}.pt");
        try
        {
            Dialect.Verify(
                $$"""
                torch.manual_seed(1)
                net = torch.nn.Sequential(torch.nn.Conv2d(2, 3, 3, padding=1), torch.nn.BatchNorm2d(3), torch.nn.ReLU())
                net(torch.rand(2, 2, 4, 4))
                torch.save(net.state_dict(), r'{{path}}')
                torch.manual_seed(2)
                copy = torch.nn.Sequential(torch.nn.Conv2d(2, 3, 3, padding=1), torch.nn.BatchNorm2d(3), torch.nn.ReLU())
                print(copy.load_state_dict(torch.load(r'{{path}}')))
                copy.eval().to('cpu')
                print(copy(torch.ones(1, 2, 3, 3)), copy[1].running_var, copy[1].num_batches_tracked)
                """,
                () =>
                {
                    torch.manual_seed(1);
                    var net = torch.nn.Sequential(torch.nn.Conv2d(2, 3, 3, padding: 1), torch.nn.BatchNorm2d(3), torch.nn.ReLU());
                    net.forward(torch.rand(2, 2, 4, 4));
                    torch.save(net.state_dict(), path);
                    torch.manual_seed(2);
                    var copy = torch.nn.Sequential(torch.nn.Conv2d(2, 3, 3, padding: 1), torch.nn.BatchNorm2d(3), torch.nn.ReLU());
                    print(copy.load_state_dict(torch.load(path)));
                    copy.eval().to("cpu");
                    print(copy.forward(torch.ones(1, 2, 3, 3)), copy[1].running_var, copy[1].num_batches_tracked);
                });
        }
        finally
        {
            File.Delete(path);
        }
    }
}
