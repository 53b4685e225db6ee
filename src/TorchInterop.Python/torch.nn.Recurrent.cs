using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        /// <summary><c>torch.nn.LSTM(input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0, bidirectional=False, proj_size=0)</c>; <c>out, (h, c) = lstm(x)</c> is <c>var (output, (h, c)) = lstm.forward(x);</c>.</summary>
        public static LSTM LSTM(long input_size, long hidden_size, long num_layers = 1, bool bias = true, bool batch_first = false,
            double dropout = 0, bool bidirectional = false, long proj_size = 0) =>
            new(input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, proj_size);

        /// <summary><c>torch.nn.GRU(input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0, bidirectional=False)</c></summary>
        public static GRU GRU(long input_size, long hidden_size, long num_layers = 1, bool bias = true, bool batch_first = false,
            double dropout = 0, bool bidirectional = false) =>
            new(input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional);

        /// <summary><c>torch.nn.RNN(input_size, hidden_size, num_layers=1, nonlinearity='tanh', bias=True, batch_first=False, dropout=0, bidirectional=False)</c></summary>
        public static RNN RNN(long input_size, long hidden_size, long num_layers = 1, string nonlinearity = "tanh", bool bias = true,
            bool batch_first = false, double dropout = 0, bool bidirectional = false) =>
            new(input_size, hidden_size, num_layers, nonlinearity, bias, batch_first, dropout, bidirectional);

        /// <summary><c>torch.nn.RNNCell(input_size, hidden_size, bias=True, nonlinearity='tanh')</c></summary>
        public static RNNCell RNNCell(long input_size, long hidden_size, bool bias = true, string nonlinearity = "tanh") =>
            new(input_size, hidden_size, bias, nonlinearity);

        /// <summary><c>torch.nn.LSTMCell(input_size, hidden_size, bias=True)</c></summary>
        public static LSTMCell LSTMCell(long input_size, long hidden_size, bool bias = true) => new(input_size, hidden_size, bias);

        /// <summary><c>torch.nn.GRUCell(input_size, hidden_size, bias=True)</c></summary>
        public static GRUCell GRUCell(long input_size, long hidden_size, bool bias = true) => new(input_size, hidden_size, bias);
    }
}
