using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        /// <summary>
        /// <c>torch.nn.RNNBase(mode, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0, bidirectional=False, proj_size=0)</c>:
        /// the layers' parameters of <c>mode</c> ('LSTM', 'GRU', 'RNN_TANH', 'RNN_RELU') without a forward, as in PyTorch.
        /// </summary>
        public static NN.RNNBase RNNBase(string mode, long input_size, long hidden_size, long num_layers = 1, bool bias = true,
            bool batch_first = false, double dropout = 0, bool bidirectional = false, long proj_size = 0, DType? dtype = null) =>
            new(mode, input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, proj_size, dtype);

        /// <summary><c>torch.nn.RNNCellBase(input_size, hidden_size, bias, num_chunks)</c>: a cell's parameters without a forward, as in PyTorch.</summary>
        public static NN.RNNCellBase RNNCellBase(long input_size, long hidden_size, bool bias, long num_chunks, DType? dtype = null) =>
            new(input_size, hidden_size, bias, num_chunks, dtype);

        /// <summary><c>torch.nn.CrossMapLRN2d(size, alpha=0.0001, beta=0.75, k=1)</c>: numbers keep their kind for the repr (<c>k: 2</c> prints <c>k=2</c>).</summary>
        public static NN.CrossMapLRN2d CrossMapLRN2d(long size, Scalar? alpha = null, Scalar? beta = null, Scalar? k = null) =>
            new(size, alpha, beta, k);
    }
}
#pragma warning restore CS8981, IDE1006
