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

    [Test]
    public void GaussianNllLossMatchesPyTorch() => new ParityCase("GaussianNLLLoss",
        """
        torch.manual_seed(1)
        mean = torch.randn(4, 3, requires_grad=True)
        target = torch.randn(4, 3)
        variances = [torch.rand(4, 3, requires_grad=True), torch.rand(4, requires_grad=True), torch.rand(4, 1, requires_grad=True),
                     torch.tensor([[0.0, 1e-8, 2.0]] * 4, requires_grad=True)]
        for loss_fn in [torch.nn.GaussianNLLLoss(), torch.nn.GaussianNLLLoss(full=True, reduction='sum'), torch.nn.GaussianNLLLoss(eps=0.1, reduction='none')]:
            for var in variances:
                loss = loss_fn(mean, target, var)
                loss.sum().backward()
                print(loss_fn, loss, mean.grad, var.grad)
                mean.grad = None
                var.grad = None
        def show(f):
            try:
                f()
            except Exception as e:
                print(type(e).__name__, e)
        show(lambda: torch.nn.GaussianNLLLoss()(mean, target, torch.ones(3)))
        show(lambda: torch.nn.GaussianNLLLoss()(mean, target, -torch.ones(4, 3)))
        show(lambda: torch.nn.GaussianNLLLoss(reduction='avg')(mean, target, torch.ones(4, 3)))
        """,
        o =>
        {
            Torch.ManualSeed(1);
            var mean = Torch.Randn([4, 3], requiresGrad: true);
            var target = Torch.Randn([4, 3]);
            var variances = new[]
            {
                Torch.Rand([4, 3], requiresGrad: true), Torch.Rand([4], requiresGrad: true), Torch.Rand([4, 1], requiresGrad: true),
                Torch.Tensor(new float[,] { { 0f, 1e-8f, 2f }, { 0f, 1e-8f, 2f }, { 0f, 1e-8f, 2f }, { 0f, 1e-8f, 2f } }).RequiresGrad_(),
            };
            foreach (var lossFn in new[] { new GaussianNLLLoss(), new GaussianNLLLoss(full: true, reduction: "sum"), new GaussianNLLLoss(eps: 0.1, reduction: "none") })
            {
                foreach (var var in variances)
                {
                    var loss = lossFn.Call(mean, target, var);
                    loss.Sum().Backward();
                    o.Print(lossFn.ToString(), loss, mean.Grad, var.Grad);
                    mean.Grad = null;
                    var.Grad = null;
                }
            }
            void Show(Action call) => ErrorText.Show(o, call);
            Show(() => new GaussianNLLLoss().Call(mean, target, Torch.Ones([3])));
            Show(() => new GaussianNLLLoss().Call(mean, target, -Torch.Ones([4, 3])));
            Show(() => new GaussianNLLLoss(reduction: "avg").Call(mean, target, Torch.Ones([4, 3])));
        }).Verify();
}
