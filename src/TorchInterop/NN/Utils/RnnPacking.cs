namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.utils.rnn</c>, packing: padded batches to <see cref="PackedSequence"/> and back, over ATen's
/// <c>_pack_padded_sequence</c> and <c>_pad_packed_sequence</c> as PyTorch's Python layer calls them (gradients flow
/// through both).
/// </summary>
public static partial class Utils
{
    /// <summary>
    /// Python's <c>pack_padded_sequence(input, lengths, batch_first=False, enforce_sorted=True)</c>: packs the
    /// (T, B, *) batch <paramref name="input"/> ((B, T, *) with <paramref name="batchFirst"/>) whose sequences are
    /// <paramref name="lengths"/> long. With <paramref name="enforceSorted"/> false the sequences are sorted by
    /// decreasing length first, and the result remembers the permutation.
    /// </summary>
    /// <exception cref="TorchException">Unsorted lengths with <paramref name="enforceSorted"/>, a length ≤ 0, or a
    /// length count unequal to the batch size (PyTorch's messages).</exception>
    public static PackedSequence PackPaddedSequence(Tensor input, Tensor lengths, bool batchFirst = false, bool enforceSorted = true)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(lengths);
        return Pack(input, lengths.To(DType.Int64), batchFirst, enforceSorted);
    }

    /// <summary><see cref="PackPaddedSequence(Tensor, Tensor, bool, bool)"/> with the lengths as a list.</summary>
    public static PackedSequence PackPaddedSequence(Tensor input, IEnumerable<long> lengths, bool batchFirst = false, bool enforceSorted = true)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(lengths);
        return Pack(input, Torch.Tensor(lengths.ToArray(), DType.Int64), batchFirst, enforceSorted);
    }

    /// <summary>
    /// Python's <c>pad_packed_sequence(sequence, batch_first=False, padding_value=0.0, total_length=None)</c>: the
    /// inverse of packing, as (padded batch, lengths), in the order the sequences had before packing; the time
    /// dimension is <paramref name="totalLength"/> long when given.
    /// </summary>
    /// <exception cref="TorchException"><paramref name="totalLength"/> is shorter than the longest sequence (Python's ValueError).</exception>
    public static (Tensor Padded, Tensor Lengths) PadPackedSequence(PackedSequence sequence, bool batchFirst = false, double paddingValue = 0.0,
                                                                   long? totalLength = null)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        long maxSeqLength = sequence.BatchSizes.Size(0);
        if (totalLength is { } total)
        {
            if (total < maxSeqLength)
                throw new TorchException("Expected total_length to be at least the length of the longest sequence in input, but got " +
                                         $"total_length={total} and max sequence length being {maxSeqLength}", TorchErrorKind.ValueError);
            maxSeqLength = total;
        }
        var (padded, lengths) = Torch._PadPackedSequence(sequence.Data, sequence.BatchSizes, batchFirst, paddingValue, maxSeqLength);
        if (sequence.UnsortedIndices is not { } unsorted) return (padded, lengths);
        using (padded)
        using (lengths)
        using (var unsortedOnCpu = unsorted.Cpu())
            return (padded.IndexSelect(batchFirst ? 0 : 1, unsorted), lengths.Index([unsortedOnCpu]));
    }

    /// <summary>
    /// Python's <c>pack_sequence(sequences, enforce_sorted=True)</c>: pads the (L, *) sequences, then packs them
    /// (<c>PadSequence</c> followed by <see cref="PackPaddedSequence(Tensor, Tensor, bool, bool)"/>).
    /// </summary>
    public static PackedSequence PackSequence(IEnumerable<Tensor> sequences, bool enforceSorted = true)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        var list = sequences.ToList();
        long[] lengths = list.Select(sequence => sequence.Size(0)).ToArray();
        using var padded = PadSequence(list);
        return PackPaddedSequence(padded, lengths, enforceSorted: enforceSorted);
    }

    /// <summary>Python's <c>unpack_sequence(packed_sequences)</c>: the packed batch as its list of sequences, in their original order.</summary>
    public static List<Tensor> UnpackSequence(PackedSequence packedSequences)
    {
        ArgumentNullException.ThrowIfNull(packedSequences);
        var (padded, lengths) = PadPackedSequence(packedSequences, batchFirst: true);
        using (padded)
        using (lengths)
            return UnpadSequence(padded, lengths, batchFirst: true);
    }

    /// <summary>
    /// Python's <c>invert_permutation(permutation)</c>: the indices that undo <paramref name="permutation"/> (null for null).
    /// </summary>
    public static Tensor? InvertPermutation(Tensor? permutation)
    {
        if (permutation is null) return null;
        var output = Torch.EmptyLike(permutation, memoryFormat: MemoryFormat.Contiguous);
        using var positions = Torch.Arange(0, permutation.NumEl, device: permutation.Device);
        try
        {
            output.Scatter_(0, permutation, positions);
        }
        catch
        {
            output.Dispose();
            throw;
        }
        return output;
    }

    private static PackedSequence Pack(Tensor input, Tensor lengths, bool batchFirst, bool enforceSorted)
    {
        Tensor? sortedIndices = null;
        Tensor? sortedInput = null;
        try
        {
            if (!enforceSorted)
            {
                var (sortedLengths, indices) = lengths.Sort(descending: true);
                lengths.Dispose();
                lengths = sortedLengths;
                using (indices) sortedIndices = indices.To(input.Device);
                sortedInput = input.IndexSelect(batchFirst ? 0 : 1, sortedIndices);
            }
            var (data, batchSizes) = Torch._PackPaddedSequence(sortedInput ?? input, lengths, batchFirst);
            return new PackedSequence(data, batchSizes, sortedIndices);
        }
        catch
        {
            sortedIndices?.Dispose();
            throw;
        }
        finally
        {
            lengths.Dispose();
            sortedInput?.Dispose();
        }
    }
}
