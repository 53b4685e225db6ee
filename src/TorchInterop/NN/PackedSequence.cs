namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.utils.rnn.PackedSequence</c>: a batch of variable-length sequences packed step by step, as
/// <see cref="Utils.PackPaddedSequence(Tensor, Tensor, bool, bool)"/> makes it and the recurrent layers take it.
/// Deconstructs like Python's named tuple: <c>var (data, batchSizes, sortedIndices, unsortedIndices) = packed;</c>.
/// </summary>
/// <remarks>
/// As in PyTorch, <see cref="BatchSizes"/> always stays a CPU <c>int64</c> tensor, while <see cref="Data"/> and the
/// index tensors may move with <see cref="To(DType)"/>.
/// </remarks>
public sealed class PackedSequence
{
    /// <summary>
    /// Python's <c>PackedSequence(data, batch_sizes, sorted_indices=None, unsorted_indices=None)</c>; when
    /// <paramref name="unsortedIndices"/> is null it is computed as the inverse of <paramref name="sortedIndices"/>.
    /// Meant for the packing functions, as in PyTorch, not for building by hand.
    /// </summary>
    /// <exception cref="TorchException"><paramref name="batchSizes"/> is not on the CPU (Python's ValueError).</exception>
    public PackedSequence(Tensor data, Tensor batchSizes, Tensor? sortedIndices = null, Tensor? unsortedIndices = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(batchSizes);
        unsortedIndices ??= Utils.InvertPermutation(sortedIndices);
        if (batchSizes.Device.Type != DeviceType.CPU)
            throw new TorchException(
                "batch_sizes should always be on CPU. Instances of PackedSequence should never be created manually. They should be " +
                "instantiated by functions like pack_sequence and pack_padded_sequences in nn.utils.rnn. " +
                "https://pytorch.org/docs/stable/nn.html#torch.nn.utils.rnn.pack_sequence", TorchErrorKind.ValueError);
        Data = data;
        BatchSizes = batchSizes;
        SortedIndices = sortedIndices;
        UnsortedIndices = unsortedIndices;
    }

    /// <summary>The packed steps: for each time step, the elements of the sequences that are that long.</summary>
    public Tensor Data { get; }

    /// <summary>How many sequences each time step holds (not the sequences' lengths).</summary>
    public Tensor BatchSizes { get; }

    /// <summary>The order the sequences were packed in, from the caller's order (null when they came sorted).</summary>
    public Tensor? SortedIndices { get; }

    /// <summary>The inverse of <see cref="SortedIndices"/>: restores the caller's order.</summary>
    public Tensor? UnsortedIndices { get; }

    /// <summary>Python's <c>data, batch_sizes, sorted_indices, unsorted_indices = packed</c>.</summary>
    public void Deconstruct(out Tensor data, out Tensor batchSizes, out Tensor? sortedIndices, out Tensor? unsortedIndices)
    {
        data = Data;
        batchSizes = BatchSizes;
        sortedIndices = SortedIndices;
        unsortedIndices = UnsortedIndices;
    }

    /// <summary>Whether <see cref="Data"/> is on a CUDA device (Python's <c>packed.is_cuda</c>).</summary>
    public bool IsCuda => Data.Device.Type == DeviceType.CUDA;

    /// <summary>
    /// Python's <c>packed.to(dtype)</c>: this sequence when <see cref="Data"/> already has <paramref name="dtype"/>,
    /// otherwise one with the data converted (the indices stay as they are).
    /// </summary>
    public PackedSequence To(DType dtype) =>
        Data.Dtype == dtype ? this : new PackedSequence(Data.To(dtype), BatchSizes, SortedIndices, UnsortedIndices);

    /// <summary>
    /// Python's <c>packed.to(device, dtype=None)</c>: the data and the index tensors on <paramref name="device"/>
    /// (<see cref="BatchSizes"/> stays on the CPU); this sequence when nothing changes.
    /// </summary>
    public PackedSequence To(Device device, DType? dtype = null)
    {
        if (Data.Device == device && (dtype is null || Data.Dtype == dtype)) return this;
        var data = Data.To(device, dtype);
        var target = data.Device;
        return new PackedSequence(data, BatchSizes, SortedIndices?.To(target), UnsortedIndices?.To(target));
    }

    /// <summary>Python's <c>packed.cpu()</c>.</summary>
    public PackedSequence Cpu() => To(Device.CPU);

    /// <summary>Python's <c>packed.double()</c>.</summary>
    public PackedSequence Double() => To(DType.Float64);

    /// <summary>Python's <c>packed.float()</c>.</summary>
    public PackedSequence Float() => To(DType.Float32);

    /// <summary>Python's <c>packed.half()</c>.</summary>
    public PackedSequence Half() => To(DType.Float16);

    /// <summary>Python's <c>packed.long()</c>.</summary>
    public PackedSequence Long() => To(DType.Int64);

    /// <summary>Python's <c>packed.int()</c>.</summary>
    public PackedSequence Int() => To(DType.Int32);

    /// <summary>Python's <c>packed.short()</c>.</summary>
    public PackedSequence Short() => To(DType.Int16);

    /// <summary>Python's <c>packed.char()</c>.</summary>
    public PackedSequence Char() => To(DType.Int8);

    /// <summary>Python's <c>packed.byte()</c>.</summary>
    public PackedSequence Byte() => To(DType.UInt8);

    /// <summary>Python's <c>repr(packed)</c>: <c>PackedSequence(data=tensor(...), batch_sizes=tensor(...), sorted_indices=None, unsorted_indices=None)</c>.</summary>
    public override string ToString() =>
        $"PackedSequence(data={Data}, batch_sizes={BatchSizes}, sorted_indices={Repr(SortedIndices)}, unsorted_indices={Repr(UnsortedIndices)})";

    private static string Repr(Tensor? tensor) => tensor?.ToString() ?? "None";
}
