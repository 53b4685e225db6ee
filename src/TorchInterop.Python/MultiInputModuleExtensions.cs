using System.Diagnostics.CodeAnalysis;
using TorchInterop.NN;

namespace TorchInterop.Python;

/// <summary><c>module(a, b, ...)</c> for the modules of more than one input: distances, triplet and ranking losses, CTC.</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class MultiInputModuleExtensions
{
    extension(TripleInputLoss loss)
    {
        /// <summary><c>loss_fn(input1, input2, target)</c> (or <c>(anchor, positive, negative)</c>)</summary>
        public Tensor forward(Tensor input1, Tensor input2, Tensor input3) => loss.Call(input1, input2, input3);
    }

    extension(CTCLoss loss)
    {
        /// <summary><c>ctc(log_probs, targets, input_lengths, target_lengths)</c></summary>
        public Tensor forward(Tensor log_probs, Tensor targets, Tensor input_lengths, Tensor target_lengths) =>
            loss.Forward(log_probs, targets, input_lengths, target_lengths);

        /// <summary><c>ctc(log_probs, targets, input_lengths, target_lengths)</c>, the lengths as lists or tuples</summary>
        public Tensor forward(Tensor log_probs, Tensor targets, long[] input_lengths, long[] target_lengths) =>
            loss.Forward(log_probs, targets, input_lengths, target_lengths);
    }

    extension(PairwiseDistance distance)
    {
        /// <summary><c>dist(x1, x2)</c></summary>
        public Tensor forward(Tensor x1, Tensor x2) => distance.Call(x1, x2);
    }

    extension(CosineSimilarity similarity)
    {
        /// <summary><c>cos(x1, x2)</c></summary>
        public Tensor forward(Tensor x1, Tensor x2) => similarity.Call(x1, x2);
    }
}
