using TorchInterop.NN;
using static TorchInterop.Python.Builtins;
using F = TorchInterop.Python.torch.nn.functional;

namespace TorchInterop.Python.Tests;

/// <summary>nn.Transformer, its encoder and decoder stacks, and AdaptiveLogSoftmaxWithLoss, against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class NnTransformerTests
{
    [Test]
    public void TransformerStacksAndAdaptiveSoftmaxFollowPyTorch() => Dialect.Verify(
        """
        from torch import nn
        torch.manual_seed(0)
        model = nn.Transformer(d_model=8, nhead=2, num_encoder_layers=2, num_decoder_layers=1, dim_feedforward=16, dropout=0.0)
        print(model.encoder.layers[1].linear1.weight[0], model.decoder.norm.weight, len(list(model.parameters())))
        src = torch.randn(5, 3, 8, requires_grad=True)
        tgt = torch.randn(4, 3, 8)
        mask = nn.Transformer.generate_square_subsequent_mask(4)
        print(mask)
        out = model(src, tgt, tgt_mask=mask)
        print(out.grad_fn, out[0])
        out[..., 0].sum().backward()
        print(src.grad[0])
        layer = nn.TransformerEncoderLayer(8, 2, 16, dropout=0.0, batch_first=True)
        enc = nn.TransformerEncoder(layer, 2, norm=nn.LayerNorm(8), enable_nested_tensor=False)
        print(enc)
        x = torch.randn(2, 5, 8)
        pad = torch.tensor([[False] * 5, [False, False, False, True, True]])
        print(enc(x, src_key_padding_mask=pad)[1])
        enc.eval()
        with torch.no_grad():
            print(enc(x, src_key_padding_mask=pad)[1])
        enc2 = nn.TransformerEncoder(layer, 1).eval()
        pad2 = torch.tensor([[False, False, False, False, True], [False, False, False, True, True]])
        with torch.no_grad():
            print(enc2(x, src_key_padding_mask=pad2))
        dec = nn.TransformerDecoder(nn.TransformerDecoderLayer(8, 2, 16, dropout=0.0), 2)
        print(dec.num_layers, dec(torch.randn(3, 2, 8), torch.randn(4, 2, 8)).shape)
        for call in [lambda: model(src, torch.randn(4, 2, 8)), lambda: model(src, torch.randn(4, 3, 6))]:
            try:
                call()
            except RuntimeError as e:
                print(e)
        torch.manual_seed(0)
        asm = nn.AdaptiveLogSoftmaxWithLoss(8, 10, [3, 6], div_value=2.0)
        print(asm)
        inp = torch.randn(4, 8, requires_grad=True)
        res = asm(inp, torch.tensor([0, 4, 9, 2]))
        print(res)
        res.loss.backward()
        print(inp.grad[0], asm.log_prob(inp.detach()).exp().sum(1), asm.predict(inp.detach()))
        print(asm(inp[0], torch.tensor(7)).output)
        for call in [lambda: nn.AdaptiveLogSoftmaxWithLoss(8, 10, [3, 3]), lambda: asm(inp, torch.tensor([0, 10, 1, 1])),
                     lambda: asm(inp, torch.tensor([0, 1])), lambda: asm(inp, torch.tensor(1)), lambda: asm(inp, torch.zeros(2, 2, dtype=torch.long))]:
            try:
                call()
            except (ValueError, RuntimeError) as e:
                print(type(e).__name__, e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var model = torch.nn.Transformer(d_model: 8, nhead: 2, num_encoder_layers: 2, num_decoder_layers: 1, dim_feedforward: 16, dropout: 0.0);
            print(model.encoder.layers[1].Linear1.Weight[0], model.decoder.norm!.GetParameter("weight"), model.parameters().Count());
            var src = torch.randn([5, 3, 8], requires_grad: true);
            var tgt = torch.randn(4, 3, 8);
            var mask = Transformer.generate_square_subsequent_mask(4);
            print(mask);
            var @out = model.forward(src, tgt, tgt_mask: mask);
            print(@out.grad_fn, @out[0]);
            @out[.., .., 0].sum().backward();
            print(src.grad![0]);
            var layer = torch.nn.TransformerEncoderLayer(8, 2, 16, dropout: 0.0, batch_first: true);
            var enc = torch.nn.TransformerEncoder(layer, 2, norm: torch.nn.LayerNorm(8), enable_nested_tensor: false);
            print(enc);
            var x = torch.randn(2, 5, 8);
            var pad = torch.tensor(new[,] { { false, false, false, false, false }, { false, false, false, true, true } });
            print(enc.forward(x, null, src_key_padding_mask: pad)[1]);
            enc.eval();
            using (torch.no_grad()) print(enc.forward(x, null, src_key_padding_mask: pad)[1]);
            var enc2 = torch.nn.TransformerEncoder(layer, 1).eval();
            var pad2 = torch.tensor(new[,] { { false, false, false, false, true }, { false, false, false, true, true } });
            using (torch.no_grad()) print(enc2.forward(x, null, src_key_padding_mask: pad2));
            var dec = torch.nn.TransformerDecoder(torch.nn.TransformerDecoderLayer(8, 2, 16, dropout: 0.0), 2);
            print(dec.num_layers, dec.forward(torch.randn(3, 2, 8), torch.randn(4, 2, 8)).shape);
            Action[] calls = [() => model.forward(src, torch.randn(4, 2, 8)), () => model.forward(src, torch.randn(4, 3, 6))];
            foreach (var call in calls)
            {
                try { call(); }
                catch (TorchException e) when (e.Kind == TorchErrorKind.RuntimeError) { print(e.Message); }
            }
            torch.manual_seed(0);
            var asm = torch.nn.AdaptiveLogSoftmaxWithLoss(8, 10, [3, 6], div_value: 2.0);
            print(asm);
            var inp = torch.randn([4, 8], requires_grad: true);
            var res = asm.forward(inp, torch.tensor(new long[] { 0, 4, 9, 2 }));
            print(res);
            res.loss.backward();
            print(inp.grad![0], asm.log_prob(inp.detach()).exp().sum(1), asm.predict(inp.detach()));
            print(asm.forward(inp[0], torch.tensor(7L)).output);
            Action[] bad =
            [
                () => torch.nn.AdaptiveLogSoftmaxWithLoss(8, 10, [3, 3]), () => asm.forward(inp, torch.tensor(new long[] { 0, 10, 1, 1 })),
                () => asm.forward(inp, torch.tensor(new long[] { 0, 1 })), () => asm.forward(inp, torch.tensor(1L)),
                () => asm.forward(inp, torch.zeros([2, 2], dtype: torch.@long)),
            ];
            foreach (var call in bad)
            {
                try { call(); }
                catch (TorchException e) when (e.Kind is TorchErrorKind.ValueError or TorchErrorKind.RuntimeError) { print(e.PythonTypeName, e.Message); }
            }
        });

    [Test]
    public void MultiHeadAttentionForwardFollowsPyTorch() => Dialect.Verify(
        """
        import torch.nn.functional as F
        from torch import nn
        torch.manual_seed(0)
        mha = nn.MultiheadAttention(4, 2)
        q = torch.randn(3, 2, 4, requires_grad=True)
        k = torch.randn(5, 2, 4)
        out, w = F.multi_head_attention_forward(q, k, k, 4, 2, mha.in_proj_weight, mha.in_proj_bias, None, None, False, 0.0,
                                                mha.out_proj.weight, mha.out_proj.bias, training=False)
        print(out, w.grad_fn)
        out.sum().backward()
        print(q.grad[0])
        sk = torch.randn(4, 5, 2)
        o2, w2 = F.multi_head_attention_forward(q, k, k, 4, 2, mha.in_proj_weight, mha.in_proj_bias, None, None, False, 0.0,
                                                mha.out_proj.weight, mha.out_proj.bias, static_k=sk, static_v=sk, need_weights=False)
        print(o2[0], w2)
        try:
            F.multi_head_attention_forward(q, k, k, 4, 2, mha.in_proj_weight, mha.in_proj_bias, None, None, False, 0.0,
                                           mha.out_proj.weight, mha.out_proj.bias, static_k=torch.randn(3, 5, 2))
        except AssertionError as e:
            print(e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var mha = torch.nn.MultiheadAttention(4, 2);
            var inW = mha.GetParameter("in_proj_weight");
            var inB = mha.GetParameter("in_proj_bias");
            var q = torch.randn([3, 2, 4], requires_grad: true);
            var k = torch.randn(5, 2, 4);
            var (@out, w) = F.multi_head_attention_forward(q, k, k, 4, 2, inW, inB, null, null, false, 0.0,
                mha.OutProj.Weight, mha.OutProj.Bias, training: false);
            print(@out, w!.grad_fn);
            @out.sum().backward();
            print(q.grad![0]);
            var sk = torch.randn(4, 5, 2);
            var (o2, w2) = F.multi_head_attention_forward(q, k, k, 4, 2, inW, inB, null, null, false, 0.0,
                mha.OutProj.Weight, mha.OutProj.Bias, static_k: sk, static_v: sk, need_weights: false);
            print(o2[0], w2);
            try
            {
                F.multi_head_attention_forward(q, k, k, 4, 2, inW, inB, null, null, false, 0.0, mha.OutProj.Weight, mha.OutProj.Bias,
                    static_k: torch.randn(3, 5, 2));
            }
            catch (ArgumentException e)
            {
                print(e.Message);
            }
        });
}
