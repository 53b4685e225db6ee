using TorchInterop.NN;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.NN;

/// <summary>MultiheadAttention against torch.nn: initialization, masks, layouts, the eval fast path, gradients, errors.</summary>
public class AttentionTests
{
    [Test]
    public void MatchesPyTorch() => new ParityCase("MultiheadAttention",
        """
        torch.manual_seed(0)
        mha = torch.nn.MultiheadAttention(4, 2)
        print(mha, [n for n, _ in mha.named_parameters()], mha.in_proj_weight, mha.out_proj.weight)
        q = torch.randn(3, 2, 4, requires_grad=True)
        k = torch.randn(5, 2, 4)
        mask = torch.tensor([[False, False, True, False, True], [False, False, False, False, False]])
        out, w = mha(q, k, k, key_padding_mask=mask)
        (out.sum() + w.pow(2).sum()).backward()
        print(out, w, q.grad, mha.in_proj_weight.grad)
        attn_mask = torch.randn(3, 5)
        out, w = mha(q, k, k, attn_mask=attn_mask, average_attn_weights=False)
        print(out, w.shape, mha(q, k, k, need_weights=False)[1])
        other = torch.nn.MultiheadAttention(4, 2, kdim=3, vdim=2, add_bias_kv=True, add_zero_attn=True, bias=False)
        print([n for n, _ in other.named_parameters()], other.bias_k)
        print(other(torch.randn(2, 4), torch.randn(6, 3), torch.randn(6, 2)))
        fast = torch.nn.MultiheadAttention(4, 2, batch_first=True).eval()
        x = torch.randn(2, 3, 4)
        with torch.no_grad():
            print(fast(x, x, x), fast(x, x, x, key_padding_mask=torch.tensor([[False, False, True], [False, False, False]]))[0])
        def show(f):
            try:
                f()
            except Exception as e:
                print(str(e))  # the kind differs by design: Python's asserts are AssertionError, ArgumentException in C#
        show(lambda: torch.nn.MultiheadAttention(5, 2))
        show(lambda: mha(torch.randn(3, 4), k, k))
        show(lambda: mha(q, k, k, attn_mask=torch.zeros(2, 2)))
        show(lambda: mha(q, k, k, key_padding_mask=torch.zeros(2, 4, dtype=torch.bool)))
        show(lambda: mha(torch.randn(3, 2, 5), torch.randn(5, 2, 5), torch.randn(5, 2, 5)))
        """,
        o =>
        {
            Torch.ManualSeed(0);
            var mha = new MultiheadAttention(4, 2);
            o.Print(mha.ToString(), "[" + string.Join(", ", mha.NamedParameters().Select(p => $"'{p.Name}'")) + "]", mha.GetParameter("in_proj_weight"), mha.OutProj.Weight);
            var q = Torch.Randn([3, 2, 4], requiresGrad: true);
            var k = Torch.Randn([5, 2, 4]);
            var mask = Torch.Tensor(new bool[,] { { false, false, true, false, true }, { false, false, false, false, false } });
            var (output, weights) = mha.Call(q, k, k, keyPaddingMask: mask);
            (output.Sum() + weights!.Pow(2).Sum()).Backward();
            o.Print(output, weights, q.Grad, mha.GetParameter("in_proj_weight")!.Grad);
            var attnMask = Torch.Randn([3, 5]);
            (output, weights) = mha.Call(q, k, k, attnMask: attnMask, averageAttnWeights: false);
            o.Print(output, weights!.Shape, mha.Call(q, k, k, needWeights: false).Weights);
            var other = new MultiheadAttention(4, 2, kdim: 3, vdim: 2, addBiasKv: true, addZeroAttn: true, bias: false);
            o.Print("[" + string.Join(", ", other.NamedParameters().Select(p => $"'{p.Name}'")) + "]", other.GetParameter("bias_k"));
            var (o2, w2) = other.Call(Torch.Randn([2, 4]), Torch.Randn([6, 3]), Torch.Randn([6, 2]));
            o.Print($"({o2}, {w2})");
            var fast = new MultiheadAttention(4, 2, batchFirst: true);
            fast.Eval();
            var x = Torch.Randn([2, 3, 4]);
            using (Autograd.NoGrad())
            {
                var (o3, w3) = fast.Call(x, x, x);
                o.Print($"({o3}, {w3})", fast.Call(x, x, x, keyPaddingMask: Torch.Tensor(new bool[,] { { false, false, true }, { false, false, false } })).Output);
            }
            void Show(Action call)
            {
                try { call(); }
                catch (Exception e) { o.Print(ErrorText.PythonStyle(e).Split(' ', 2)[1]); }
            }
            Show(() => _ = new MultiheadAttention(5, 2));
            Show(() => mha.Call(Torch.Randn([3, 4]), k, k));
            Show(() => mha.Call(q, k, k, attnMask: Torch.Zeros([2, 2])));
            Show(() => mha.Call(q, k, k, keyPaddingMask: Torch.Zeros([2, 4], DType.Bool)));
            Show(() => mha.Call(Torch.Randn([3, 2, 5]), Torch.Randn([5, 2, 5]), Torch.Randn([5, 2, 5])));
        }).Verify();

    [Test]
    public void TransformerLayersMatchPyTorch() => new ParityCase("transformer layers",
        """
        torch.manual_seed(3)
        enc = torch.nn.TransformerEncoderLayer(4, 2, dim_feedforward=8, dropout=0.0, batch_first=True)
        enc_gelu = torch.nn.TransformerEncoderLayer(4, 2, dim_feedforward=6, activation=torch.nn.GELU(), norm_first=True)
        dec = torch.nn.TransformerDecoderLayer(4, 2, dim_feedforward=8, activation='gelu')
        print(enc, enc_gelu, dec)
        src = torch.randn(2, 3, 4)
        print(enc(src), enc_gelu(src.transpose(0, 1)))
        enc.eval()
        with torch.no_grad():
            print(enc(src), enc(src, src_key_padding_mask=torch.tensor([[False, True, False], [False, False, False]])))
        tgt = torch.randn(5, 2, 4, requires_grad=True)
        out = dec(tgt, src.transpose(0, 1), tgt_mask=torch.triu(torch.full((5, 5), float('-inf')), diagonal=1))
        out.sum().backward()
        print(out, tgt.grad)
        """,
        o =>
        {
            Torch.ManualSeed(3);
            var enc = new TransformerEncoderLayer(4, 2, dimFeedforward: 8, dropout: 0.0, batchFirst: true);
            var encGelu = new TransformerEncoderLayer(4, 2, new GELU(), dimFeedforward: 6, normFirst: true);
            var dec = new TransformerDecoderLayer(4, 2, dimFeedforward: 8, activation: "gelu");
            o.Print(enc.ToString(), encGelu.ToString(), dec.ToString());
            var src = Torch.Randn([2, 3, 4]);
            o.Print(enc.Call(src), encGelu.Call(src.Transpose(0, 1)));
            enc.Eval();
            using (Autograd.NoGrad())
                o.Print(enc.Call(src), enc.Call(src, null, Torch.Tensor(new bool[,] { { false, true, false }, { false, false, false } })));
            var tgt = Torch.Randn([5, 2, 4], requiresGrad: true);
            var output = dec.Call(tgt, src.Transpose(0, 1), tgtMask: Torch.Triu(Torch.Full([5, 5], double.NegativeInfinity), diagonal: 1));
            output.Sum().Backward();
            o.Print(output, tgt.Grad);
        }).Verify();
}
