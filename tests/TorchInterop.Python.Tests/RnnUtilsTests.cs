using static TorchInterop.Python.Builtins;
using static TorchInterop.Python.torch.nn.utils.rnn;

namespace TorchInterop.Python.Tests;

/// <summary>torch.nn.utils.rnn (packing, padding) and the recurrent layers over packed batches, against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class RnnUtilsTests
{
    [Test]
    public void PackAndPadRoundTrips() => Dialect.Verify(
        """
        from torch.nn.utils.rnn import *
        seq = torch.tensor([[1, 2, 0], [3, 0, 0], [4, 5, 6]])
        packed = pack_padded_sequence(seq, [2, 1, 3], batch_first=True, enforce_sorted=False)
        print(packed)
        data, batch_sizes, sorted_indices, unsorted_indices = packed
        print(data, batch_sizes, sorted_indices, unsorted_indices)
        print(packed.data, packed.batch_sizes, packed.sorted_indices, packed.unsorted_indices, packed.is_cuda)
        padded, lengths = pad_packed_sequence(packed, batch_first=True)
        print(padded, lengths)
        print(pad_packed_sequence(packed, total_length=5, padding_value=-1.0))
        print(pack_padded_sequence(seq.t(), torch.tensor([3, 2, 1])))
        a, b, c = torch.tensor([1, 2, 3]), torch.tensor([4, 5]), torch.tensor([6])
        p = pack_sequence([a, b, c])
        print(p)
        print(unpack_sequence(p))
        q = pack_sequence([b, a, c], enforce_sorted=False)
        print(q, unpack_sequence(q))
        print(pad_packed_sequence(q))
        print(pad_sequence([a, b, c]))
        print(pad_sequence([b, c, a], batch_first=True, padding_value=9))
        print(pad_sequence(torch.ones(2, 3)))
        print(invert_permutation(torch.tensor([2, 0, 3, 1])), invert_permutation(None))
        padded = pad_sequence([a, b, c])
        print(unpad_sequence(padded, torch.tensor([3, 2, 1])))
        print(padded)
        print(unpad_sequence(padded, torch.tensor([1, 2, 3]), batch_first=True))
        f = q.to(torch.float64)
        print(f, f.double() is f, q.to(torch.int64) is q)
        print(PackedSequence(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([2, 1]), torch.tensor([1, 0])))
        """,
        () =>
        {
            var seq = torch.tensor(new long[,] { { 1, 2, 0 }, { 3, 0, 0 }, { 4, 5, 6 } });
            var packed = pack_padded_sequence(seq, [2, 1, 3], batch_first: true, enforce_sorted: false);
            print(packed);
            var (data, batch_sizes, sorted_indices, unsorted_indices) = packed;
            print(data, batch_sizes, sorted_indices, unsorted_indices);
            print(packed.data, packed.batch_sizes, packed.sorted_indices, packed.unsorted_indices, packed.is_cuda);
            var (padded, lengths) = pad_packed_sequence(packed, batch_first: true);
            print(padded, lengths);
            print(pad_packed_sequence(packed, total_length: 5, padding_value: -1.0));
            print(pack_padded_sequence(seq.t(), torch.tensor(new long[] { 3, 2, 1 })));
            var (a, b, c) = (torch.tensor(new long[] { 1, 2, 3 }), torch.tensor(new long[] { 4, 5 }), torch.tensor(new long[] { 6 }));
            var p = pack_sequence([a, b, c]);
            print(p);
            print(unpack_sequence(p));
            var q = pack_sequence([b, a, c], enforce_sorted: false);
            print(q, unpack_sequence(q));
            print(pad_packed_sequence(q));
            print(pad_sequence([a, b, c]));
            print(pad_sequence([b, c, a], batch_first: true, padding_value: 9));
            print(pad_sequence(torch.ones(2, 3)));
            print(invert_permutation(torch.tensor(new long[] { 2, 0, 3, 1 })), invert_permutation(null));
            padded = pad_sequence([a, b, c]);
            print(unpad_sequence(padded, torch.tensor(new long[] { 3, 2, 1 })));
            print(padded);
            print(unpad_sequence(padded, torch.tensor(new long[] { 1, 2, 3 }), batch_first: true));
            var f = q.to(torch.float64);
            print(f, ReferenceEquals(f.@double(), f), ReferenceEquals(q.to(torch.int64), q));
            print(PackedSequence(torch.tensor(new[] { 1.0, 2.0, 3.0 }), torch.tensor(new long[] { 2, 1 }), torch.tensor(new long[] { 1, 0 })));
        });

    [Test]
    public void GradientsFlowThroughPackingAndPadding() => Dialect.Verify(
        """
        from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence
        torch.manual_seed(0)
        x = torch.randn(3, 4, 2, requires_grad=True)
        packed = pack_padded_sequence(x, torch.tensor([2, 4, 3]), batch_first=True, enforce_sorted=False)
        print(packed)
        out, lengths = pad_packed_sequence(packed, batch_first=True, total_length=5)
        print(out, lengths)
        weights = torch.arange(30.0).view(3, 5, 2)
        (out * weights).sum().backward()
        print(x.grad)
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.randn([3, 4, 2], requires_grad: true);
            var packed = pack_padded_sequence(x, torch.tensor(new long[] { 2, 4, 3 }), batch_first: true, enforce_sorted: false);
            print(packed);
            var (output, lengths) = pad_packed_sequence(packed, batch_first: true, total_length: 5);
            print(output, lengths);
            var weights = torch.arange(30.0).view(3, 5, 2);
            (output * weights).sum().backward();
            print(x.grad);
        });

    [Test]
    public void LstmOverPackedInput() => Dialect.Verify(
        """
        from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence
        torch.manual_seed(0)
        lstm = torch.nn.LSTM(3, 4, num_layers=2, bidirectional=True)
        x = torch.randn(5, 3, 3)
        packed = pack_padded_sequence(x, [2, 5, 4], enforce_sorted=False)
        output, (h, c) = lstm(packed)
        print(output)
        print(h, c)
        padded, lengths = pad_packed_sequence(output)
        print(padded.shape, lengths)
        h0, c0 = torch.randn(4, 3, 4), torch.randn(4, 3, 4)
        output, (h, c) = lstm(packed, (h0, c0))
        print(h, c)
        (pad_packed_sequence(output)[0].sum() + h.sum() + c.sum()).backward()
        print(lstm.weight_ih_l0.grad, lstm.weight_hh_l1_reverse.grad, lstm.bias_ih_l1.grad)
        proj = torch.nn.LSTM(3, 4, proj_size=2)
        output, (h, c) = proj(pack_padded_sequence(x, [5, 4, 2]))
        print(output.data.shape, h, c)
        """,
        () =>
        {
            torch.manual_seed(0);
            var lstm = torch.nn.LSTM(3, 4, num_layers: 2, bidirectional: true);
            var x = torch.randn(5, 3, 3);
            var packed = pack_padded_sequence(x, [2, 5, 4], enforce_sorted: false);
            var (output, (h, c)) = lstm.forward(packed);
            print(output);
            print(h, c);
            var (padded, lengths) = pad_packed_sequence(output);
            print(padded.shape, lengths);
            var (h0, c0) = (torch.randn(4, 3, 4), torch.randn(4, 3, 4));
            (output, (h, c)) = lstm.forward(packed, (h0, c0));
            print(h, c);
            (pad_packed_sequence(output).Padded.sum() + h.sum() + c.sum()).backward();
            print(lstm.GetParameter("weight_ih_l0")!.grad, lstm.GetParameter("weight_hh_l1_reverse")!.grad, lstm.GetParameter("bias_ih_l1")!.grad);
            var proj = torch.nn.LSTM(3, 4, proj_size: 2);
            (output, (h, c)) = proj.forward(pack_padded_sequence(x, [5, 4, 2]));
            print(output.data.shape, h, c);
        });

    [Test]
    public void GruAndRnnOverPackedInput() => Dialect.Verify(
        """
        from torch.nn.utils.rnn import pack_sequence, pad_packed_sequence
        torch.manual_seed(0)
        gru = torch.nn.GRU(2, 3, batch_first=True)
        rnn = torch.nn.RNN(2, 3, num_layers=2, nonlinearity='relu')
        seqs = [torch.randn(2, 2), torch.randn(4, 2), torch.randn(3, 2)]
        packed = pack_sequence(seqs, enforce_sorted=False)
        output, h = gru(packed)
        print(output, h)
        print(pad_packed_sequence(output, batch_first=True))
        output, h = gru(packed, torch.randn(1, 3, 3))
        print(h)
        h.sum().backward()
        print(gru.weight_hh_l0.grad, gru.bias_hh_l0.grad)
        output, h = rnn(packed, torch.randn(2, 3, 3))
        print(output.data, h)
        tanh = torch.nn.RNN(2, 3)
        output, h = tanh(pack_sequence([seqs[1], seqs[2], seqs[0]]))
        print(output, h)
        """,
        () =>
        {
            torch.manual_seed(0);
            var gru = torch.nn.GRU(2, 3, batch_first: true);
            var rnn = torch.nn.RNN(2, 3, num_layers: 2, nonlinearity: "relu");
            Tensor[] seqs = [torch.randn(2, 2), torch.randn(4, 2), torch.randn(3, 2)];
            var packed = pack_sequence(seqs, enforce_sorted: false);
            var (output, h) = gru.forward(packed);
            print(output, h);
            print(pad_packed_sequence(output, batch_first: true));
            (output, h) = gru.forward(packed, torch.randn(1, 3, 3));
            print(h);
            h.sum().backward();
            print(gru.GetParameter("weight_hh_l0")!.grad, gru.GetParameter("bias_hh_l0")!.grad);
            (output, h) = rnn.forward(packed, torch.randn(2, 3, 3));
            print(output.data, h);
            var tanh = torch.nn.RNN(2, 3);
            (output, h) = tanh.forward(pack_sequence([seqs[1], seqs[2], seqs[0]]));
            print(output, h);
        });

    [Test]
    public void BadInputsRaisePyTorchsErrors() => Dialect.Verify(
        """
        from torch.nn.utils.rnn import *
        seq = torch.tensor([[1, 2, 0], [3, 0, 0], [4, 5, 6]])
        def attempt(f):
            try:
                f()
            except Exception as e:
                print(type(e).__name__, e)
        attempt(lambda: pack_padded_sequence(seq, [2, 1, 3], batch_first=True))
        attempt(lambda: pack_padded_sequence(seq, [2, 0, 3], batch_first=True, enforce_sorted=False))
        attempt(lambda: pack_padded_sequence(seq, [3, 2], batch_first=True))
        attempt(lambda: pack_padded_sequence(seq, torch.tensor([[3, 2, 1]]), batch_first=True))
        packed = pack_padded_sequence(seq, [2, 1, 3], batch_first=True, enforce_sorted=False)
        attempt(lambda: pad_packed_sequence(packed, total_length=2))
        attempt(lambda: pad_sequence([]))
        attempt(lambda: pad_sequence([torch.ones(2, 3), torch.ones(2, 4)]))
        attempt(lambda: pad_sequence(torch.tensor(3)))
        attempt(lambda: pack_sequence([]))
        attempt(lambda: invert_permutation(torch.tensor([[0]])))
        p = pack_sequence([torch.ones(3, 2), torch.ones(2, 2)])
        attempt(lambda: torch.nn.GRU(2, 3)(p, torch.zeros(1, 3, 3)))
        attempt(lambda: torch.nn.RNN(2, 3)(p, torch.zeros(2, 2, 3)))
        attempt(lambda: torch.nn.RNN(4, 3)(p))
        """,
        () =>
        {
            var seq = torch.tensor(new long[,] { { 1, 2, 0 }, { 3, 0, 0 }, { 4, 5, 6 } });
            Attempt(() => pack_padded_sequence(seq, [2, 1, 3], batch_first: true));
            Attempt(() => pack_padded_sequence(seq, [2, 0, 3], batch_first: true, enforce_sorted: false));
            Attempt(() => pack_padded_sequence(seq, [3, 2], batch_first: true));
            Attempt(() => pack_padded_sequence(seq, torch.tensor(new long[,] { { 3, 2, 1 } }), batch_first: true));
            var packed = pack_padded_sequence(seq, [2, 1, 3], batch_first: true, enforce_sorted: false);
            Attempt(() => pad_packed_sequence(packed, total_length: 2));
            Attempt(() => pad_sequence(Array.Empty<Tensor>()));
            Attempt(() => pad_sequence([torch.ones(2, 3), torch.ones(2, 4)]));
            Attempt(() => pad_sequence(torch.tensor(3)));
            Attempt(() => pack_sequence([]));
            Attempt(() => invert_permutation(torch.tensor(new long[,] { { 0 } })));
            var p = pack_sequence([torch.ones(3, 2), torch.ones(2, 2)]);
            Attempt(() => torch.nn.GRU(2, 3).forward(p, torch.zeros(1, 3, 3)));
            Attempt(() => torch.nn.RNN(2, 3).forward(p, torch.zeros(2, 2, 3)));
            Attempt(() => torch.nn.RNN(4, 3).forward(p));
        });

    [Test]
    public void LstmStateSizesOverPackedInput() => Dialect.Verify(
        """
        from torch.nn.utils.rnn import pack_sequence
        lstm = torch.nn.LSTM(2, 3)
        p = pack_sequence([torch.ones(3, 2), torch.ones(2, 2)])
        try:
            lstm(p, (torch.zeros(1, 3, 3), torch.zeros(1, 2, 3)))
        except RuntimeError as e:
            print(e)
        """,
        () =>
        {
            var lstm = torch.nn.LSTM(2, 3);
            var p = pack_sequence([torch.ones(3, 2), torch.ones(2, 2)]);
            try
            {
                lstm.forward(p, (torch.zeros(1, 3, 3), torch.zeros(1, 2, 3)));
            }
            catch (TorchException e)
            {
                print(e.Message);
            }
        });

#if LIBTORCH_2
    [Test]
    public void PadSequenceOnTheLeft() => Dialect.Verify(
        """
        from torch.nn.utils.rnn import pad_sequence
        a, b = torch.tensor([1, 2, 3]), torch.tensor([4])
        print(pad_sequence([a, b], padding_side='left', batch_first=True), pad_sequence([a, b], padding_side='left'))
        try:
            pad_sequence([a, b], padding_side='middle')
        except RuntimeError as e:
            print(e)
        """,
        () =>
        {
            var (a, b) = (torch.tensor(new long[] { 1, 2, 3 }), torch.tensor(new long[] { 4 }));
            print(pad_sequence([a, b], padding_side: "left", batch_first: true), pad_sequence([a, b], padding_side: "left"));
            try
            {
                pad_sequence([a, b], padding_side: "middle");
            }
            catch (TorchException e)
            {
                print(e.Message);
            }
        });

    [Test]
    public void UnpadSequenceChecksTheLengthsCount() => Dialect.Verify(
        """
        from torch.nn.utils.rnn import unpad_sequence
        try:
            unpad_sequence(torch.zeros(3, 2), torch.tensor([1, 2, 3]))
        except ValueError as e:
            print(e)
        """,
        () =>
        {
            try
            {
                unpad_sequence(torch.zeros(3, 2), torch.tensor(new long[] { 1, 2, 3 }));
            }
            catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError)
            {
                print(e.Message);
            }
        });
#endif

    private static void Attempt(Action action)
    {
        try
        {
            action();
        }
        catch (TorchException e)
        {
            print(e.PythonTypeName, e.Message);
        }
    }
}
