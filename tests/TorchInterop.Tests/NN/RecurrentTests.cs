using TorchInterop.NN;
using TorchInterop.Serialization;
using TorchInterop.Testing;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Tests.NN;

/// <summary>LSTM, GRU and RNN against torch.nn: initialization, repr, outputs, states and every gradient; errors.</summary>
public class RecurrentTests
{
    private static IEnumerable<ParityCase> Cases()
    {
        yield return new("LSTM configurations",
            """
            torch.manual_seed(0)
            configs = [dict(), dict(num_layers=2), dict(bidirectional=True, batch_first=True), dict(bias=False, proj_size=2),
                       dict(num_layers=2, bidirectional=True, proj_size=1)]
            for config in configs:
                lstm = torch.nn.LSTM(3, 4, **config)
                print(lstm, list(lstm.state_dict().keys()))
                x = torch.randn(2, 5, 3, requires_grad=True)
                out, (h, c) = lstm(x)
                (out.pow(2).sum() + h.sum() + c.sum()).backward()
                print(out, h, c, x.grad)
                for name, p in lstm.named_parameters():
                    print(name, p.grad)
            """,
            o =>
            {
                Torch.ManualSeed(0);
                var configs = new Func<LSTM>[]
                {
                    () => new LSTM(3, 4), () => new LSTM(3, 4, numLayers: 2), () => new LSTM(3, 4, bidirectional: true, batchFirst: true),
                    () => new LSTM(3, 4, bias: false, projSize: 2), () => new LSTM(3, 4, numLayers: 2, bidirectional: true, projSize: 1),
                };
                foreach (var config in configs)
                {
                    var lstm = config();
                    o.Print(lstm.ToString(), Keys(lstm.StateDict().Keys));
                    var x = Torch.Randn([2, 5, 3], requiresGrad: true);
                    var (output, (h, c)) = lstm.Call(x);
                    (output.Pow(2).Sum() + h.Sum() + c.Sum()).Backward();
                    o.Print(output, h, c, x.Grad);
                    foreach (var (name, p) in lstm.NamedParameters()) o.Print(name, p.Grad);
                }
            });
        yield return new("LSTM initial states, unbatched input, dropout in training and eval",
            """
            torch.manual_seed(1)
            lstm = torch.nn.LSTM(2, 3, num_layers=2, dropout=0.5)
            x = torch.randn(4, 2)
            h0 = torch.randn(2, 3, requires_grad=True)
            c0 = torch.randn(2, 3, requires_grad=True)
            out, (h, c) = lstm(x, (h0, c0))
            out.sum().backward()
            print(out, h, c, h0.grad, c0.grad)
            lstm.eval()
            print(lstm(x, (h0, c0))[0], lstm(torch.ones(1, 1, 2))[1])
            """,
            o =>
            {
                Torch.ManualSeed(1);
                var lstm = new LSTM(2, 3, numLayers: 2, dropout: 0.5);
                var x = Torch.Randn([4, 2]);
                var h0 = Torch.Randn([2, 3], requiresGrad: true);
                var c0 = Torch.Randn([2, 3], requiresGrad: true);
                var (output, (h, c)) = lstm.Call(x, (h0, c0));
                output.Sum().Backward();
                o.Print(output, h, c, h0.Grad, c0.Grad);
                lstm.Eval();
                var state = lstm.Call(Torch.Ones([1, 1, 2])).State;
                o.Print(lstm.Call(x, (h0, c0)).Output, $"({Python(state.H)}, {Python(state.C)})");
            });
        yield return new("GRU and RNN",
            """
            torch.manual_seed(2)
            for rnn in [torch.nn.GRU(3, 2), torch.nn.GRU(3, 2, num_layers=2, bidirectional=True, batch_first=True, bias=False),
                        torch.nn.RNN(3, 2), torch.nn.RNN(3, 2, nonlinearity='relu', num_layers=2, bidirectional=True)]:
                x = torch.randn(4, 2, 3, requires_grad=True)
                h0 = torch.randn(rnn.num_layers * (2 if rnn.bidirectional else 1), 4 if rnn.batch_first else 2, 2, requires_grad=True)
                out, h = rnn(x, h0)
                (out * out).sum().backward()
                print(rnn, out, h, x.grad, h0.grad, [p.grad for p in rnn.parameters()])
                print(rnn(x[0])[1])
            """,
            o =>
            {
                Torch.ManualSeed(2);
                var rnns = new RNNBase<Tensor>[]
                {
                    new GRU(3, 2), new GRU(3, 2, numLayers: 2, bidirectional: true, batchFirst: true, bias: false),
                    new RNN(3, 2), new RNN(3, 2, nonlinearity: "relu", numLayers: 2, bidirectional: true),
                };
                foreach (var rnn in rnns)
                {
                    var x = Torch.Randn([4, 2, 3], requiresGrad: true);
                    var h0 = Torch.Randn([rnn.NumLayers * (rnn.Bidirectional ? 2 : 1), rnn.BatchFirst ? 4 : 2, 2], requiresGrad: true);
                    var (output, h) = rnn.Call(x, h0);
                    (output * output).Sum().Backward();
                    o.Print(rnn.ToString(), output, h, x.Grad, h0.Grad, rnn.Parameters().Select(p => p.Grad).ToList());
                    o.Print(rnn.Call(x[0]).State);
                }
            });
        yield return new("recurrent errors and warnings",
            """
            import warnings
            def show(f):
                try:
                    f()
                except Exception as e:
                    print(type(e).__name__, str(e).split('\n')[0])
            lstm = torch.nn.LSTM(4, 5)
            show(lambda: lstm(torch.ones(2, 3, 3)))
            show(lambda: lstm(torch.ones(4)))
            show(lambda: lstm(torch.ones(2, 3, 4), (torch.ones(1, 2, 5), torch.ones(1, 3, 5))))
            show(lambda: lstm(torch.ones(2, 3, 4), (torch.ones(1, 3, 5), torch.ones(1, 3, 4))))
            show(lambda: lstm(torch.ones(2, 4), (torch.ones(1, 1, 5), torch.ones(1, 5))))
            show(lambda: lstm(torch.ones(2, 3, 4), (torch.ones(3, 5), torch.ones(3, 5))))
            gru = torch.nn.GRU(4, 5)
            show(lambda: gru(torch.ones(2, 3, 4), torch.ones(2, 3, 5)))
            show(lambda: gru(torch.ones(2, 4), torch.ones(1, 1, 5)))
            show(lambda: gru(torch.ones(2, 3, 4), torch.ones(3, 5)))
            show(lambda: torch.nn.LSTM(4, 5, dropout=1.5))
            show(lambda: torch.nn.LSTM(4, 5, proj_size=5))
            show(lambda: torch.nn.LSTM(4, 5, proj_size=-1))
            show(lambda: torch.nn.RNN(4, 5, nonlinearity='sigmoid'))
            with warnings.catch_warnings(record=True) as w:
                warnings.simplefilter('always')
                print(torch.nn.GRU(2, 2, dropout=0.25))
                print(w[0].message)
            """,
            o =>
            {
                void Show(Action call) => ErrorText.Show(o, call);
                var lstm = new LSTM(4, 5);
                Show(() => lstm.Call(Torch.Ones([2, 3, 3])));
                Show(() => lstm.Call(Torch.Ones([4])));
                Show(() => lstm.Call(Torch.Ones([2, 3, 4]), (Torch.Ones([1, 2, 5]), Torch.Ones([1, 3, 5]))));
                Show(() => lstm.Call(Torch.Ones([2, 3, 4]), (Torch.Ones([1, 3, 5]), Torch.Ones([1, 3, 4]))));
                Show(() => lstm.Call(Torch.Ones([2, 4]), (Torch.Ones([1, 1, 5]), Torch.Ones([1, 5]))));
                Show(() => lstm.Call(Torch.Ones([2, 3, 4]), (Torch.Ones([3, 5]), Torch.Ones([3, 5]))));
                var gru = new GRU(4, 5);
                Show(() => gru.Call(Torch.Ones([2, 3, 4]), Torch.Ones([2, 3, 5])));
                Show(() => gru.Call(Torch.Ones([2, 4]), Torch.Ones([1, 1, 5])));
                Show(() => gru.Call(Torch.Ones([2, 3, 4]), Torch.Ones([3, 5])));
                Show(() => _ = new LSTM(4, 5, dropout: 1.5));
                Show(() => _ = new LSTM(4, 5, projSize: 5));
                Show(() => _ = new LSTM(4, 5, projSize: -1));
                Show(() => _ = new RNN(4, 5, nonlinearity: "sigmoid"));
                using var recorder = Warnings.Catch();
                o.Print(new GRU(2, 2, dropout: 0.25).ToString());
                o.Print(recorder[0].Message);
            });
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(ParityCase parityCase) => parityCase.Verify();

    [Test]
    public void LoadsAStateDictSavedByPython()
    {
        using var dir = new TemporaryDirectory();
        var python = PyTorchReference.Default.Run(
            $$"""
            torch.manual_seed(3)
            lstm = torch.nn.LSTM(3, 4, num_layers=2, bidirectional=True, batch_first=True)
            torch.save(lstm.state_dict(), r'{{dir.File("lstm.pt")}}')
            x = torch.randn(2, 6, 3)
            y, (h, c) = lstm(x)
            y, h, c = y.detach(), h.detach(), c.detach()
            """);
        var lstm = new LSTM(3, 4, numLayers: 2, bidirectional: true, batchFirst: true);
        lstm.LoadStateDict(dir.File("lstm.pt"));
        var (output, (hn, cn)) = lstm.Call(python["x"]);
        TensorAssert.Close([output.Detach(), hn.Detach(), cn.Detach()], [python["y"], python["h"], python["c"]]);
        Assert.That(lstm.FlatWeightsNames, Is.EqualTo(TensorFile.LoadDictionary(dir.File("lstm.pt")).Keys));
    }

    private static string Keys(IEnumerable<string> keys) => "[" + string.Join(", ", keys.Select(k => $"'{k}'")) + "]";

    private static string Python(Tensor t) => t.ToString();
}
