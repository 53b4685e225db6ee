using TorchInterop.NN;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.NN;

/// <summary>More layers against torch.nn: initialization from the seed, repr, forward and gradients.</summary>
public class LayerTests
{
    [Test]
    public void MatchPyTorch() => new ParityCase("layers",
        """
        torch.manual_seed(0)
        layers = [torch.nn.LeakyReLU(), torch.nn.LeakyReLU(0.2), torch.nn.GELU(), torch.nn.GELU(approximate='tanh'),
                  torch.nn.Softmax(dim=1), torch.nn.LogSoftmax(dim=0), torch.nn.LayerNorm(4), torch.nn.LayerNorm([3, 4], eps=1e-3, elementwise_affine=False)]
        x = torch.randn(3, 4, requires_grad=True)
        for layer in layers:
            y = layer(x)
            (y * torch.arange(12.0).reshape(3, 4)).sum().backward()
            print(layer, y, x.grad)
            x.grad = None
        emb = torch.nn.Embedding(5, 3, padding_idx=1)
        print(emb, emb.weight)
        e = emb(torch.tensor([[0, 1], [4, 1]]))
        e.sum().backward()
        print(e, emb.weight.grad)
        print(torch.nn.Embedding(4, 2))
        """,
        o =>
        {
            Torch.ManualSeed(0);
            var layers = new Module<Tensor, Tensor>[]
            {
                new LeakyReLU(), new LeakyReLU(0.2), new GELU(), new GELU(approximate: "tanh"),
                new Softmax(dim: 1), new LogSoftmax(dim: 0), new LayerNorm(4), new LayerNorm([3, 4], eps: 1e-3, elementwiseAffine: false),
            };
            var x = Torch.Randn([3, 4], requiresGrad: true);
            foreach (var layer in layers)
            {
                var y = layer.Call(x);
                (y * Torch.Arange(12.0).Reshape(3, 4)).Sum().Backward();
                o.Print(layer.ToString(), y, x.Grad);
                x.Grad = null;
            }
            var emb = new Embedding(5, 3, paddingIdx: 1);
            o.Print(emb.ToString(), emb.Weight);
            var e = emb.Call(Torch.Tensor(new long[,] { { 0, 1 }, { 4, 1 } }));
            e.Sum().Backward();
            o.Print(e, emb.Weight.Grad);
            o.Print(new Embedding(4, 2).ToString());
        }).Verify();
}
