using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>SyncBatchNorm on CPU (each version's forward), convert_sync_batchnorm, and DataParallel without GPU, against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class NnSyncAndParallelTests
{
    [Test]
    public void SyncBatchNormAndDataParallelBehaveAsOnACpuOnlyPyTorch() => Dialect.Verify(
        """
        import torch
        from torch import nn
        torch.manual_seed(0)
        s = nn.SyncBatchNorm(3, momentum=None)
        print(s, list(s.state_dict().keys()), s.process_group)
        for x in [torch.randn(2, 3), torch.randn(3), torch.randn(2, 0, 2)]:
            try:
                print(s(x))
            except ValueError as e:
                print(e)
        m = nn.Sequential(nn.Conv2d(2, 3, 1), nn.BatchNorm2d(3), nn.Sequential(nn.BatchNorm1d(4, affine=False)))
        m[1].running_mean.add_(1)
        m[2].eval()
        c = nn.SyncBatchNorm.convert_sync_batchnorm(m)
        print(c, c[1].running_mean, c[1].num_batches_tracked, c[1].weight is m[1].weight, c[1].training, c[2][0].training)
        print(nn.SyncBatchNorm.convert_sync_batchnorm(nn.BatchNorm3d(2)))
        torch.manual_seed(0)
        d = nn.DataParallel(nn.Linear(2, 3))
        print(d, d.module, list(d.state_dict().keys()), d.device_ids)
        print(d(torch.ones(1, 2)))
        """,
        () =>
        {
            torch.manual_seed(0);
            var s = torch.nn.SyncBatchNorm(3, momentum: null);
            print(s, s.state_dict().Keys.ToList(), s.ProcessGroup);
            foreach (var x in new[] { torch.randn(2, 3), torch.randn(3), torch.randn(2, 0, 2) })
            {
                try { print(s.forward(x)); }
                catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError) { print(e.Message); }
            }
            var m = torch.nn.Sequential(torch.nn.Conv2d(2, 3, 1), torch.nn.BatchNorm2d(3), torch.nn.Sequential(torch.nn.BatchNorm1d(4, affine: false)));
            ((NN.BatchNorm)m[1]).running_mean!.add_(1);
            m[2].eval();
            var c = (NN.Sequential)NN.SyncBatchNorm.convert_sync_batchnorm(m);
            var converted = (NN.BatchNorm)c[1];
            print(c, converted.running_mean, converted.num_batches_tracked, ReferenceEquals(converted.weight, ((NN.BatchNorm)m[1]).weight),
                converted.training, ((NN.Sequential)c[2])[0].training);
            print(NN.SyncBatchNorm.convert_sync_batchnorm(torch.nn.BatchNorm3d(2)));
            torch.manual_seed(0);
            var d = torch.nn.DataParallel(torch.nn.Linear(2, 3));
            print(d, d.module, d.state_dict().Keys.ToList(), d.device_ids);
            print(d.forward(torch.ones(1, 2)));
        });
}
