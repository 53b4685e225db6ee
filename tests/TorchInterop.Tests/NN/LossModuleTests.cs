using TorchInterop.NN;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.NN;

/// <summary>The loss modules against torch.nn's: values, gradients, repr and the weights kept as buffers.</summary>
public class LossModuleTests
{
    [Test]
    public void MatchPyTorch() => new ParityCase("loss modules",
        """
        torch.manual_seed(0)
        x = torch.randn(4, 3, requires_grad=True)
        p = torch.rand(4, 3)
        c = torch.tensor([0, 2, 1, 2])
        w = torch.tensor([1.0, 2.0, 0.5])
        losses = [(torch.nn.MSELoss(), p), (torch.nn.L1Loss(reduction='sum'), p), (torch.nn.SmoothL1Loss(beta=0.5), p),
                  (torch.nn.HuberLoss(delta=0.3), p), (torch.nn.KLDivLoss(reduction='batchmean'), p),
                  (torch.nn.CrossEntropyLoss(weight=w, label_smoothing=0.1), c), (torch.nn.NLLLoss(weight=w, reduction='sum'), c),
                  (torch.nn.BCEWithLogitsLoss(pos_weight=w), p)]
        for loss_fn, target in losses:
            loss = loss_fn(x, target)
            loss.backward()
            print(loss_fn, loss, list(loss_fn.state_dict().keys()))
            print(x.grad)
            x.grad = None
        bce = torch.nn.BCELoss(weight=w)
        print(bce, bce(torch.sigmoid(x), p))
        """,
        o =>
        {
            Torch.ManualSeed(0);
            var x = Torch.Randn([4, 3], requiresGrad: true);
            var p = Torch.Rand([4, 3]);
            var c = Torch.Tensor(new long[] { 0, 2, 1, 2 });
            var w = Torch.Tensor(new[] { 1.0f, 2.0f, 0.5f });
            var losses = new (Loss, Tensor)[]
            {
                (new MSELoss(), p), (new L1Loss(reduction: "sum"), p), (new SmoothL1Loss(beta: 0.5), p),
                (new HuberLoss(delta: 0.3), p), (new KLDivLoss(reduction: "batchmean"), p),
                (new CrossEntropyLoss(weight: w, labelSmoothing: 0.1), c), (new NLLLoss(weight: w, reduction: "sum"), c),
                (new BCEWithLogitsLoss(posWeight: w), p),
            };
            foreach (var (lossFn, target) in losses)
            {
                var loss = lossFn.Call(x, target);
                loss.Backward();
                o.Print(lossFn.ToString(), loss, "[" + string.Join(", ", lossFn.StateDict().Keys.Select(k => $"'{k}'")) + "]");
                o.Print(x.Grad);
                x.Grad = null;
            }
            var bce = new BCELoss(weight: w);
            o.Print(bce.ToString(), bce.Call(x.Sigmoid(), p));
        }).Verify();
}
