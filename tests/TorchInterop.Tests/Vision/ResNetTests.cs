using TorchInterop.NN;
using TorchInterop.Optim;
using TorchInterop.Serialization;
using TorchInterop.Testing;
using TorchInterop.Vision;
using TorchInterop.Vision.Models;

namespace TorchInterop.Tests.Vision;

/// <summary>The ResNets against torchvision 0.14.1, run at test time: initialization, printing, training step.</summary>
public class ResNetTests
{
    private static readonly Dictionary<string, Func<ResNet>> Builders = new()
    {
        ["resnet18()"] = () => ResNets.ResNet18(),
        ["resnet50()"] = () => ResNets.ResNet50(),
        ["resnet34(num_classes=10)"] = () => ResNets.ResNet34(numClasses: 10),
        ["resnext50_32x4d(zero_init_residual=True)"] = () => ResNets.ResNeXt50_32X4D(zeroInitResidual: true),
    };

    [TestCase("resnet18()")]
    [TestCase("resnet50()")]
    public void TrainsOneStepAsTorchvision(string builder)
    {
        using var dir = new TemporaryDirectory();
        var python = PyTorchReference.Default.Run(
            $$"""
            import torchvision
            torch.manual_seed(0)
            model = torchvision.models.{{builder}}
            torch.save(model.state_dict(), r'{{dir.File("initial.pt")}}')
            open(r'{{dir.File("repr.txt")}}', 'w').write(repr(model))
            data = torch.rand(1, 3, 64, 64)
            labels = torch.rand(1, 1000)
            prediction = model(data)
            loss = (prediction - labels).sum()
            loss.backward()
            torch.save({name: p.grad for name, p in model.named_parameters()}, r'{{dir.File("grads.pt")}}')
            torch.optim.SGD(model.parameters(), lr=1e-2, momentum=0.9).step()
            torch.save(model.state_dict(), r'{{dir.File("trained.pt")}}')
            prediction = prediction.detach()
            """);

        Torch.ManualSeed(0);
        var model = Builders[builder]();
        AssertStateEqual(model.StateDict(), TensorFile.LoadDictionary(dir.File("initial.pt")), exact: true);
        Assert.That(model.ToString(), Is.EqualTo(File.ReadAllText(dir.File("repr.txt"))));
        var data = Torch.Rand([1, 3, 64, 64]);
        TensorAssert.Equal(data, python["data"]); // initialization consumed the random stream as torchvision does
        var labels = Torch.Rand([1, 1000]);

        var prediction = model.Call(data);
        TensorAssert.Close(prediction.Detach(), python["prediction"]);
        var loss = (prediction - labels).Sum();
        TensorAssert.Close(loss.Detach(), python["loss"]);
        Assert.That(loss.GradFn!.Name, Is.EqualTo("SumBackward0"));
        loss.Backward();
        AssertStateEqual(model.NamedParameters().ToDictionary(p => p.Name, p => p.Value.Grad!), TensorFile.LoadDictionary(dir.File("grads.pt")), exact: false);
        new SGD(model.Parameters(), lr: 1e-2, momentum: 0.9).Step();
        AssertStateEqual(model.StateDict(), TensorFile.LoadDictionary(dir.File("trained.pt")), exact: false);
    }

    [TestCase("resnet34(num_classes=10)")]
    [TestCase("resnext50_32x4d(zero_init_residual=True)")]
    public void InitializesAndPrintsAsTorchvision(string builder)
    {
        using var dir = new TemporaryDirectory();
        PyTorchReference.Default.Run(
            $$"""
            import torchvision
            torch.manual_seed(3)
            model = torchvision.models.{{builder}}
            torch.save(model.state_dict(), r'{{dir.File("initial.pt")}}')
            open(r'{{dir.File("repr.txt")}}', 'w').write(repr(model))
            """);
        Torch.ManualSeed(3);
        var model = Builders[builder]();
        AssertStateEqual(model.StateDict(), TensorFile.LoadDictionary(dir.File("initial.pt")), exact: true);
        Assert.That(model.ToString(), Is.EqualTo(File.ReadAllText(dir.File("repr.txt"))));
    }

