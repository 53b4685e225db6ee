namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.utils.rnn</c>, padding: variable-length sequences to one padded batch and back.</summary>
public static partial class Utils
{
#if LIBTORCH_2
    /// <summary>
    /// Python's <c>pad_sequence(sequences, batch_first=False, padding_value=0.0, padding_side='right')</c>: stacks the
    /// (L, *) <paramref name="sequences"/> into a (T, B, *) batch ((B, T, *) with <paramref name="batchFirst"/>),
    /// filling each up to the longest with <paramref name="paddingValue"/> on <paramref name="paddingSide"/>
    /// (<c>"right"</c> or <c>"left"</c>; 2.x only).
    /// </summary>
    /// <exception cref="TorchException">No sequences, or sequences whose trailing sizes differ (PyTorch's messages).</exception>
    public static Tensor PadSequence(IEnumerable<Tensor> sequences, bool batchFirst = false, double paddingValue = 0.0, string paddingSide = "right")
    {
        ArgumentNullException.ThrowIfNull(sequences);
        return Torch.PadSequence(sequences.ToList(), batchFirst, paddingValue, paddingSide);
    }

    /// <summary><c>pad_sequence</c> of a tensor: its slices along dimension 0 are the sequences, as Python iterates it.</summary>
    public static Tensor PadSequence(Tensor sequences, bool batchFirst = false, double paddingValue = 0.0, string paddingSide = "right") =>
        PadSequence(Slices(sequences), batchFirst, paddingValue, paddingSide);
#else
    /// <summary>
    /// Python's <c>pad_sequence(sequences, batch_first=False, padding_value=0.0)</c>: stacks the (L, *)
    /// <paramref name="sequences"/> into a (T, B, *) batch ((B, T, *) with <paramref name="batchFirst"/>), filling each
    /// up to the longest with <paramref name="paddingValue"/>.
    /// </summary>
    /// <exception cref="TorchException">No sequences, or sequences whose trailing sizes differ (PyTorch's messages).</exception>
    public static Tensor PadSequence(IEnumerable<Tensor> sequences, bool batchFirst = false, double paddingValue = 0.0)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        return Torch.PadSequence(sequences.ToList(), batchFirst, paddingValue);
    }

    /// <summary><c>pad_sequence</c> of a tensor: its slices along dimension 0 are the sequences, as Python iterates it.</summary>
    public static Tensor PadSequence(Tensor sequences, bool batchFirst = false, double paddingValue = 0.0) =>
        PadSequence(Slices(sequences), batchFirst, paddingValue);
#endif

    /// <summary>
    /// Python's <c>unpad_sequence(padded_sequences, lengths, batch_first=False)</c>: the padded batch as its list of
    /// sequences, the i-th cut to <paramref name="lengths"/>[i] steps.
    /// </summary>
    /// <remarks>
    /// Like PyTorch, without <paramref name="batchFirst"/> this transposes <paramref name="paddedSequences"/> in place
    /// (dimensions 0 and 1), so the caller's tensor is (B, T, *) afterwards.
    /// </remarks>
    /// <exception cref="TorchException">In 2.x, a count of lengths unequal to the batch size (Python's ValueError from <c>zip(strict=True)</c>).</exception>
    public static List<Tensor> UnpadSequence(Tensor paddedSequences, Tensor lengths, bool batchFirst = false)
    {
        ArgumentNullException.ThrowIfNull(paddedSequences);
        ArgumentNullException.ThrowIfNull(lengths);
        if (!batchFirst) paddedSequences.Transpose_(0, 1);
        var shape = paddedSequences.Shape;
        if (shape.Length < 2) throw new TorchException("tuple index out of range", TorchErrorKind.IndexError);
        using var positions = Torch.Arange(shape[1]);
        var sequences = Slices(paddedSequences);
        Tensor[] bounds = [];
        var result = new List<Tensor>();
        try
        {
            bounds = Slices(lengths);
            if (LibTorch.IsAtLeast(2) && sequences.Length != bounds.Length)
                throw new TorchException($"zip() argument 2 is {(bounds.Length > sequences.Length ? "longer" : "shorter")} than argument 1",
                                         TorchErrorKind.ValueError);
            for (int i = 0; i < Math.Min(sequences.Length, bounds.Length); i++)
            {
                using var mask = positions < bounds[i];
                result.Add(sequences[i].Index([mask]));
            }
            return result;
        }
        catch
        {
            foreach (var sequence in result) sequence.Dispose();
            throw;
        }
        finally
        {
            foreach (var slice in sequences.Concat(bounds)) slice.Dispose();
        }
    }

    // Python's iteration over a tensor: its slices along dimension 0 (a 0-d tensor is not iterable).
    private static Tensor[] Slices(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.Dim == 0) throw new TorchException("iteration over a 0-d tensor", TorchErrorKind.TypeError);
        return tensor.Unbind(0);
    }
}
