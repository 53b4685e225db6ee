using TorchInterop.NN;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.NN;

/// <summary>Pooling layers against torch.nn: repr, forward and gradients.</summary>
public class PoolingTests
{
    [Test]
    public void MatchPyTorch() => new ParityCase("pooling",
        """
        torch.manual_seed(0)
        x = torch.randn(1, 2, 5, 5, requires_grad=True)
        for layer in [torch.nn.MaxPool2d(2), torch.nn.MaxPool2d(3, stride=1, padding=1, ceil_mode=True), torch.nn.AvgPool2d(2),
                      torch.nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=False), torch.nn.AdaptiveAvgPool2d(1),
                      torch.nn.AdaptiveAvgPool2d((2, 3))]:
            y = layer(x)
            (y * y).sum().backward()
            print(layer, y, x.grad)
            x.grad = None
        """,
        o =>
        {
            Torch.ManualSeed(0);
            var x = Torch.Randn([1, 2, 5, 5], requiresGrad: true);
            foreach (var layer in new Module<Tensor, Tensor>[]
            {
                new MaxPool2d(2), new MaxPool2d(3, stride: 1, padding: 1, ceilMode: true), new AvgPool2d(2),
                new AvgPool2d(3, stride: 2, padding: 1, countIncludePad: false), new AdaptiveAvgPool2d(1), new AdaptiveAvgPool2d(2, 3),
            })
            {
                var y = layer.Call(x);
                (y * y).Sum().Backward();
                o.Print(layer.ToString(), y, x.Grad);
                x.Grad = null;
            }
        }).Verify();
}