    [Test]
    public void EvalModeUsesRunningStatisticsAsTorchvision()
    {
        using var dir = new TemporaryDirectory();
        var python = PyTorchReference.Default.Run(
            $$"""
            import torchvision
            torch.manual_seed(5)
            model = torchvision.models.resnet18(num_classes=7)
            torch.save(model.state_dict(), r'{{dir.File("weights.pt")}}')
            model(torch.rand(2, 3, 32, 32))
            model.eval()
            x = torch.rand(3, 3, 40, 40)
            y = model(x).detach()
            """);
        var model = ResNets.ResNet18(numClasses: 7);
        model.LoadStateDict(TensorFile.LoadDictionary(dir.File("weights.pt")));
        Torch.ManualSeed(5);
        _ = ResNets.ResNet18(numClasses: 7);
        model.Call(Torch.Rand([2, 3, 32, 32]));
        model.Eval();
        TensorAssert.Close(model.Call(python["x"]).Detach(), python["y"]);
    }

    [Test]
    public void PretrainedWeightsComeFromTheTorchHubCache()
    {
        using var dir = new TemporaryDirectory();
        string checkpoints = Path.Combine(dir.Path, "hub", "checkpoints");
        Directory.CreateDirectory(checkpoints);
        var python = PyTorchReference.Default.Run(
            $$"""
            import torchvision
            torch.manual_seed(7)
            model = torchvision.models.resnet18()
            torch.save(model.state_dict(), r'{{Path.Combine(checkpoints, ResNetWeights.ResNet18ImageNet1KV1.FileName)}}')
            model.eval()
            x = torch.rand(1, 3, 32, 32)
            y = model(x).detach()
            """);
        string? saved = Environment.GetEnvironmentVariable("TORCH_HOME");
        try
        {
            Environment.SetEnvironmentVariable("TORCH_HOME", dir.Path);
            Assert.That(TorchHub.CheckpointsDirectory, Is.EqualTo(checkpoints));
            var model = ResNets.ResNet18(ResNetWeights.ResNet18Default);
            model.Eval();
            TensorAssert.Close(model.Call(python["x"]).Detach(), python["y"]);

            var missing = Assert.Throws<FileNotFoundException>(() => ResNets.ResNet50(ResNetWeights.ResNet50Default))!;
            Assert.That(missing.Message, Does.Contain("resnet50-11ad3fa6.pth").And.Contain(checkpoints).And.Contain("https://download.pytorch.org/models/resnet50-11ad3fa6.pth"));
            Assert.That(() => ResNets.ResNet18(ResNetWeights.ResNet18Default, numClasses: 10),
                Throws.ArgumentException.With.Message.StartsWith("The parameter 'num_classes' expected value 1000 but got 10 instead."));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TORCH_HOME", saved);
        }
    }

    [Test]
    public void RejectsBadArchitectures()
    {
        Assert.That(() => new ResNet(ResNetBlock.Basic, [2, 2, 2]), Throws.ArgumentException);
        Assert.That(() => new ResNet(ResNetBlock.Basic, [2, 2, 2, 2], replaceStrideWithDilation: [true]),
            Throws.ArgumentException.With.Message.StartsWith("replace_stride_with_dilation should be None or a 3-element tuple, got [True]"));
        Assert.That(() => new ResNet(ResNetBlock.Basic, [2, 2, 2, 2], groups: 2),
            Throws.ArgumentException.With.Message.StartsWith("BasicBlock only supports groups=1 and base_width=64"));
        Assert.That(() => new ResNet(null!, [2, 2, 2, 2]), Throws.ArgumentNullException);
    }

    private static void AssertStateEqual(IReadOnlyDictionary<string, Tensor> actual, IReadOnlyDictionary<string, Tensor> expected, bool exact)
    {
        Assert.That(actual.Keys, Is.EqualTo(expected.Keys), "same names in the same order");
        if (exact) TensorAssert.Equal(actual, expected);
        else TensorAssert.Close(actual, expected);
    }
}
