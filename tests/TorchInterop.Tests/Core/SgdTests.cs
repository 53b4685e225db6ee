using TorchInterop.Optim;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Core;

public class SgdTests
{
    // Three steps of a quadratic loss with the given options, printing the parameter after each step.
    private static ParityCase Steps(string name, string pythonOptions, Func<Tensor, SGD> create) =>
        new(name,
            "w = torch.tensor([1., -2., 3.], requires_grad=True)\n" +
            $"opt = torch.optim.SGD([w], {pythonOptions})\n" +
            "for _ in range(3):\n    (w * w * torch.tensor([1., 2., 3.])).sum().backward()\n    opt.step()\n    opt.zero_grad()\n    print(w, w.grad)",
            o =>
            {
                var w = Torch.Tensor(new[] { 1f, -2f, 3f }, requiresGrad: true);
                var opt = create(w);
                for (int i = 0; i < 3; i++)
                {
                    (w * w * Torch.Tensor(new[] { 1f, 2f, 3f })).Sum().Backward();
                    opt.Step();
                    opt.ZeroGrad();
                    o.Print(w, w.Grad);
                }
            });

    private static IEnumerable<ParityCase> Cases()
    {
        yield return Steps("plain", "lr=0.1", w => new SGD([w], lr: 0.1));
        yield return Steps("momentum", "lr=0.1, momentum=0.9", w => new SGD([w], lr: 0.1, momentum: 0.9));
        yield return Steps("dampening and weight decay", "lr=0.05, momentum=0.5, dampening=0.3, weight_decay=0.01",
            w => new SGD([w], lr: 0.05, momentum: 0.5, dampening: 0.3, weightDecay: 0.01));
        yield return Steps("nesterov", "lr=0.1, momentum=0.9, nesterov=True", w => new SGD([w], lr: 0.1, momentum: 0.9, nesterov: true));
        yield return new("invalid learning rate", "torch.optim.SGD([torch.ones(1, requires_grad=True)], lr=-0.5)",
            o => o.Try(() => new SGD([Torch.Ones([1], requiresGrad: true)], lr: -0.5)));
        yield return new("nesterov without momentum", "torch.optim.SGD([torch.ones(1, requires_grad=True)], lr=0.1, nesterov=True)",
            o => o.Try(() => new SGD([Torch.Ones([1], requiresGrad: true)], lr: 0.1, nesterov: true)));
        yield return new("empty parameter list", "torch.optim.SGD([], lr=0.1)", o => o.Try(() => new SGD([], lr: 0.1)));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();
}
