using TorchInterop.Distributed;
using Dist = TorchInterop.Distributed.Distributed;
using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>
/// torch.nn.parallel.DistributedDataParallel in one process (a world of one over a HashStore): the wrapper's repr,
/// names and attributes, a training step, and the constructor's errors, against PyTorch.
/// </summary>
[TestFixture, NonParallelizable]
public class DdpDialectTests
{
    [Test]
    public void TheWrapperLooksAndTrainsAsInPyTorch() => Dialect.Verify(
        """
        import torch.distributed as dist
        from torch import nn
        from torch.nn.parallel import DistributedDataParallel as DDP
        dist.init_process_group("gloo", store=dist.HashStore(), rank=0, world_size=1)
        torch.manual_seed(0)
        m = nn.Linear(3, 2)
        ddp = DDP(m)
        print(ddp)
        print(ddp.module is m, list(ddp.state_dict().keys()), [n for n, _ in ddp.named_parameters()])
        print(ddp.find_unused_parameters, ddp.gradient_as_bucket_view, ddp.broadcast_buffers, ddp.require_backward_grad_sync, ddp.device_ids, ddp.output_device)
        x = torch.randn(4, 3)
        ddp(x).sum().backward()
        print(m.weight.grad, m.bias.grad)
        with ddp.no_sync():
            print(ddp.require_backward_grad_sync)
            ddp(x).sum().backward()
        print(ddp.require_backward_grad_sync, m.bias.grad)
        b = nn.BatchNorm1d(3)
        ddp2 = DDP(nn.Sequential(nn.Linear(3, 3), b), find_unused_parameters=True, gradient_as_bucket_view=True)
        print(ddp2.will_sync_module_buffers(), list(ddp2.state_dict().keys()))
        ddp2(x)[0].pow(2).sum().backward()
        print(b.running_mean, ddp2.module[0].weight.grad)
        try:
            DDP(nn.Linear(2, 2).requires_grad_(False))
        except RuntimeError as e:
            print(e)
        try:
            DDP(nn.Linear(2, 2), device_ids=[0, 1])
        except ValueError as e:
            print(e)
        try:
            DDP(nn.Linear(2, 2), device_ids=[0])
        except ValueError as e:
            print(e)
        dist.destroy_process_group()
        """,
        () =>
        {
            Dist.InitProcessGroup("gloo", store: new HashStore(), rank: 0, worldSize: 1);
            try
            {
                torch.manual_seed(0);
                var m = torch.nn.Linear(3, 2);
                var ddp = torch.nn.parallel.DistributedDataParallel(m);
                print(ddp);
                print(ReferenceEquals(ddp.module, m), ddp.state_dict().Keys.ToList(), ddp.named_parameters().Select(p => p.Name).ToList());
                print(ddp.find_unused_parameters, ddp.gradient_as_bucket_view, ddp.broadcast_buffers, ddp.require_backward_grad_sync, ddp.device_ids, ddp.output_device);
                var x = torch.randn(4, 3);
                ddp.forward(x).sum().backward();
                print(m.weight!.grad, m.bias!.grad);
                using (ddp.no_sync())
                {
                    print(ddp.require_backward_grad_sync);
                    ddp.forward(x).sum().backward();
                }
                print(ddp.require_backward_grad_sync, m.bias!.grad);
                var b = torch.nn.BatchNorm1d(3);
                var ddp2 = torch.nn.parallel.DistributedDataParallel(torch.nn.Sequential(torch.nn.Linear(3, 3), b),
                    find_unused_parameters: true, gradient_as_bucket_view: true);
                print(ddp2.will_sync_module_buffers(), ddp2.state_dict().Keys.ToList());
                ddp2.forward(x)[0].pow(2).sum().backward();
                print(b.running_mean!, ((NN.Linear)((NN.Sequential)ddp2.module)[0]).weight!.grad);
                foreach (var make in new Action[]
                {
                    () => torch.nn.parallel.DistributedDataParallel(torch.nn.Linear(2, 2).requires_grad_(false)),
                    () => torch.nn.parallel.DistributedDataParallel(torch.nn.Linear(2, 2), device_ids: [0, 1]),
                    () => torch.nn.parallel.DistributedDataParallel(torch.nn.Linear(2, 2), device_ids: [0]),
                })
                {
                    try { make(); }
                    catch (TorchException e) { print(e.Message); }
                }
            }
            finally
            {
                Dist.DestroyProcessGroup();
            }
        });

    [Test]
    public void NothingLeaksOnceTheWrapperIsDisposedAndTheGroupDestroyed()
    {
        long before = Dist.LiveNativeHandles;
        using (var store = new HashStore())
        {
            Dist.InitProcessGroup("gloo", store: store, rank: 0, worldSize: 1);
            using (var ddp = new DistributedDataParallel<Tensor, Tensor>(new NN.Linear(3, 2)))
            {
                Assert.That(ddp.InitialBucketCount, Is.EqualTo(1), "one bucket until the first rebuild, as in PyTorch");
                ddp.Call(Torch.Ones([2, 3])).Sum().Backward();
                ddp.Call(Torch.Ones([2, 3])).Sum().Backward();
            }
            Dist.DestroyProcessGroup();
        }
        Assert.That(Dist.LiveNativeHandles, Is.EqualTo(before));
    }
}
