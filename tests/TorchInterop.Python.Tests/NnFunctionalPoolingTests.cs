using TorchInterop.NN;
using static TorchInterop.Python.Builtins;
using F = TorchInterop.Python.torch.nn.functional;

namespace TorchInterop.Python.Tests;

/// <summary>nn.functional's pooling, convolution, padding and embedding functions and their modules, against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class NnFunctionalPoolingTests
{
    [Test]
    public void PoolingValuesGradientsAndReprsFollowPyTorch() => Dialect.Verify(
        """
        import torch.nn.functional as F
        from torch import nn
        torch.manual_seed(0)
        x = torch.randn(1, 2, 5, 6, requires_grad=True)
        y = F.max_pool2d(x, (3, 2), stride=2, padding=1)
        print(y, F.avg_pool2d(x, 2, divisor_override=3))
        out, idx = F.max_pool2d_with_indices(x, 2)
        print(idx)
        print(F.max_unpool2d(out, idx, 2))
        print(F.adaptive_max_pool2d(x, (2, 3)), F.adaptive_avg_pool1d(x[0], 4))
        print(F.lp_pool2d(x, 2, 2).sum())
        (y.sum() + F.avg_pool3d(x, 2).sum()).backward()
        print(x.grad)
        v = torch.randn(2, 3, 8)
        print(F.max_pool1d(v, 3), F.avg_pool1d(v, 3, stride=2, padding=1))
        for m in [nn.MaxPool1d(3), nn.MaxPool2d((3, 2), stride=1, ceil_mode=True), nn.MaxPool3d(2, padding=1), nn.AvgPool1d(3),
                  nn.AvgPool3d((2, 2, 1)), nn.AdaptiveMaxPool2d(3), nn.AdaptiveAvgPool3d((2, 3, 4)), nn.AdaptiveMaxPool1d(4),
                  nn.LPPool2d(2, 3), nn.LPPool1d(1.5, 2, stride=1), nn.MaxUnpool2d(2), nn.MaxUnpool1d(3, stride=2),
                  nn.FractionalMaxPool2d(2, output_size=3), nn.ConstantPad1d(2, 3.5), nn.ZeroPad2d((1, 0, 2, 1)), nn.ReflectionPad2d(1),
                  nn.ReplicationPad3d(1), nn.PixelShuffle(2), nn.PixelUnshuffle(2), nn.ChannelShuffle(2), nn.Fold((4, 5), 2),
                  nn.Unfold(2, stride=2), nn.Identity(), nn.Unflatten(1, (2, 3))]:
            print(m)
        torch.manual_seed(1)
        f = torch.randn(1, 2, 7, 7)
        print(F.fractional_max_pool2d(f, 2, output_size=3), nn.FractionalMaxPool2d(3, output_ratio=0.5)(f))
        try:
            F.max_unpool2d(out, idx, 2, output_size=(9, 9))
        except ValueError as e:
            print(e)
        try:
            nn.FractionalMaxPool2d(2, output_ratio=1.5)
        except ValueError as e:
            print(e)
        try:
            F.adaptive_avg_pool2d(torch.randn(3), (None, 2))
        except ValueError as e:
            print(e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.randn([1, 2, 5, 6], requires_grad: true);
            var y = F.max_pool2d(x, (3, 2), stride: 2, padding: 1);
            print(y, F.avg_pool2d(x, 2, divisor_override: 3));
            var (@out, idx) = F.max_pool2d_with_indices(x, 2);
            print(idx);
            print(F.max_unpool2d(@out, idx, 2));
            print(F.adaptive_max_pool2d(x, (2, 3)), F.adaptive_avg_pool1d(x[0], 4));
            print(F.lp_pool2d(x, 2, 2).sum());
            (y.sum() + F.avg_pool3d(x, 2).sum()).backward();
            print(x.grad);
            var v = torch.randn(2, 3, 8);
            print(F.max_pool1d(v, 3), F.avg_pool1d(v, 3, stride: 2, padding: 1));
            Module[] modules =
            [
                torch.nn.MaxPool1d(3), torch.nn.MaxPool2d((3, 2), stride: 1, ceil_mode: true), torch.nn.MaxPool3d(2, padding: 1), torch.nn.AvgPool1d(3),
                torch.nn.AvgPool3d((2, 2, 1)), torch.nn.AdaptiveMaxPool2d(3), torch.nn.AdaptiveAvgPool3d((2, 3, 4)), torch.nn.AdaptiveMaxPool1d(4),
                torch.nn.LPPool2d(2, 3), torch.nn.LPPool1d(1.5, 2, stride: 1), torch.nn.MaxUnpool2d(2), torch.nn.MaxUnpool1d(3, stride: 2),
                torch.nn.FractionalMaxPool2d(2, output_size: 3), torch.nn.ConstantPad1d(2, 3.5), torch.nn.ZeroPad2d((1, 0, 2, 1)), torch.nn.ReflectionPad2d(1),
                torch.nn.ReplicationPad3d(1), torch.nn.PixelShuffle(2), torch.nn.PixelUnshuffle(2), torch.nn.ChannelShuffle(2), torch.nn.Fold((4, 5), 2),
                torch.nn.Unfold(2, stride: 2), torch.nn.Identity(), torch.nn.Unflatten(1, (2, 3)),
            ];
            foreach (var m in modules) print(m);
            torch.manual_seed(1);
            var f = torch.randn(1, 2, 7, 7);
            print(F.fractional_max_pool2d(f, 2, output_size: 3), torch.nn.FractionalMaxPool2d(3, output_ratio: 0.5).forward(f));
            try
            {
                F.max_unpool2d(@out, idx, 2, output_size: (9, 9));
            }
            catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError)
            {
                print(e.Message);
            }
            try
            {
                torch.nn.FractionalMaxPool2d(2, output_ratio: 1.5);
            }
            catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError)
            {
                print(e.Message);
            }
            try
            {
                F.adaptive_avg_pool2d(torch.randn(3), [null, 2]);
            }
            catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError)
            {
                print(e.Message);
            }
        });

    [Test]
    public void ConvolutionPaddingShufflingAndEmbeddingFollowPyTorch() => Dialect.Verify(
        """
        import torch.nn.functional as F
        torch.manual_seed(0)
        x = torch.randn(1, 4, 5, 5, requires_grad=True)
        w = torch.randn(2, 4, 3, 3, requires_grad=True)
        y = F.conv2d(x, w, stride=(2, 1), padding=1)
        print(y.grad_fn, F.conv2d(x, w, None, 1, 'same').shape, F.conv_transpose2d(x, torch.randn(4, 2, 3, 3), stride=2, output_padding=1).shape)
        y.sum().backward()
        print(w.grad[0, 0])
        print(F.conv1d(torch.randn(1, 2, 6), torch.randn(3, 2, 2), dilation=2), F.conv_tbc(torch.randn(5, 1, 2), torch.randn(3, 2, 4), torch.randn(4), 1).shape)
        cols = F.unfold(x, 2, stride=2)
        print(cols.shape, F.fold(cols, (5, 5), 2, stride=2)[0, 0])
        print(F.pad(x, (1, 2), mode='reflect')[0, 0, 0], F.pad(x, (1, 1, 2, 0), value=7.0)[0, 0, :3], F.pad(x, (2, 2), 'circular')[0, 0, 0])
        print(F.pixel_shuffle(x, 2).shape, F.pixel_unshuffle(torch.arange(16.).reshape(1, 1, 4, 4), 2), F.channel_shuffle(torch.arange(4.).reshape(1, 4, 1, 1), 2).flatten())
        print(F.one_hot(torch.tensor([0, 2, 1])), F.linear(torch.ones(2, 3), torch.ones(4, 3), torch.zeros(4)))
        wt = torch.randn(6, 3, requires_grad=True)
        e = F.embedding(torch.tensor([[0, 2], [5, 2]]), wt, padding_idx=2)
        e.sum().backward()
        print(e, wt.grad)
        print(F.embedding(torch.tensor([1, 3]), wt.detach().clone(), max_norm=1.0))
        print(F.embedding_bag(torch.tensor([0, 1, 2, 5, 4]), wt, torch.tensor([0, 2]), mode='sum'))
        print(F.embedding_bag(torch.tensor([[0, 1], [2, 3]]), wt, mode='max'))
        for call in [lambda: F.embedding_bag(torch.tensor([0, 1]), wt), lambda: F.embedding_bag(torch.tensor([0, 1]), wt, torch.tensor([0]), mode='median'),
                     lambda: F.embedding_bag(torch.tensor([0, 1]), wt, torch.tensor([0]), per_sample_weights=torch.ones(2))]:
            try:
                call()
            except (ValueError, NotImplementedError) as err:
                print(type(err).__name__, err)
        try:
            F.pad(x, (1, 2, 3), mode='reflect')
        except RuntimeError as err:
            print(err)
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.randn([1, 4, 5, 5], requires_grad: true);
            var w = torch.randn([2, 4, 3, 3], requires_grad: true);
            var y = F.conv2d(x, w, stride: (2, 1), padding: 1);
            print(y.grad_fn, F.conv2d(x, w, null, 1, "same").shape, F.conv_transpose2d(x, torch.randn(4, 2, 3, 3), stride: 2, output_padding: 1).shape);
            y.sum().backward();
            print(w.grad![0, 0]);
            print(F.conv1d(torch.randn(1, 2, 6), torch.randn(3, 2, 2), dilation: 2), F.conv_tbc(torch.randn(5, 1, 2), torch.randn(3, 2, 4), torch.randn(4), 1).shape);
            var cols = F.unfold(x, 2, stride: 2);
            print(cols.shape, F.fold(cols, (5, 5), 2, stride: 2)[0, 0]);
            print(F.pad(x, [1, 2], mode: "reflect")[0, 0, 0], F.pad(x, [1, 1, 2, 0], value: 7.0)[0, 0, ..3], F.pad(x, [2, 2], "circular")[0, 0, 0]);
            print(F.pixel_shuffle(x, 2).shape, F.pixel_unshuffle(torch.arange(16.0).reshape(1, 1, 4, 4), 2),
                F.channel_shuffle(torch.arange(4.0).reshape(1, 4, 1, 1), 2).flatten());
            print(F.one_hot(torch.tensor(new long[] { 0, 2, 1 })), F.linear(torch.ones(2, 3), torch.ones(4, 3), torch.zeros(4)));
            var wt = torch.randn([6, 3], requires_grad: true);
            var e = F.embedding(torch.tensor(new long[,] { { 0, 2 }, { 5, 2 } }), wt, padding_idx: 2);
            e.sum().backward();
            print(e, wt.grad);
            print(F.embedding(torch.tensor(new long[] { 1, 3 }), wt.detach().clone(), max_norm: 1.0));
            print(F.embedding_bag(torch.tensor(new long[] { 0, 1, 2, 5, 4 }), wt, torch.tensor(new long[] { 0, 2 }), mode: "sum"));
            print(F.embedding_bag(torch.tensor(new long[,] { { 0, 1 }, { 2, 3 } }), wt, mode: "max"));
            Action[] calls =
            [
                () => F.embedding_bag(torch.tensor(new long[] { 0, 1 }), wt),
                () => F.embedding_bag(torch.tensor(new long[] { 0, 1 }), wt, torch.tensor(new long[] { 0 }), mode: "median"),
                () => F.embedding_bag(torch.tensor(new long[] { 0, 1 }), wt, torch.tensor(new long[] { 0 }), per_sample_weights: torch.ones(2)),
            ];
            foreach (var call in calls)
            {
                try
                {
                    call();
                }
                catch (TorchException err) when (err.Kind is TorchErrorKind.ValueError or TorchErrorKind.NotImplementedError)
                {
                    print(err.PythonTypeName, err.Message);
                }
            }
            try
            {
                F.pad(x, [1, 2, 3], mode: "reflect");
            }
            catch (TorchException err)
            {
                print(err.Message);
            }
        });
}
