using TorchInterop.Optim;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Optim;

/// <summary>The optimizers' constructor checks raise PyTorch's errors with its messages.</summary>
public class OptimizerErrorTests
{
    private static ParityCase Error(string pythonCall, Func<Tensor, Optimizer> create) =>
        new(pythonCall,
            $"w = torch.ones(2, requires_grad=True)\n{pythonCall}",
            o => o.Try(() => create(Torch.Ones([2], requiresGrad: true))));

    private static IEnumerable<ParityCase> Cases()
    {
        yield return Error("torch.optim.Adam([w], lr=-0.1)", w => new Adam([w], lr: -0.1));
        yield return Error("torch.optim.Adam([w], eps=-1e-8)", w => new Adam([w], eps: -1e-8));
        yield return Error("torch.optim.Adam([w], betas=(1.0, 0.999))", w => new Adam([w], betas: (1.0, 0.999)));
        yield return Error("torch.optim.Adam([w], betas=(0.9, -0.5))", w => new Adam([w], betas: (0.9, -0.5)));
        yield return Error("torch.optim.Adam([w], weight_decay=-2.0)", w => new Adam([w], weightDecay: -2));
        yield return Error("torch.optim.AdamW([w], lr=-1.0)", w => new AdamW([w], lr: -1));
        yield return Error("torch.optim.AdamW([w], betas=(0.9, 1.5))", w => new AdamW([w], betas: (0.9, 1.5)));
        yield return Error("torch.optim.RMSprop([w], alpha=-0.5)", w => new RMSprop([w], alpha: -0.5));
        yield return Error("torch.optim.RMSprop([w], momentum=-0.1)", w => new RMSprop([w], momentum: -0.1));
        yield return Error("torch.optim.RMSprop([w], eps=-0.25)", w => new RMSprop([w], eps: -0.25));
        yield return Error("torch.optim.Adagrad([w], lr_decay=-0.1)", w => new Adagrad([w], lrDecay: -0.1));
        yield return Error("torch.optim.Adagrad([w], initial_accumulator_value=-1.5)", w => new Adagrad([w], initialAccumulatorValue: -1.5));
        yield return Error("torch.optim.Adagrad([w], weight_decay=-3e-5)", w => new Adagrad([w], weightDecay: -3e-5));
        yield return Error("torch.optim.Adam([])", w => new Adam([]));
        yield return Error("torch.optim.Adam([w, w * 2])", w => new Adam([w, w * 2]));
        yield return Error("torch.optim.Adam([{'params': [w]}, {'params': [w]}])", w => new Adam([new ParamGroup([w]), new ParamGroup([w])]));
        yield return Error("torch.optim.SGD([w], lr=0.1).add_param_group({'params': [w]})", w => AddGroup(new SGD([w], lr: 0.1), new ParamGroup([w])));
        yield return Error("torch.optim.SGD([w], lr=0.1).add_param_group({'params': [w * 2]})", w => AddGroup(new SGD([w], lr: 0.1), new ParamGroup([w * 2])));
        // SGD's lr: required in 1.13 (an error unless every group has one), 1e-3 by default in 2.x.
        yield return new("torch.optim.SGD([w]) without lr",
            "w = torch.ones(2, requires_grad=True)\nprint(torch.optim.SGD([w]).param_groups[0]['lr'])",
            o => o.Try(() => o.Print(new SGD([Torch.Ones([2], requiresGrad: true)]).ParamGroups[0].Lr)));
        yield return new("torch.optim.SGD([{'params': [w], 'lr': 0.5}]) without lr",
            "w = torch.ones(2, requires_grad=True)\nprint(torch.optim.SGD([{'params': [w], 'lr': 0.5}]).param_groups[0]['lr'])",
            o => o.Try(() => o.Print(new SGD([new ParamGroup([Torch.Ones([2], requiresGrad: true)]) { Lr = 0.5 }]).ParamGroups[0].Lr)));
        yield return Error("torch.optim.SGD([w], lr=0.1, momentum=0.9, nesterov=True, dampening=0.5)",
            w => new SGD([w], lr: 0.1, momentum: 0.9, nesterov: true, dampening: 0.5));
    }

    private static Optimizer AddGroup(Optimizer optimizer, ParamGroup group)
    {
        optimizer.AddParamGroup(group);
        return optimizer;
    }

    [Test]
    public void GroupOptionsByName()
    {
        var w = TorchInterop.NN.Parameter.Create(Torch.Ones([2]));
        var optimizer = new SGD([w], lr: 0.1, momentum: 0.5);
        var group = optimizer.ParamGroups[0];
        group["lr"] = 0.25;
        Assert.That(group.Lr, Is.EqualTo(0.25));
        Assert.That(group["momentum"], Is.EqualTo(0.5));
        Assert.That(group["params"], Is.EqualTo(new[] { w }));
        Assert.That(() => group["learning_rate"], Throws.ArgumentException.With.Message.StartsWith("'learning_rate' is not an option of a parameter group"));
        Assert.That(() => group["lr"] = "fast", Throws.ArgumentException.With.Message.StartsWith("expected a number, got a String"));
        Assert.That(() => group["nesterov"] = 1.0, Throws.ArgumentException.With.Message.StartsWith("expected a bool, got a Double"));
        Assert.That(() => group["params"] = new[] { w }, Throws.ArgumentException);
        Assert.That(() => optimizer.AddParamGroup(null!), Throws.ArgumentNullException);
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();
}
