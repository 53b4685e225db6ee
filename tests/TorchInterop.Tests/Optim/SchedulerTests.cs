using TorchInterop.Optim;
using TorchInterop.Optim.Schedulers;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.Optim;

/// <summary>The learning rate schedulers' values, to the last bit, against PyTorch 1.13.</summary>
public class SchedulerTests
{
    // Twelve optimizer and scheduler steps over two groups (lr 0.1 and 0.25), printing get_last_lr() each time.
    private static ParityCase Schedule(string name, string pythonScheduler, Func<Optimizer, LRScheduler> create) =>
        new(name,
            "w = torch.zeros(2, requires_grad=True)\nb = torch.zeros(1, requires_grad=True)\n" +
            "opt = torch.optim.SGD([{'params': [w]}, {'params': [b], 'lr': 0.25}], lr=0.1, momentum=0.9)\n" +
            $"sched = {pythonScheduler}\nprint(sched.get_last_lr())\n" +
            "for _ in range(12):\n    opt.step()\n    sched.step()\n    print(sched.get_last_lr())\n" +
            "print(opt.param_groups[0]['initial_lr'], opt.param_groups[1]['initial_lr'])",
            o =>
            {
                var opt = new SGD([new ParamGroup([Torch.Zeros([2], requiresGrad: true)]),
                    new ParamGroup([Torch.Zeros([1], requiresGrad: true)]) { Lr = 0.25 }], lr: 0.1, momentum: 0.9);
                var sched = create(opt);
                PrintList(o, sched.GetLastLr());
                for (int i = 0; i < 12; i++)
                {
                    opt.Step();
                    sched.Step();
                    PrintList(o, sched.GetLastLr());
                }
                o.Print(PythonFloat.Format(opt.ParamGroups[0].InitialLr!.Value), PythonFloat.Format(opt.ParamGroups[1].InitialLr!.Value));
            });

    private static void PrintList(PythonOutput o, IReadOnlyList<double> values) =>
        o.Print("[" + string.Join(", ", values.Select(TorchInterop.Optim.PythonFloat.Format)) + "]");

    private static IEnumerable<ParityCase> Cases()
    {
        yield return Schedule("StepLR", "torch.optim.lr_scheduler.StepLR(opt, step_size=3, gamma=0.3)", o => new StepLR(o, 3, 0.3));
        yield return Schedule("StepLR default gamma", "torch.optim.lr_scheduler.StepLR(opt, 2)", o => new StepLR(o, 2));
        yield return Schedule("CosineAnnealingLR", "torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=5)", o => new CosineAnnealingLR(o, 5));
        yield return Schedule("CosineAnnealingLR eta_min", "torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=4, eta_min=0.01)",
            o => new CosineAnnealingLR(o, 4, 0.01));
        yield return Schedule("LambdaLR", "torch.optim.lr_scheduler.LambdaLR(opt, lambda epoch: 0.95 ** epoch)",
            o => new LambdaLR(o, epoch => Math.Pow(0.95, epoch)));
        yield return Schedule("LambdaLR linear warmup", "torch.optim.lr_scheduler.LambdaLR(opt, lambda epoch: min(1.0, (epoch + 1) / 5))",
            o => new LambdaLR(o, epoch => Math.Min(1.0, (epoch + 1) / 5.0)));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();
}
