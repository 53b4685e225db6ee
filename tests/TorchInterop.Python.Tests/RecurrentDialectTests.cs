using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>The sequence-model tutorial's LSTM lines, ported.</summary>
public class RecurrentDialectTests
{
    [Test]
    public void LstmTutorialLines() => Dialect.Verify(
        """
        torch.manual_seed(1)
        lstm = torch.nn.LSTM(3, 3)
        inputs = [torch.randn(1, 3) for _ in range(5)]
        hidden = (torch.randn(1, 1, 3), torch.randn(1, 1, 3))
        for i in inputs:
            out, hidden = lstm(i.view(1, 1, -1), hidden)
        inputs = torch.cat(inputs).view(len(inputs), 1, -1)
        hidden = (torch.randn(1, 1, 3), torch.randn(1, 1, 3))
        out, hidden = lstm(inputs, hidden)
        print(out)
        print(hidden)
        gru = torch.nn.GRU(3, 2, batch_first=True)
        out, h = gru(inputs.view(1, 5, 3))
        print(gru, h, gru.hidden_size, gru.num_layers)
        """,
        () =>
        {
            torch.manual_seed(1);
            var lstm = torch.nn.LSTM(3, 3);
            var inputs = Enumerable.Range(0, 5).Select(_ => torch.randn(1, 3)).ToList();
            var hidden = (torch.randn(1, 1, 3), torch.randn(1, 1, 3));
            Tensor output;
            foreach (var i in inputs)
                (output, hidden) = lstm.forward(i.view(1, 1, -1), hidden);
            var stacked = torch.cat(inputs).view(inputs.Count, 1, -1);
            hidden = (torch.randn(1, 1, 3), torch.randn(1, 1, 3));
            (output, hidden) = lstm.forward(stacked, hidden);
            print(output);
            print(hidden);
            var gru = torch.nn.GRU(3, 2, batch_first: true);
            var (_, h) = gru.forward(stacked.view(1, 5, 3));
            print(gru, h, gru.hidden_size, gru.num_layers);
        });
}
