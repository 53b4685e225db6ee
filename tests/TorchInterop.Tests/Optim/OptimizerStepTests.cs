using TorchInterop.Optim;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Optim;

/// <summary>Each optimizer, over several option combinations, step for step against the PyTorch of the LibTorch they run on.</summary>
[TestFixture, NonParallelizable]
public class OptimizerStepTests
{
    // Six steps on ((w * x).sum() + b - 1)^2, printing the parameters at full precision after each step.
    // pythonOptimizer builds `opt` from w and b; create does the same in C#.
    private static ParityCase Steps(string name, string pythonOptimizer, Func<Tensor, Tensor, Optimizer> create) =>
        new(name,
            "torch.set_printoptions(precision=10)\n" +
            "torch.manual_seed(0)\n" +
            "w = torch.randn(3, requires_grad=True)\nx = torch.randn(3)\nb = torch.zeros(1, requires_grad=True)\n" +
            $"opt = {pythonOptimizer}\n" +
            "for _ in range(6):\n" +
            "    opt.zero_grad()\n    (((w * x).sum() + b - 1) ** 2).sum().backward()\n    opt.step()\n    print(w, b)",
            o =>
            {
                Torch.SetPrintOptions(precision: 10);
                try
                {
                    Torch.ManualSeed(0);
                    var w = Torch.Randn([3], requiresGrad: true);
                    var x = Torch.Randn([3]);
                    var b = Torch.Zeros([1], requiresGrad: true);
                    var opt = create(w, b);
                    for (int i = 0; i < 6; i++)
                    {
                        opt.ZeroGrad();
                        ((w * x).Sum() + b - 1).Pow(2).Sum().Backward();
                        opt.Step();
                        o.Print(w, b);
                    }
                }
                finally
                {
                    Torch.SetPrintOptions(profile: "default");
                }
            });

    private static IEnumerable<ParityCase> Cases()
    {
        yield return Steps("SGD maximize", "torch.optim.SGD([w, b], lr=0.01, momentum=0.9, maximize=True)",
            (w, b) => new SGD([w, b], lr: 0.01, momentum: 0.9, maximize: true));
        yield return Steps("SGD nesterov, weight decay", "torch.optim.SGD([w, b], lr=0.05, momentum=0.9, nesterov=True, weight_decay=0.1)",
            (w, b) => new SGD([w, b], lr: 0.05, momentum: 0.9, nesterov: true, weightDecay: 0.1));
        yield return Steps("SGD param groups", "torch.optim.SGD([{'params': [w]}, {'params': [b], 'lr': 0.3, 'momentum': 0.5}], lr=0.05)",
            (w, b) => new SGD([new ParamGroup([w]), new ParamGroup([b]) { Lr = 0.3, Momentum = 0.5 }], lr: 0.05));

        yield return Steps("Adam defaults", "torch.optim.Adam([w, b])", (w, b) => new Adam([w, b]));
        yield return Steps("Adam lr 0.1", "torch.optim.Adam([w, b], lr=0.1)", (w, b) => new Adam([w, b], lr: 0.1));
        yield return Steps("Adam amsgrad, weight decay", "torch.optim.Adam([w, b], lr=0.1, betas=(0.8, 0.9), weight_decay=0.1, amsgrad=True)",
            (w, b) => new Adam([w, b], lr: 0.1, betas: (0.8, 0.9), weightDecay: 0.1, amsgrad: true));
        yield return Steps("Adam maximize, eps", "torch.optim.Adam([w, b], lr=0.05, eps=1e-3, maximize=True)",
            (w, b) => new Adam([w, b], lr: 0.05, eps: 1e-3, maximize: true));
        yield return Steps("Adam param groups", "torch.optim.Adam([{'params': [w]}, {'params': [b], 'lr': 0.2, 'amsgrad': True}], lr=0.05)",
            (w, b) => new Adam([new ParamGroup([w]), new ParamGroup([b]) { Lr = 0.2, Amsgrad = true }], lr: 0.05));

        yield return Steps("AdamW defaults", "torch.optim.AdamW([w, b], lr=0.1)", (w, b) => new AdamW([w, b], lr: 0.1));
        yield return Steps("AdamW amsgrad, weight decay", "torch.optim.AdamW([w, b], lr=0.1, weight_decay=0.5, amsgrad=True)",
            (w, b) => new AdamW([w, b], lr: 0.1, weightDecay: 0.5, amsgrad: true));
        yield return Steps("AdamW maximize", "torch.optim.AdamW([w, b], lr=0.02, betas=(0.5, 0.7), maximize=True)",
            (w, b) => new AdamW([w, b], lr: 0.02, betas: (0.5, 0.7), maximize: true));

        yield return Steps("RMSprop defaults", "torch.optim.RMSprop([w, b])", (w, b) => new RMSprop([w, b]));
        yield return Steps("RMSprop momentum, centered", "torch.optim.RMSprop([w, b], lr=0.05, momentum=0.9, centered=True)",
            (w, b) => new RMSprop([w, b], lr: 0.05, momentum: 0.9, centered: true));
        yield return Steps("RMSprop weight decay, maximize", "torch.optim.RMSprop([w, b], lr=0.01, alpha=0.9, weight_decay=0.1, maximize=True)",
            (w, b) => new RMSprop([w, b], lr: 0.01, alpha: 0.9, weightDecay: 0.1, maximize: true));
        yield return Steps("RMSprop param groups", "torch.optim.RMSprop([{'params': [w], 'centered': True}, {'params': [b], 'lr': 0.1}], lr=0.03)",
            (w, b) => new RMSprop([new ParamGroup([w]) { Centered = true }, new ParamGroup([b]) { Lr = 0.1 }], lr: 0.03));

        yield return Steps("Adagrad defaults", "torch.optim.Adagrad([w, b])", (w, b) => new Adagrad([w, b]));
        yield return Steps("Adagrad lr decay, weight decay, accumulator", "torch.optim.Adagrad([w, b], lr=0.5, lr_decay=0.1, weight_decay=0.2, initial_accumulator_value=0.3)",
            (w, b) => new Adagrad([w, b], lr: 0.5, lrDecay: 0.1, weightDecay: 0.2, initialAccumulatorValue: 0.3));
        yield return Steps("Adagrad maximize, eps", "torch.optim.Adagrad([w, b], lr=0.1, eps=1e-4, maximize=True)",
            (w, b) => new Adagrad([w, b], lr: 0.1, eps: 1e-4, maximize: true));
        yield return Steps("Adagrad param groups", "torch.optim.Adagrad([{'params': [w]}, {'params': [b], 'lr': 0.4, 'initial_accumulator_value': 1.0}], lr=0.1)",
            (w, b) => new Adagrad([new ParamGroup([w]), new ParamGroup([b]) { Lr = 0.4, InitialAccumulatorValue = 1.0 }], lr: 0.1));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();
}
