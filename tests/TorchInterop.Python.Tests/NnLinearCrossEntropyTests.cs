#if LIBTORCH_2
using TorchInterop.NN;
using static TorchInterop.Python.Builtins;
using F = TorchInterop.Python.torch.nn.functional;

namespace TorchInterop.Python.Tests;

/// <summary>PyTorch 2.x's linear_cross_entropy, LinearCrossEntropyLoss and its options, grouped/scaled mm, and the causal hint, against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class NnLinearCrossEntropyTests
{
    [SetUp]
    public void RequireTwo()
    {
        if (!LibTorch.IsAtLeast(2)) Assert.Ignore("2.x only");
    }

    [Test]
    public void LinearCrossEntropyReferenceChunkedOptionsAndMessagesFollowPyTorch() => Dialect.Verify(
        """
        import warnings
        import torch.nn.functional as F
        from torch import nn
        torch.manual_seed(0)
        x = torch.randn(6, 4, requires_grad=True)
        w = torch.randn(5, 4, requires_grad=True)
        t = torch.randint(0, 5, (6,))
        r = F.linear_cross_entropy(x, w, t)
        print(r, F.linear_cross_entropy(x, w, t, reduction='none', ignore_index=2))
        r.backward()
        print(x.grad, w.grad)
        o = nn.LinearCrossEntropyOptions()
        print(o, o._adjust(6, 4, 5, torch.float32), nn.LinearCrossEntropyOptions(batch_chunk_size=2, acc_policy='accurate')._adjust(6, 4, 5, torch.float32))
        x.grad = None
        c = F.linear_cross_entropy(x, w, t, options=o)
        print(c)
        c.backward()
        print(x.grad)
        try:
            c.backward()
        except RuntimeError as e:
            print(e)
        n = F.linear_cross_entropy(x[0], w, t[0], reduction='none', options=nn.LinearCrossEntropyOptions(batch_chunk_size=1))
        print(n.grad_fn)
        wk = torch.randn(5, 3, 4)
        tk = torch.randint(0, 5, (6, 3))
        with warnings.catch_warnings(record=True) as ws:
            warnings.simplefilter('always')
            print(F.linear_cross_entropy(x, wk, tk, linear_bias=torch.zeros(5, 3), options=o))
        print([str(m.message) for m in ws])
        p = torch.randn(6, 5).softmax(1)
        print(F.linear_cross_entropy(x, w, p, weight=torch.rand(5), label_smoothing=0.1))
        torch.manual_seed(1)
        loss = nn.LinearCrossEntropyLoss(4, 3, out_features=(2,), bias=True, ignore_index=1)
        print(loss, loss(x, torch.randint(0, 3, (6, 2))))
        print(nn.LinearCrossEntropyLoss(4, 3, options=nn.LinearCrossEntropyOptions(chunking_method='aspect_ratio:2', acc_dtype=torch.float32)))
        for call in [lambda: F.linear_cross_entropy(torch.randn(2, 2, 4), w, t), lambda: F.linear_cross_entropy(x, torch.randn(4), t),
                     lambda: F.linear_cross_entropy(x, torch.randn(5, 3), t), lambda: F.linear_cross_entropy(x, w, t, linear_bias=torch.zeros(4)),
                     lambda: F.linear_cross_entropy(x[0], wk, t[0]), lambda: F.linear_cross_entropy(x, w, p, ignore_index=0),
                     lambda: F.linear_cross_entropy(x, w, t, options=nn.LinearCrossEntropyOptions(acc_dtype=torch.float64)),
                     lambda: F.linear_cross_entropy(x, w, t, options=nn.LinearCrossEntropyOptions(batch_chunk_size=4, chunking_method='aspect_ratio')),
                     lambda: nn.LinearCrossEntropyOptions(acc_policy='fast'), lambda: nn.LinearCrossEntropyOptions(chunking_method='aspect_ratio:0'),
                     lambda: nn.LinearCrossEntropyOptions(batch_chunk_size=0), lambda: nn.LinearCrossEntropyOptions(acc_dtype=torch.int32),
                     lambda: nn.LinearCrossEntropyLoss(4, 3, weight=torch.ones(2)), lambda: nn.LinearCrossEntropyLoss(4, 3, label_smoothing=1.5)]:
            try:
                call()
            except (RuntimeError, ValueError) as e:
                print(type(e).__name__, e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.randn([6, 4], requires_grad: true);
            var w = torch.randn([5, 4], requires_grad: true);
            var t = torch.randint(0, 5, [6]);
            var r = F.linear_cross_entropy(x, w, t);
            print(r, F.linear_cross_entropy(x, w, t, reduction: "none", ignore_index: 2));
            r.backward();
            print(x.grad, w.grad);
            var o = torch.nn.LinearCrossEntropyOptions();
            print(o, o._adjust(6, 4, 5, torch.float32), torch.nn.LinearCrossEntropyOptions(batch_chunk_size: 2, acc_policy: "accurate")._adjust(6, 4, 5, torch.float32));
            x.grad = null;
            var c = F.linear_cross_entropy(x, w, t, options: o);
            print(c);
            c.backward();
            print(x.grad);
            try { c.backward(); }
            catch (TorchException e) { print(e.Message); }
            var n = F.linear_cross_entropy(x[0], w, t[0], reduction: "none", options: torch.nn.LinearCrossEntropyOptions(batch_chunk_size: 1));
            print(n.grad_fn);
            var wk = torch.randn(5, 3, 4);
            var tk = torch.randint(0, 5, [6, 3]);
            using (var ws = warnings.catch_warnings(record: true))
            {
                print(F.linear_cross_entropy(x, wk, tk, linear_bias: torch.zeros(5, 3), options: o));
                print(ws.Select(m => m.message).ToList());
            }
            var p = torch.randn(6, 5).softmax(1);
            print(F.linear_cross_entropy(x, w, p, weight: torch.rand(5), label_smoothing: 0.1));
            torch.manual_seed(1);
            var loss = torch.nn.LinearCrossEntropyLoss(4, 3, out_features: [2], bias: true, ignore_index: 1);
            print(loss, loss.Call(x, torch.randint(0, 3, [6, 2])));
            print(torch.nn.LinearCrossEntropyLoss(4, 3, options: torch.nn.LinearCrossEntropyOptions(chunking_method: "aspect_ratio:2", acc_dtype: torch.float32)));
            Action[] calls =
            [
                () => F.linear_cross_entropy(torch.randn(2, 2, 4), w, t), () => F.linear_cross_entropy(x, torch.randn(4), t),
                () => F.linear_cross_entropy(x, torch.randn(5, 3), t), () => F.linear_cross_entropy(x, w, t, linear_bias: torch.zeros(4)),
                () => F.linear_cross_entropy(x[0], wk, t[0]), () => F.linear_cross_entropy(x, w, p, ignore_index: 0),
                () => F.linear_cross_entropy(x, w, t, options: torch.nn.LinearCrossEntropyOptions(acc_dtype: torch.float64)),
                () => F.linear_cross_entropy(x, w, t, options: torch.nn.LinearCrossEntropyOptions(batch_chunk_size: 4, chunking_method: "aspect_ratio")),
                () => torch.nn.LinearCrossEntropyOptions(acc_policy: "fast"), () => torch.nn.LinearCrossEntropyOptions(chunking_method: "aspect_ratio:0"),
                () => torch.nn.LinearCrossEntropyOptions(batch_chunk_size: 0), () => torch.nn.LinearCrossEntropyOptions(acc_dtype: torch.int32),
                () => torch.nn.LinearCrossEntropyLoss(4, 3, weight: torch.ones(2)), () => torch.nn.LinearCrossEntropyLoss(4, 3, label_smoothing: 1.5),
            ];
            foreach (var call in calls)
            {
                try { call(); }
                catch (TorchException e) { print(e.PythonTypeName, e.Message); }
            }
        });

    [Test]
    public void GroupedAndScaledMatmulsAndTheCausalHintFollowPyTorch() => Dialect.Verify(
        """
        import torch.nn.functional as F
        from torch import nn
        torch.manual_seed(0)
        a = torch.randn(4, 8).bfloat16()
        b = torch.randn(2, 8, 8).bfloat16()
        print(F.grouped_mm(torch.randn(2, 4, 8).bfloat16(), b))
        print(F.grouped_mm(a, b, offs=torch.tensor([2, 4], dtype=torch.int32)))
        s = torch.tensor(1.0)
        fa = torch.randn(4, 16).to(torch.float8_e4m3fn)
        fb = torch.randn(8, 16).to(torch.float8_e4m3fn).t()
        print(F.scaled_mm(fa, fb, s, F.ScalingType.TensorWise, s, F.ScalingType.TensorWise))
        for call in [lambda: F.grouped_mm(torch.randn(4, 8), torch.randn(2, 8, 3), offs=torch.tensor([2, 4], dtype=torch.int32)),
                     lambda: F.scaled_mm(torch.randn(4, 16), torch.randn(16, 8), s, F.ScalingType.TensorWise, s, F.ScalingType.TensorWise),
                     lambda: F.scaled_grouped_mm(torch.randn(4, 8), torch.randn(2, 8, 3), s, F.ScalingType.RowWise, s, F.ScalingType.RowWise, offs=torch.tensor([2, 4], dtype=torch.int32))]:
            try:
                call()
            except (RuntimeError, ValueError) as e:
                print(type(e).__name__, e)
        torch.manual_seed(0)
        layer = nn.TransformerEncoderLayer(8, 2, 16, dropout=0.0)
        enc = nn.TransformerEncoder(layer, 2, enable_nested_tensor=False)
        src = torch.randn(5, 2, 8, requires_grad=True)
        causal = nn.Transformer.generate_square_subsequent_mask(5)
        ones = torch.zeros(5, 5)
        out = enc(src, mask=causal)
        print(out[0], enc(src, mask=ones, is_causal=True)[0], enc(src, mask=ones)[0])
        out[..., 0].sum().backward()
        print(src.grad[0])
        dec = nn.TransformerDecoder(nn.TransformerDecoderLayer(8, 2, 16, dropout=0.0), 1)
        print(dec(torch.randn(5, 2, 8), torch.randn(5, 2, 8), tgt_mask=ones, tgt_is_causal=True, memory_mask=ones, memory_is_causal=True)[0])
        """,
        () =>
        {
            torch.manual_seed(0);
            var a = torch.randn(4, 8).bfloat16();
            var b = torch.randn(2, 8, 8).bfloat16();
            print(F.grouped_mm(torch.randn(2, 4, 8).bfloat16(), b));
            print(F.grouped_mm(a, b, offs: torch.tensor(new[] { 2, 4 }, dtype: torch.int32)));
            var s = torch.tensor(1.0f);
            var fa = torch.randn(4, 16).to(torch.float8_e4m3fn);
            var fb = torch.randn(8, 16).to(torch.float8_e4m3fn).t();
            print(F.scaled_mm(fa, fb, s, F.ScalingType.TensorWise, s, F.ScalingType.TensorWise));
            Action[] calls =
            [
                () => F.grouped_mm(torch.randn(4, 8), torch.randn(2, 8, 3), offs: torch.tensor(new[] { 2, 4 }, dtype: torch.int32)),
                () => F.scaled_mm(torch.randn(4, 16), torch.randn(16, 8), s, F.ScalingType.TensorWise, s, F.ScalingType.TensorWise),
                () => F.scaled_grouped_mm(torch.randn(4, 8), torch.randn(2, 8, 3), s, F.ScalingType.RowWise, s, F.ScalingType.RowWise,
                    offs: torch.tensor(new[] { 2, 4 }, dtype: torch.int32)),
            ];
            foreach (var call in calls)
            {
                try { call(); }
                catch (TorchException e) { print(e.PythonTypeName, e.Message); }
            }
            torch.manual_seed(0);
            var layer = torch.nn.TransformerEncoderLayer(8, 2, 16, dropout: 0.0);
            var enc = torch.nn.TransformerEncoder(layer, 2, enable_nested_tensor: false);
            var src = torch.randn([5, 2, 8], requires_grad: true);
            var causal = Transformer.generate_square_subsequent_mask(5);
            var ones = torch.zeros(5, 5);
            var @out = enc.forward(src, causal);
            print(@out[0], enc.forward(src, ones, is_causal: true)[0], enc.forward(src, ones)[0]);
            @out[.., .., 0].sum().backward();
            print(src.grad![0]);
            var dec = torch.nn.TransformerDecoder(torch.nn.TransformerDecoderLayer(8, 2, 16, dropout: 0.0), 1);
            print(dec.forward(torch.randn(5, 2, 8), torch.randn(5, 2, 8), tgt_mask: ones, tgt_is_causal: true, memory_mask: ones, memory_is_causal: true)[0]);
        });
}
#endif
