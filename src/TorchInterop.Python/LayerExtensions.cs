using System.Diagnostics.CodeAnalysis;
using TorchInterop.NN;

namespace TorchInterop.Python;

/// <summary>Layers' attributes under their Python names: <c>bn.running_mean</c>, <c>conv.out_channels</c>, ...</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class LayerExtensions
{
    extension(Module module)
    {
        /// <summary><c>bn.running_mean</c> for any module with that buffer (null if none), so <c>model[1].running_mean</c> ports as is.</summary>
        public Tensor? running_mean => module.GetBuffer("running_mean");

        /// <summary><c>bn.running_var</c></summary>
        public Tensor? running_var => module.GetBuffer("running_var");

        /// <summary><c>bn.num_batches_tracked</c></summary>
        public Tensor? num_batches_tracked => module.GetBuffer("num_batches_tracked");
    }

    extension(ConvNd conv)
    {
        /// <summary><c>conv.in_channels</c></summary>
        public long in_channels => conv.InChannels;

        /// <summary><c>conv.out_channels</c></summary>
        public long out_channels => conv.OutChannels;
    }

    extension(ConvTransposeNd conv)
    {
        /// <summary><c>conv(input, output_size)</c></summary>
        public Tensor forward(Tensor input, long[] output_size) => conv.Forward(input, output_size);
    }

    extension(Bilinear bilinear)
    {
        /// <summary><c>bilinear(input1, input2)</c>, with the module's hooks</summary>
        public Tensor forward(Tensor input1, Tensor input2) => bilinear.Call(input1, input2);
    }

    extension<TState>(RNNBase<TState> rnn)
    {
        /// <summary><c>rnn(input, hx)</c>: from an initial state (<c>(h_0, c_0)</c> for an LSTM).</summary>
        public (Tensor Output, TState State) forward(Tensor input, TState hx) => rnn.Forward(input, hx);

        /// <summary><c>rnn(packed)</c>: <c>output, (h, c) = lstm(packed)</c> is <c>var (output, (h, c)) = lstm.forward(packed);</c>, the output packed.</summary>
        public (PackedSequence Output, TState State) forward(PackedSequence input) => rnn.Forward(input);

        /// <summary><c>rnn(packed, hx)</c>: from an initial state in the caller's batch order.</summary>
        public (PackedSequence Output, TState State) forward(PackedSequence input, TState hx) => rnn.Forward(input, hx);

        /// <summary><c>rnn.hidden_size</c></summary>
        public long hidden_size => rnn.HiddenSize;

        /// <summary><c>rnn.num_layers</c></summary>
        public long num_layers => rnn.NumLayers;
    }

    extension<TState>(RNNCellBase<TState> cell)
    {
        /// <summary><c>cell(input, hx)</c></summary>
        public TState forward(Tensor input, TState hx) => cell.Forward(input, hx);
    }
}
