using TorchInterop.NN;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.NN;

/// <summary>Convolutions against torch.nn: initialization from the seed, repr, forward and gradients, errors.</summary>
public class ConvolutionTests
{
    private static IEnumerable<ParityCase> Cases()
    {
        yield return new("Conv2d: configurations",
            """
            torch.manual_seed(0)
            convs = [torch.nn.Conv2d(2, 3, 3), torch.nn.Conv2d(2, 4, (3, 2), stride=(2, 1), padding=(1, 2), bias=False),
                     torch.nn.Conv2d(4, 4, 3, padding=2, dilation=2, groups=2), torch.nn.Conv2d(2, 2, 3, padding='same', padding_mode='reflect'),
                     torch.nn.Conv2d(2, 3, 2, padding=1, padding_mode='replicate'), torch.nn.Conv2d(2, 3, 3, padding=1, padding_mode='circular'),
                     torch.nn.Conv2d(2, 2, (2, 3), padding='valid')]
            for conv in convs:
                x = torch.linspace(-1, 1, conv.in_channels * 30).reshape(1, conv.in_channels, 5, 6).requires_grad_()
                y = conv(x)
                (y * y).sum().backward()
                print(conv, conv.weight, conv.bias, y, x.grad, conv.weight.grad, conv.bias.grad if conv.bias is not None else None)
            """,
            o =>
            {
                Torch.ManualSeed(0);
                var convs = new Conv2d[]
                {
                    new(2, 3, 3), new(2, 4, [3, 2], stride: [2, 1], padding: [1, 2], bias: false),
                    new(4, 4, 3, padding: 2, dilation: 2, groups: 2), new(2, 2, [3], "same", paddingMode: "reflect"),
                    new(2, 3, 2, padding: 1, paddingMode: "replicate"), new(2, 3, 3, padding: 1, paddingMode: "circular"),
                    new(2, 2, [2, 3], "valid"),
                };
                foreach (var conv in convs)
                {
                    var x = Torch.Linspace(-1, 1, conv.InChannels * 30).Reshape(1, conv.InChannels, 5, 6).RequiresGrad_();
                    var y = conv.Call(x);
                    (y * y).Sum().Backward();
                    o.Print(conv.ToString(), conv.Weight, conv.Bias, y, x.Grad, conv.Weight.Grad, conv.Bias?.Grad);
                }
            });
        yield return new("Conv1d and ConvTranspose2d",
            """
            torch.manual_seed(1)
            c1 = torch.nn.Conv1d(2, 3, 3, stride=2, padding=1)
            c2 = torch.nn.Conv1d(3, 3, 2, padding='same', dilation=2, bias=False)
            x = torch.linspace(-2, 2, 14).reshape(2, 7).requires_grad_()
            y = c2(c1(x))
            y.sum().backward()
            print(c1, c2, c1.weight, y, x.grad, c1.weight.grad, c2.weight.grad)
            t = torch.nn.ConvTranspose2d(2, 4, 3, stride=2, padding=1, output_padding=1, groups=2)
            t2 = torch.nn.ConvTranspose2d(2, 1, (2, 3), stride=(2, 1), dilation=(1, 2), bias=False)
            z = torch.linspace(0, 1, 18).reshape(1, 2, 3, 3).requires_grad_()
            u = t(z)
            v = t2(z, output_size=[7, 7])
            (u.sum() + (v * v).sum()).backward()
            print(t, t2, t.weight, t.bias, u, v, z.grad, t.weight.grad, t2.weight.grad)
            print(t(z, output_size=[1, 4, 5, 6]).shape)
            """,
            o =>
            {
                Torch.ManualSeed(1);
                var c1 = new Conv1d(2, 3, 3, stride: 2, padding: 1);
                var c2 = new Conv1d(3, 3, 2, "same", dilation: 2, bias: false);
                var x = Torch.Linspace(-2, 2, 14).Reshape(2, 7).RequiresGrad_();
                var y = c2.Call(c1.Call(x));
                y.Sum().Backward();
                o.Print(c1.ToString(), c2.ToString(), c1.Weight, y, x.Grad, c1.Weight.Grad, c2.Weight.Grad);
                var t = new ConvTranspose2d(2, 4, 3, stride: 2, padding: 1, outputPadding: 1, groups: 2);
                var t2 = new ConvTranspose2d(2, 1, [2, 3], stride: [2, 1], dilation: [1, 2], bias: false);
                var z = Torch.Linspace(0, 1, 18).Reshape(1, 2, 3, 3).RequiresGrad_();
                var u = t.Call(z);
                var v = t2.Forward(z, outputSize: [7, 7]);
                (u.Sum() + (v * v).Sum()).Backward();
                o.Print(t.ToString(), t2.ToString(), t.Weight, t.Bias, u, v, z.Grad, t.Weight.Grad, t2.Weight.Grad);
                o.Print(t.Forward(z, outputSize: [1, 4, 5, 6]).Shape);
            });
        yield return new("convolution errors",
            """
            def show(f):
                try:
                    f()
                except Exception as e:
                    print(type(e).__name__, str(e).split('\n')[0])
            show(lambda: torch.nn.Conv2d(3, 4, 3)(torch.ones(1, 2, 5, 5)))
            show(lambda: torch.nn.Conv2d(3, 4, 3)(torch.ones(1, 3, 2, 2)))
            show(lambda: torch.nn.Conv2d(3, 4, 3, groups=2))
            show(lambda: torch.nn.Conv2d(4, 3, 3, groups=2))
            show(lambda: torch.nn.Conv2d(4, 4, 3, groups=0))
            show(lambda: torch.nn.Conv2d(4, 4, 3, stride=2, padding='same'))
            show(lambda: torch.nn.ConvTranspose2d(2, 2, 3, stride=2)(torch.ones(1, 2, 3, 3), output_size=[9, 9]))
            show(lambda: torch.nn.ConvTranspose2d(2, 2, 3, stride=2)(torch.ones(1, 2, 3, 3), output_size=[9]))
            """,
            o =>
            {
                void Show(Action call) => ErrorText.Show(o, call);
                Show(() => new Conv2d(3, 4, 3).Call(Torch.Ones([1, 2, 5, 5])));
                Show(() => new Conv2d(3, 4, 3).Call(Torch.Ones([1, 3, 2, 2])));
                Show(() => _ = new Conv2d(3, 4, 3, groups: 2));
                Show(() => _ = new Conv2d(4, 3, 3, groups: 2));
                Show(() => _ = new Conv2d(4, 4, 3, groups: 0));
                Show(() => _ = new Conv2d(4, 4, [3], "same", stride: [2]));
                Show(() => new ConvTranspose2d(2, 2, 3, stride: 2).Forward(Torch.Ones([1, 2, 3, 3]), [9, 9]));
                Show(() => new ConvTranspose2d(2, 2, 3, stride: 2).Forward(Torch.Ones([1, 2, 3, 3]), [9]));
            });
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();

    [Test]
    public void RejectsBadArguments()
    {
        Assert.That(() => new Conv2d(2, 2, [3], "full"), Throws.ArgumentException.With.Message.StartsWith("Invalid padding string 'full', should be one of"));
        Assert.That(() => new Conv2d(2, 2, 3, paddingMode: "mirror"), Throws.ArgumentException.With.Message.StartsWith("padding_mode must be one of"));
        Assert.That(() => new ConvTranspose2d(2, 2, 3, paddingMode: "reflect"), Throws.ArgumentException.With.Message.StartsWith("Only \"zeros\" padding mode is supported for ConvTranspose2d"));
        Assert.That(() => new Conv2d(2, 2, [3, 3, 3]), Throws.ArgumentException);
        Assert.That(() => new Conv2d(2, 2, 3).Call(null!), Throws.ArgumentNullException);
    }
}
