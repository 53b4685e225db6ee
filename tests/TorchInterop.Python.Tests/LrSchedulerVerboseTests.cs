using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>
/// The schedulers' <c>last_epoch</c> and <c>verbose</c> arguments against PyTorch: 1.13 prints each learning rate it
/// sets (and ReduceLROnPlateau each reduction) and keeps <c>verbose</c> in the state dict; 2.x, which removed the
/// argument, refuses <c>verbose: true</c> as Python's call does (C# cannot tell an explicit <c>verbose: false</c>, which
/// Python 2.x refuses too, from the default).
/// </summary>
[TestFixture, NonParallelizable]
public class LrSchedulerVerboseTests
{
    [Test]
    public void VerboseSchedulersPrintWhatPyTorch113Prints()
    {
        if (LibTorch.IsAtLeast(2)) Assert.Ignore("PyTorch 2.x has no verbose argument (tested below)");
        Dialect.Verify(
            """
            from torch.optim import lr_scheduler as S
            makers = [lambda o: S.StepLR(o, 2, gamma=0.5, verbose=True),
                      lambda o: S.MultiStepLR(o, [1, 3], verbose=True),
                      lambda o: S.ExponentialLR(o, 0.9, verbose=True),
                      lambda o: S.LambdaLR(o, lambda e: 1.0 / (e + 1), verbose=True),
                      lambda o: S.MultiplicativeLR(o, lambda e: 0.5, verbose=True),
                      lambda o: S.ConstantLR(o, factor=0.5, total_iters=2, verbose=True),
                      lambda o: S.LinearLR(o, total_iters=3, verbose=True),
                      lambda o: S.PolynomialLR(o, total_iters=3, power=2.0, verbose=True),
                      lambda o: S.CosineAnnealingLR(o, T_max=3, verbose=True),
                      lambda o: S.CosineAnnealingWarmRestarts(o, T_0=2, verbose=True),
                      lambda o: S.CyclicLR(o, 0.01, 0.1, step_size_up=2, verbose=True),
                      lambda o: S.OneCycleLR(o, 0.5, total_steps=5, verbose=True)]
            for make in makers:
                w = torch.nn.Parameter(torch.ones(2))
                optimizer = torch.optim.SGD([w], lr=0.1, momentum=0.9)
                scheduler = make(optimizer)
                for epoch in range(3):
                    optimizer.step()
                    scheduler.step()
                print(type(scheduler).__name__, scheduler.state_dict()['verbose'])
            w = torch.nn.Parameter(torch.ones(2))
            optimizer = torch.optim.SGD([w], lr=0.1)
            scheduler = S.StepLR(optimizer, 2, verbose=True)
            optimizer.step()
            scheduler.step(5)
            plateau = S.ReduceLROnPlateau(optimizer, patience=0, factor=0.5, verbose=True)
            for metric in [1.0, 2.0, 3.0, 0.5, 4.0]:
                plateau.step(metric)
            print(plateau.state_dict()['verbose'], optimizer.param_groups[0]['lr'])
            resumed = S.StepLR(optimizer, 2, gamma=0.5, last_epoch=3)
            print(resumed.last_epoch, resumed.get_last_lr(), resumed.state_dict()['verbose'])
            sequential = S.SequentialLR(optimizer, [S.ConstantLR(optimizer), S.ExponentialLR(optimizer, 0.5)], milestones=[2], verbose=True)
            sequential.step()
            print(optimizer.param_groups[0]['lr'])
            """,
            () =>
            {
                var makers = new Func<Optim.Optimizer, Optim.Schedulers.LRScheduler>[]
                {
                    o => torch.optim.lr_scheduler.StepLR(o, 2, gamma: 0.5, verbose: true),
                    o => torch.optim.lr_scheduler.MultiStepLR(o, [1, 3], verbose: true),
                    o => torch.optim.lr_scheduler.ExponentialLR(o, 0.9, verbose: true),
                    o => torch.optim.lr_scheduler.LambdaLR(o, e => 1.0 / (e + 1), verbose: true),
                    o => torch.optim.lr_scheduler.MultiplicativeLR(o, e => 0.5, verbose: true),
                    o => torch.optim.lr_scheduler.ConstantLR(o, factor: 0.5, total_iters: 2, verbose: true),
                    o => torch.optim.lr_scheduler.LinearLR(o, total_iters: 3, verbose: true),
                    o => torch.optim.lr_scheduler.PolynomialLR(o, total_iters: 3, power: 2.0, verbose: true),
                    o => torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max: 3, verbose: true),
                    o => torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(o, T_0: 2, verbose: true),
                    o => torch.optim.lr_scheduler.CyclicLR(o, 0.01, 0.1, step_size_up: 2, verbose: true),
                    o => torch.optim.lr_scheduler.OneCycleLR(o, 0.5, total_steps: 5, verbose: true),
                };
                foreach (var make in makers)
                {
                    var w = torch.nn.Parameter(torch.ones(2));
                    var optimizer = torch.optim.SGD([w], lr: 0.1, momentum: 0.9);
                    var scheduler = make(optimizer);
                    for (int epoch = 0; epoch < 3; epoch++)
                    {
                        optimizer.step();
                        scheduler.step();
                    }
                    print(scheduler.GetType().Name, scheduler.state_dict()["verbose"]);
                }
                {
                    var w = torch.nn.Parameter(torch.ones(2));
                    var optimizer = torch.optim.SGD([w], lr: 0.1);
                    var scheduler = torch.optim.lr_scheduler.StepLR(optimizer, 2, verbose: true);
                    optimizer.step();
                    scheduler.step(5);
                    var plateau = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, patience: 0, factor: 0.5, verbose: true);
                    foreach (var metric in new[] { 1.0, 2.0, 3.0, 0.5, 4.0 }) plateau.step(metric);
                    print(plateau.state_dict()["verbose"], optimizer.param_groups[0]["lr"]);
                    var resumed = torch.optim.lr_scheduler.StepLR(optimizer, 2, gamma: 0.5, last_epoch: 3);
                    print(resumed.last_epoch, resumed.get_last_lr(), resumed.state_dict()["verbose"]);
                    var sequential = torch.optim.lr_scheduler.SequentialLR(optimizer,
                        [torch.optim.lr_scheduler.ConstantLR(optimizer), torch.optim.lr_scheduler.ExponentialLR(optimizer, 0.5)], milestones: [2], verbose: true);
                    sequential.step();
                    print(optimizer.param_groups[0]["lr"]);
                }
            });
    }

    [Test]
    public void PyTorch2RefusesVerbose()
    {
        if (!LibTorch.IsAtLeast(2)) Assert.Ignore("PyTorch 1.13 takes verbose (tested above)");
        Dialect.Verify(
            """
            from torch.optim import lr_scheduler as S
            w = torch.nn.Parameter(torch.ones(2))
            o = torch.optim.SGD([w], lr=0.1)
            for make in [lambda: S.StepLR(o, 2, verbose=True), lambda: S.ReduceLROnPlateau(o, verbose=True),
                         lambda: S.OneCycleLR(o, 1.0, total_steps=10, verbose=True), lambda: S.CosineAnnealingWarmRestarts(o, 2, verbose=True)]:
                try:
                    make()
                except TypeError as e:
                    print(e)
            """,
            () =>
            {
                var w = torch.nn.Parameter(torch.ones(2));
                var o = torch.optim.SGD([w], lr: 0.1);
                foreach (var make in new Action[]
                {
                    () => torch.optim.lr_scheduler.StepLR(o, 2, verbose: true), () => torch.optim.lr_scheduler.ReduceLROnPlateau(o, verbose: true),
                    () => torch.optim.lr_scheduler.OneCycleLR(o, 1.0, total_steps: 10, verbose: true),
                    () => torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(o, 2, verbose: true),
                })
                {
                    try
                    {
                        make();
                    }
                    catch (TorchException e) when (e.Kind == TorchErrorKind.TypeError)
                    {
                        print(e.Message);
                    }
                }
            });
    }
}
