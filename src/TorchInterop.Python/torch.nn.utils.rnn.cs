using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        public static partial class utils
        {
            /// <summary>
            /// Python's <c>torch.nn.utils.rnn</c>: variable-length sequences padded, packed and back, for the recurrent
            /// layers. <c>from torch.nn.utils.rnn import pack_sequence</c> ports as
            /// <c>using static TorchInterop.Python.torch.nn.utils.rnn;</c>.
            /// </summary>
            public static class rnn
            {
                /// <summary>
                /// <c>torch.nn.utils.rnn.PackedSequence(data, batch_sizes, sorted_indices=None, unsorted_indices=None)</c>;
                /// the type is <see cref="NN.PackedSequence"/>.
                /// </summary>
                public static NN.PackedSequence PackedSequence(Tensor data, Tensor batch_sizes, Tensor? sorted_indices = null,
                                                               Tensor? unsorted_indices = null) =>
                    new(data, batch_sizes, sorted_indices, unsorted_indices);

                /// <summary><c>torch.nn.utils.rnn.pack_padded_sequence(input, lengths, batch_first=False, enforce_sorted=True)</c></summary>
                public static NN.PackedSequence pack_padded_sequence(Tensor input, Tensor lengths, bool batch_first = false,
                                                                     bool enforce_sorted = true) =>
                    Utils.PackPaddedSequence(input, lengths, batch_first, enforce_sorted);

                /// <summary><c>pack_padded_sequence</c> with the lengths as a list (<c>[3, 2, 1]</c> ports as is).</summary>
                public static NN.PackedSequence pack_padded_sequence(Tensor input, IEnumerable<long> lengths, bool batch_first = false,
                                                                     bool enforce_sorted = true) =>
                    Utils.PackPaddedSequence(input, lengths, batch_first, enforce_sorted);

                /// <summary><c>torch.nn.utils.rnn.pad_packed_sequence(sequence, batch_first=False, padding_value=0.0, total_length=None)</c>; returns <c>(padded, lengths)</c>.</summary>
                public static (Tensor Padded, Tensor Lengths) pad_packed_sequence(NN.PackedSequence sequence, bool batch_first = false,
                                                                                 double padding_value = 0.0, long? total_length = null) =>
                    Utils.PadPackedSequence(sequence, batch_first, padding_value, total_length);

#if LIBTORCH_2
                /// <summary><c>torch.nn.utils.rnn.pad_sequence(sequences, batch_first=False, padding_value=0.0, padding_side='right')</c></summary>
                public static Tensor pad_sequence(IEnumerable<Tensor> sequences, bool batch_first = false, double padding_value = 0.0,
                                                  string padding_side = "right") =>
                    Utils.PadSequence(sequences, batch_first, padding_value, padding_side);

                /// <summary><c>pad_sequence</c> of a tensor, whose slices along dimension 0 are the sequences.</summary>
                public static Tensor pad_sequence(Tensor sequences, bool batch_first = false, double padding_value = 0.0,
                                                  string padding_side = "right") =>
                    Utils.PadSequence(sequences, batch_first, padding_value, padding_side);
#else
                /// <summary><c>torch.nn.utils.rnn.pad_sequence(sequences, batch_first=False, padding_value=0.0)</c></summary>
                public static Tensor pad_sequence(IEnumerable<Tensor> sequences, bool batch_first = false, double padding_value = 0.0) =>
                    Utils.PadSequence(sequences, batch_first, padding_value);

                /// <summary><c>pad_sequence</c> of a tensor, whose slices along dimension 0 are the sequences.</summary>
                public static Tensor pad_sequence(Tensor sequences, bool batch_first = false, double padding_value = 0.0) =>
                    Utils.PadSequence(sequences, batch_first, padding_value);
#endif

                /// <summary><c>torch.nn.utils.rnn.unpad_sequence(padded_sequences, lengths, batch_first=False)</c>; like PyTorch, transposes <paramref name="padded_sequences"/> in place unless <paramref name="batch_first"/>.</summary>
                public static List<Tensor> unpad_sequence(Tensor padded_sequences, Tensor lengths, bool batch_first = false) =>
                    Utils.UnpadSequence(padded_sequences, lengths, batch_first);

                /// <summary><c>torch.nn.utils.rnn.pack_sequence(sequences, enforce_sorted=True)</c></summary>
                public static NN.PackedSequence pack_sequence(IEnumerable<Tensor> sequences, bool enforce_sorted = true) =>
                    Utils.PackSequence(sequences, enforce_sorted);

                /// <summary><c>torch.nn.utils.rnn.unpack_sequence(packed_sequences)</c></summary>
                public static List<Tensor> unpack_sequence(NN.PackedSequence packed_sequences) => Utils.UnpackSequence(packed_sequences);

                /// <summary><c>torch.nn.utils.rnn.invert_permutation(permutation)</c>; null for null (Python's None).</summary>
                public static Tensor? invert_permutation(Tensor? permutation) => Utils.InvertPermutation(permutation);
            }
        }
    }
}
#pragma warning restore CS8981, IDE1006
