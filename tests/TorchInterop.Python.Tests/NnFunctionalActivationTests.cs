using static TorchInterop.Python.Builtins;
using F = TorchInterop.Python.torch.nn.functional;

namespace TorchInterop.Python.Tests;

/// <summary>nn.functional's activations, dropouts, normalizations, margin losses and distances, and their modules, against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class NnFunctionalActivationTests
{
    [Test]
    public void ActivationsValuesAndGradients() => Dialect.Verify(
        """
        import torch.nn.functional as F
        torch.manual_seed(0)
        x = torch.randn(2, 4, requires_grad=True)
        ys = [F.elu(x, 0.5), F.celu(x, 2.0), F.selu(x), F.glu(x), F.gelu(x, approximate='tanh'), F.hardshrink(x, 0.3),
              F.hardsigmoid(x), F.hardswish(x), F.hardtanh(x, -0.5, 0.5), F.leaky_relu(x, 0.2), F.logsigmoid(x), F.mish(x),
              F.prelu(x, torch.tensor([0.1, 0.2, 0.3, 0.4])), F.relu6(x * 4), F.silu(x), F.softmin(x, dim=1), F.softplus(x, 2, 1),
              F.softshrink(x, 0.2), F.softsign(x), F.tanhshrink(x), F.threshold(x, 0.1, 20), F.normalize(x, p=1.0, dim=0),
              F.rrelu(x)]
        for y in ys:
            print(y, y.grad_fn)
        sum(y.sum() for y in ys).backward()
        print(x.grad)
        z = torch.randn(2, 3)
        F.elu_(z); F.celu_(z); F.leaky_relu_(z, 0.3); F.hardtanh_(z); F.threshold_(z, 0.0, -1.0); F.relu_(z); F.selu_(z)
        print(z)
        torch.manual_seed(1)
        print(F.rrelu(torch.randn(3, 4), training=True))
        print(F.gumbel_softmax(torch.randn(2, 5), tau=0.5))
        print(F.gumbel_softmax(torch.randn(2, 5), hard=True))
        print(F.softmin(torch.randn(3)))
        print(F.tanh(torch.zeros(2)))
        F.glu(torch.tensor(1.0))
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.randn(2, 4, requires_grad: true);
            Tensor[] ys =
            [
                F.elu(x, 0.5), F.celu(x, 2.0), F.selu(x), F.glu(x), F.gelu(x, approximate: "tanh"), F.hardshrink(x, 0.3),
                F.hardsigmoid(x), F.hardswish(x), F.hardtanh(x, -0.5, 0.5), F.leaky_relu(x, 0.2), F.logsigmoid(x), F.mish(x),
                F.prelu(x, torch.tensor(new[] { 0.1f, 0.2f, 0.3f, 0.4f })), F.relu6(x * 4), F.silu(x), F.softmin(x, dim: 1), F.softplus(x, 2, 1),
                F.softshrink(x, 0.2), F.softsign(x), F.tanhshrink(x), F.threshold(x, 0.1, 20), F.normalize(x, p: 1.0, dim: 0),
                F.rrelu(x),
            ];
            foreach (var y in ys) print(y, y.grad_fn);
            var total = ys[0].sum();
            foreach (var y in ys[1..]) total = total + y.sum();
            total.backward();
            print(x.grad);
            var z = torch.randn(2, 3);
            F.elu_(z); F.celu_(z); F.leaky_relu_(z, 0.3); F.hardtanh_(z); F.threshold_(z, 0.0, -1.0); F.relu_(z); F.selu_(z);
            print(z);
            torch.manual_seed(1);
            print(F.rrelu(torch.randn(3, 4), training: true));
            print(F.gumbel_softmax(torch.randn(2, 5), tau: 0.5));
            print(F.gumbel_softmax(torch.randn(2, 5), hard: true));
            print(F.softmin(torch.randn(3)));
            print(F.tanh(torch.zeros(2)));
            F.glu(torch.tensor(1.0));
        });

    [Test]
    public void DropoutsAndNormalizations() => Dialect.Verify(
        """
        import torch.nn.functional as F
        torch.manual_seed(0)
        x = torch.randn(2, 3, 4, requires_grad=True)
        ys = [F.dropout(x, 0.3), F.dropout1d(x, 0.5), F.dropout2d(x.view(2, 3, 2, 2), 0.5), F.dropout3d(x.view(3, 2, 2, 2), 0.4),
              F.alpha_dropout(x, 0.2, training=True), F.feature_alpha_dropout(x, 0.5, training=True), F.dropout1d(x[0], 0.5),
              F.instance_norm(x), F.layer_norm(x, [3, 4]), F.group_norm(x, 3), F.local_response_norm(x, 2),
              F.local_response_norm(x.view(2, 3, 2, 2), 3, alpha=0.1, beta=0.5, k=2.0),
              F.batch_norm(x, torch.zeros(3), torch.ones(3), training=True)]
        for y in ys:
            print(y, y.grad_fn)
        sum(y.sum() for y in ys).backward()
        print(x.grad)
        for bad in [lambda: F.dropout(x, 1.5), lambda: F.dropout1d(torch.ones(2, 2, 2, 2)), lambda: F.local_response_norm(torch.ones(2, 2), 2),
                    lambda: F.instance_norm(torch.ones(2, 3, 1)), lambda: F.alpha_dropout(x, -0.1)]:
            try:
                bad()
            except (ValueError, RuntimeError) as e:
                print(type(e).__name__, e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.randn(2, 3, 4, requires_grad: true);
            Tensor[] ys =
            [
                F.dropout(x, 0.3), F.dropout1d(x, 0.5), F.dropout2d(x.view(2, 3, 2, 2), 0.5), F.dropout3d(x.view(3, 2, 2, 2), 0.4),
                F.alpha_dropout(x, 0.2, training: true), F.feature_alpha_dropout(x, 0.5, training: true), F.dropout1d(x[0], 0.5),
                F.instance_norm(x), F.layer_norm(x, [3, 4]), F.group_norm(x, 3), F.local_response_norm(x, 2),
                F.local_response_norm(x.view(2, 3, 2, 2), 3, alpha: 0.1, beta: 0.5, k: 2.0),
                F.batch_norm(x, torch.zeros(3), torch.ones(3), training: true),
            ];
            foreach (var y in ys) print(y, y.grad_fn);
            var total = ys[0].sum();
            foreach (var y in ys[1..]) total = total + y.sum();
            total.backward();
            print(x.grad);
            Action[] bads =
            [
                () => F.dropout(x, 1.5), () => F.dropout1d(torch.ones(2, 2, 2, 2)), () => F.local_response_norm(torch.ones(2, 2), 2),
                () => F.instance_norm(torch.ones(2, 3, 1)), () => F.alpha_dropout(x, -0.1),
            ];
            foreach (var bad in bads)
            {
                try { bad(); }
                catch (TorchException e) { print(e.PythonTypeName, e.Message); }
            }
        });

    [Test]
    public void LossesAndDistances() => Dialect.Verify(
        """
        import torch.nn.functional as F
        torch.manual_seed(0)
        a = torch.randn(4, 5, requires_grad=True)
        b = torch.randn(4, 5)
        c = torch.randn(4, 5)
        sign = torch.tensor([1.0, -1.0, 1.0, -1.0])
        cls = torch.tensor([1, 0, 4, 2])
        ml = torch.tensor([[3, 0, -1, 1, 1], [1, 2, 4, -1, 0], [0, -1, 0, 0, 0], [4, 3, 2, 1, 0]])
        lp = torch.randn(6, 4, 5).log_softmax(2).detach().requires_grad_()
        ys = [F.cosine_embedding_loss(a, b, sign, margin=0.2), F.hinge_embedding_loss(a, torch.sign(b), reduction='sum'),
              F.margin_ranking_loss(a[:, 0], b[:, 0], sign, margin=0.1), F.multi_margin_loss(a, cls, p=2, weight=torch.rand(5)),
              F.multilabel_margin_loss(a, ml), F.multilabel_soft_margin_loss(a, (b > 0).float(), weight=torch.rand(5)),
              F.poisson_nll_loss(a, b.abs()), F.poisson_nll_loss(a.exp(), b.abs(), log_input=False, full=True, reduction='none'),
              F.soft_margin_loss(a, torch.sign(b)), F.triplet_margin_loss(a, b, c, margin=0.5, p=1, swap=True),
              F.triplet_margin_with_distance_loss(a, b, c, distance_function=lambda x, y: 1.0 - F.cosine_similarity(x, y), swap=True),
              F.triplet_margin_with_distance_loss(a, b, c, reduction='none'),
              F.cosine_similarity(a, b), F.pairwise_distance(a, b, p=3.0, keepdim=True), F.pdist(a),
              F.ctc_loss(lp, torch.tensor([[1, 2], [3, 3], [2, 4], [1, 1]]), torch.tensor([6, 5, 6, 4]), torch.tensor([2, 2, 1, 2])),
              F.ctc_loss(lp, torch.tensor([1, 2, 3, 3, 2, 1, 1]), [6, 5, 6, 4], [2, 2, 1, 2], reduction='sum', zero_infinity=True),
              F.soft_margin_loss(a, torch.sign(b), size_average=False), F.hinge_embedding_loss(a, torch.sign(b), reduce=False)]
        for y in ys:
            print(y, y.grad_fn)
        sum(y.sum() for y in ys).backward()
        print(a.grad, lp.grad.sum())
        for bad in [lambda: F.multi_margin_loss(a, cls, p=3), lambda: F.margin_ranking_loss(a, b[:, 0], sign),
                    lambda: F.poisson_nll_loss(a, b, reduction='avg'), lambda: F.multilabel_soft_margin_loss(a, b, reduction='x'),
                    lambda: F.multi_margin_loss(a, cls, weight=torch.ones(1, 5)), lambda: F.soft_margin_loss(a, b, reduction='bad')]:
            try:
                bad()
            except (ValueError, RuntimeError) as e:
                print(type(e).__name__, e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var a = torch.randn(4, 5, requires_grad: true);
            var b = torch.randn(4, 5);
            var c = torch.randn(4, 5);
            var sign = torch.tensor(new[] { 1.0f, -1.0f, 1.0f, -1.0f });
            var cls = torch.tensor(new long[] { 1, 0, 4, 2 });
            var ml = torch.tensor(new long[,] { { 3, 0, -1, 1, 1 }, { 1, 2, 4, -1, 0 }, { 0, -1, 0, 0, 0 }, { 4, 3, 2, 1, 0 } });
            var lp = torch.randn(6, 4, 5).log_softmax(2).detach().requires_grad_();
            Tensor[] ys =
            [
                F.cosine_embedding_loss(a, b, sign, margin: 0.2), F.hinge_embedding_loss(a, torch.sign(b), reduction: "sum"),
                F.margin_ranking_loss(a[.., 0], b[.., 0], sign, margin: 0.1), F.multi_margin_loss(a, cls, p: 2, weight: torch.rand(5)),
                F.multilabel_margin_loss(a, ml), F.multilabel_soft_margin_loss(a, (b > 0).@float(), weight: torch.rand(5)),
                F.poisson_nll_loss(a, b.abs()), F.poisson_nll_loss(a.exp(), b.abs(), log_input: false, full: true, reduction: "none"),
                F.soft_margin_loss(a, torch.sign(b)), F.triplet_margin_loss(a, b, c, margin: 0.5, p: 1, swap: true),
                F.triplet_margin_with_distance_loss(a, b, c, distance_function: (x, y) => 1.0 - F.cosine_similarity(x, y), swap: true),
                F.triplet_margin_with_distance_loss(a, b, c, reduction: "none"),
                F.cosine_similarity(a, b), F.pairwise_distance(a, b, p: 3.0, keepdim: true), F.pdist(a),
                F.ctc_loss(lp, torch.tensor(new long[,] { { 1, 2 }, { 3, 3 }, { 2, 4 }, { 1, 1 } }), torch.tensor(new long[] { 6, 5, 6, 4 }), torch.tensor(new long[] { 2, 2, 1, 2 })),
                F.ctc_loss(lp, torch.tensor(new long[] { 1, 2, 3, 3, 2, 1, 1 }), [6, 5, 6, 4], [2, 2, 1, 2], reduction: "sum", zero_infinity: true),
                F.soft_margin_loss(a, torch.sign(b), size_average: false), F.hinge_embedding_loss(a, torch.sign(b), reduce: false),
            ];
            foreach (var y in ys) print(y, y.grad_fn);
            var total = ys[0].sum();
            foreach (var y in ys[1..]) total = total + y.sum();
            total.backward();
            print(a.grad, lp.grad!.sum());
            Action[] bads =
            [
                () => F.multi_margin_loss(a, cls, p: 3), () => F.margin_ranking_loss(a, b[.., 0], sign),
                () => F.poisson_nll_loss(a, b, reduction: "avg"), () => F.multilabel_soft_margin_loss(a, b, reduction: "x"),
                () => F.multi_margin_loss(a, cls, weight: torch.ones(1, 5)), () => F.soft_margin_loss(a, b, reduction: "bad"),
            ];
            foreach (var bad in bads)
            {
                try { bad(); }
                catch (TorchException e) { print(e.PythonTypeName, e.Message); }
            }
        });

    [Test]
    public void ModulesReprsAndForward() => Dialect.Verify(
        """
        from torch import nn
        torch.manual_seed(0)
        mods = [nn.CELU(0.5), nn.SELU(inplace=True), nn.GLU(0), nn.Hardshrink(), nn.Hardsigmoid(), nn.Hardtanh(-2.0, 2.0),
                nn.LogSigmoid(), nn.Mish(), nn.PReLU(3, 0.1), nn.ReLU6(), nn.RReLU(0.1, 0.3), nn.SiLU(), nn.Softmin(1),
                nn.Softmax2d(), nn.Softplus(), nn.Softplus(2, 10.5), nn.Softshrink(0.25), nn.Softsign(), nn.Tanhshrink(),
                nn.Threshold(0.1, 20), nn.Dropout1d(0.2), nn.Dropout2d(), nn.Dropout3d(0.1, True), nn.AlphaDropout(0.3),
                nn.FeatureAlphaDropout(), nn.InstanceNorm1d(3), nn.InstanceNorm2d(4, affine=True), nn.InstanceNorm3d(2, momentum=None, track_running_stats=True),
                nn.LocalResponseNorm(3), nn.CTCLoss(blank=1), nn.CosineEmbeddingLoss(0.5), nn.HingeEmbeddingLoss(),
                nn.MarginRankingLoss(), nn.MultiMarginLoss(), nn.MultiLabelMarginLoss(), nn.MultiLabelSoftMarginLoss(),
                nn.PoissonNLLLoss(), nn.SoftMarginLoss(), nn.TripletMarginLoss(), nn.TripletMarginWithDistanceLoss(),
                nn.PairwiseDistance(), nn.CosineSimilarity()]
        for m in mods:
            print(m)
        x = torch.randn(2, 3, 4, 4)
        for m in mods[:15]:
            if not isinstance(m, nn.SELU):
                print(m(x).sum())
        print(nn.PReLU(3).weight, *nn.InstanceNorm2d(3, affine=True).state_dict())
        inorm = nn.InstanceNorm1d(3, track_running_stats=True)
        print(inorm(torch.randn(3, 5)), inorm.running_mean)
        inorm.eval()
        print(inorm(torch.randn(2, 3, 5)))
        print(nn.TripletMarginLoss(swap=True)(x[0], x[1], x[0] * 2), nn.PairwiseDistance(1.0)(x[0, 0], x[1, 0]), nn.CosineSimilarity(0)(x[0], x[1]).shape)
        print(nn.MarginRankingLoss(0.1)(x[0, 0, 0], x[1, 0, 0], torch.tensor([1.0, -1.0, 1.0, 1.0])))
        for bad in [lambda: nn.Dropout2d(2.0), lambda: nn.MultiMarginLoss(p=3), lambda: nn.InstanceNorm1d(3)(torch.ones(3))]:
            try:
                bad()
            except ValueError as e:
                print(type(e).__name__, e)
        """,
        () =>
        {
            torch.manual_seed(0);
            NN.Module[] mods =
            [
                torch.nn.CELU(0.5), torch.nn.SELU(inplace: true), torch.nn.GLU(0), torch.nn.Hardshrink(), torch.nn.Hardsigmoid(), torch.nn.Hardtanh(-2.0, 2.0),
                torch.nn.LogSigmoid(), torch.nn.Mish(), torch.nn.PReLU(3, 0.1), torch.nn.ReLU6(), torch.nn.RReLU(0.1, 0.3), torch.nn.SiLU(), torch.nn.Softmin(1),
                torch.nn.Softmax2d(), torch.nn.Softplus(), torch.nn.Softplus(2, 10.5), torch.nn.Softshrink(0.25), torch.nn.Softsign(), torch.nn.Tanhshrink(),
                torch.nn.Threshold(0.1, 20), torch.nn.Dropout1d(0.2), torch.nn.Dropout2d(), torch.nn.Dropout3d(0.1, true), torch.nn.AlphaDropout(0.3),
                torch.nn.FeatureAlphaDropout(), torch.nn.InstanceNorm1d(3), torch.nn.InstanceNorm2d(4, affine: true), torch.nn.InstanceNorm3d(2, momentum: null, track_running_stats: true),
                torch.nn.LocalResponseNorm(3), torch.nn.CTCLoss(blank: 1), torch.nn.CosineEmbeddingLoss(0.5), torch.nn.HingeEmbeddingLoss(),
                torch.nn.MarginRankingLoss(), torch.nn.MultiMarginLoss(), torch.nn.MultiLabelMarginLoss(), torch.nn.MultiLabelSoftMarginLoss(),
                torch.nn.PoissonNLLLoss(), torch.nn.SoftMarginLoss(), torch.nn.TripletMarginLoss(), torch.nn.TripletMarginWithDistanceLoss(),
                torch.nn.PairwiseDistance(), torch.nn.CosineSimilarity(),
            ];
            foreach (var m in mods) print(m);
            var x = torch.randn(2, 3, 4, 4);
            foreach (var m in mods[..15])
                if (m is not NN.SELU) print(((NN.Module<Tensor, Tensor>)m).forward(x).sum());
            print(torch.nn.PReLU(3).weight, string.Join(" ", torch.nn.InstanceNorm2d(3, affine: true).state_dict().Keys));
            var inorm = torch.nn.InstanceNorm1d(3, track_running_stats: true);
            print(inorm.forward(torch.randn(3, 5)), inorm.running_mean);
            inorm.eval();
            print(inorm.forward(torch.randn(2, 3, 5)));
            print(torch.nn.TripletMarginLoss(swap: true).forward(x[0], x[1], x[0] * 2), torch.nn.PairwiseDistance(1.0).forward(x[0, 0], x[1, 0]),
                torch.nn.CosineSimilarity(0).forward(x[0], x[1]).shape);
            print(torch.nn.MarginRankingLoss(0.1).forward(x[0, 0, 0], x[1, 0, 0], torch.tensor(new[] { 1.0f, -1.0f, 1.0f, 1.0f })));
            Action[] bads = [() => torch.nn.Dropout2d(2.0), () => torch.nn.MultiMarginLoss(p: 3), () => torch.nn.InstanceNorm1d(3).forward(torch.ones(3))];
            foreach (var bad in bads)
            {
                try { bad(); }
                catch (TorchException e) { print(e.PythonTypeName, e.Message); }
            }
        });
}
