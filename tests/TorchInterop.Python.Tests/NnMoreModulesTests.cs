using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>EmbeddingBag, NLLLoss2d and the loss modules' legacy size_average/reduce arguments, against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class NnMoreModulesTests
{
    [Test]
    public void EmbeddingBagFollowsPyTorch() => Dialect.Verify(
        """
        from torch import nn
        torch.manual_seed(0)
        bags = [nn.EmbeddingBag(10, 3), nn.EmbeddingBag(10, 3, mode='sum', padding_idx=-2), nn.EmbeddingBag(10, 3, max_norm=1.0, norm_type=3.0, mode='max', scale_grad_by_freq=True)]
        print(bags, bags[1].weight[8])
        inp = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])
        offsets = torch.tensor([0, 4])
        for b in bags:
            out = b(inp, offsets)
            out.sum().backward()
            print(out, b.weight.grad)
        print(bags[1](torch.tensor([[1, 8], [3, 4]]), per_sample_weights=torch.tensor([[1.0, 2.0], [0.5, 0.25]])))
        pre = nn.EmbeddingBag.from_pretrained(torch.arange(12.0).reshape(4, 3), mode='sum', include_last_offset=True)
        print(pre, pre.weight.requires_grad, pre(torch.tensor([0, 1, 2, 3]), torch.tensor([0, 1, 4])))
        for bad in [lambda: nn.EmbeddingBag(3, 2, padding_idx=3), lambda: nn.EmbeddingBag.from_pretrained(torch.ones(3))]:
            try:
                bad()
            except AssertionError as e:
                print(type(e).__name__, e)
        """,
        () =>
        {
            torch.manual_seed(0);
            NN.EmbeddingBag[] bags = [torch.nn.EmbeddingBag(10, 3), torch.nn.EmbeddingBag(10, 3, mode: "sum", padding_idx: -2),
                torch.nn.EmbeddingBag(10, 3, max_norm: 1.0, norm_type: 3.0, mode: "max", scale_grad_by_freq: true)];
            print(bags.ToList(), bags[1].weight![8]);
            var inp = torch.tensor(new long[] { 1, 2, 4, 5, 4, 3, 2, 9 });
            var offsets = torch.tensor(new long[] { 0, 4 });
            foreach (var b in bags)
            {
                var output = b.forward(inp, offsets);
                output.sum().backward();
                print(output, b.weight!.grad);
            }
            print(bags[1].forward(torch.tensor(new long[,] { { 1, 8 }, { 3, 4 } }), per_sample_weights: torch.tensor(new[,] { { 1.0f, 2.0f }, { 0.5f, 0.25f } })));
            var pre = NN.EmbeddingBag.FromPretrained(torch.arange(12.0).reshape(4, 3), mode: "sum", includeLastOffset: true);
            print(pre, pre.weight!.requires_grad, pre.forward(torch.tensor(new long[] { 0, 1, 2, 3 }), torch.tensor(new long[] { 0, 1, 4 })));
            Action[] bad = [() => torch.nn.EmbeddingBag(3, 2, padding_idx: 3), () => NN.EmbeddingBag.FromPretrained(torch.ones(3))];
            foreach (var b in bad)
            {
                try { b(); }
                catch (TorchException e) { print(e.PythonTypeName, e.Message); }
            }
        });

    [Test]
    public void LossModulesTakeTheLegacyReductionArguments() => Dialect.Verify(
        """
        import warnings
        from torch import nn
        torch.manual_seed(0)
        x, t = torch.randn(3, 4), torch.randn(3, 4)
        logits, labels = torch.randn(3, 4), torch.tensor([0, 3, 1])
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            print(nn.MSELoss(size_average=False)(x, t), nn.L1Loss(reduce=False)(x, t).shape, nn.SmoothL1Loss(False, True)(x, t))
            print(nn.CrossEntropyLoss(size_average=False)(logits, labels), nn.NLLLoss(None, False)(logits, labels), nn.KLDivLoss(reduce=False)(x, t).shape)
            print(nn.BCEWithLogitsLoss(size_average=True, reduce=True)(x, t.sigmoid()), nn.SoftMarginLoss(reduce=False)(x, t.sign()).shape)
            print(nn.MultiMarginLoss(size_average=False)(logits, labels), nn.TripletMarginLoss(size_average=False)(x, t, x * 2))
            print(nn.NLLLoss2d()(logits, labels), nn.NLLLoss2d(size_average=False)(logits, labels))
            print(nn.MSELoss()(x, t), nn.CosineEmbeddingLoss(0.1, False)(x, t, torch.tensor([1, -1, 1])))
        print(len(w))
        for m in w:
            print(m.category.__name__, m.message)
        """,
        () =>
        {
            torch.manual_seed(0);
            var (x, t) = (torch.randn(3, 4), torch.randn(3, 4));
            var (logits, labels) = (torch.randn(3, 4), torch.tensor(new long[] { 0, 3, 1 }));
            using var w = warnings.catch_warnings(record: true);
            print(torch.nn.MSELoss(size_average: false).forward(x, t), torch.nn.L1Loss(reduce: false).forward(x, t).shape, torch.nn.SmoothL1Loss(false, true).forward(x, t));
            print(torch.nn.CrossEntropyLoss(size_average: false).forward(logits, labels), torch.nn.NLLLoss(null, false).forward(logits, labels),
                torch.nn.KLDivLoss(reduce: false).forward(x, t).shape);
            print(torch.nn.BCEWithLogitsLoss(size_average: true, reduce: true).forward(x, t.sigmoid()), torch.nn.SoftMarginLoss(reduce: false).forward(x, t.sign()).shape);
            print(torch.nn.MultiMarginLoss(size_average: false).forward(logits, labels), torch.nn.TripletMarginLoss(size_average: false).forward(x, t, x * 2));
            print(torch.nn.NLLLoss2d().forward(logits, labels), torch.nn.NLLLoss2d(size_average: false).forward(logits, labels));
            print(torch.nn.MSELoss().forward(x, t), torch.nn.CosineEmbeddingLoss(0.1, false).forward(x, t, torch.tensor(new long[] { 1, -1, 1 })));
            print(len(w));
            foreach (var m in w) print(m.category.__name__, m.message);
        });
}
