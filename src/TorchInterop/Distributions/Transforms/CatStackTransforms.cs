namespace TorchInterop.Distributions;

/// <summary>
/// Applies a sequence of transforms to consecutive slices along a dimension, of the given lengths, compatibly with
/// <c>torch.cat</c> (Python's <c>CatTransform</c>).
/// </summary>
public sealed class CatTransform : Transform
{
    /// <summary>Applies <paramref name="tseq"/> to slices of <paramref name="lengths"/> (ones by default) along <paramref name="dim"/>.</summary>
    public CatTransform(IReadOnlyList<Transform> tseq, int dim = 0, IReadOnlyList<long>? lengths = null, int cacheSize = 0) : base(cacheSize)
    {
        ArgumentNullException.ThrowIfNull(tseq);
        if (tseq.Any(t => t is null)) throw Constraints.Assertion("All elements of tseq must be Transform instances");
        Parts = cacheSize != 0 ? tseq.Select(t => t.WithCache(cacheSize)).ToList() : tseq.ToList();
        Lengths = lengths?.ToList() ?? Enumerable.Repeat(1L, Parts.Count).ToList();
        if (Lengths.Count != Parts.Count) throw Constraints.Assertion($"lengths ({Lengths.Count}) must match transforms ({Parts.Count})");
        Dim = dim;
    }

    /// <summary>The transforms, one per slice (Python's <c>transforms</c>).</summary>
    public IReadOnlyList<Transform> Parts { get; }

    /// <summary>The length of each slice.</summary>
    public IReadOnlyList<long> Lengths { get; }

    /// <summary>The dimension sliced.</summary>
    public int Dim { get; }

    /// <summary>The total length along <see cref="Dim"/>.</summary>
    public long Length => Lengths.Sum();

    /// <inheritdoc />
    public override int EventDim => StackTransform.MaxOf(Parts.Select(t => t.EventDim));

    /// <inheritdoc />
    public override bool Bijective => Parts.All(t => t.Bijective);

    /// <inheritdoc />
    public override Constraint Domain => Constraints.Cat(Parts.Select(t => t.Domain).ToList(), Dim, Lengths);

    /// <inheritdoc />
    public override Constraint Codomain => Constraints.Cat(Parts.Select(t => t.Codomain).ToList(), Dim, Lengths);

    /// <inheritdoc />
    protected override Transform Recreate(int cacheSize) => new CatTransform(Parts, Dim, Lengths, cacheSize);

    // 2.x names the tensor "tensor" in the call and the inverse, "x" or "y" in log_abs_det_jacobian
    private void CheckInput(Tensor value, string name, string noun = "tensor")
    {
        if (!(-value.Dim <= Dim && Dim < value.Dim)) throw Constraints.Assertion($"dim {Dim} out of range for {noun} with {value.Dim} dimensions");
        long size = value.Size(Dim);
        if (size != Length) throw Constraints.Assertion($"{name}.size({Dim}) = {size} must equal length {Length}");
    }

    private Tensor MapSlices(Tensor value, Func<Transform, Tensor, Tensor> map)
    {
        var slices = new List<Tensor>();
        long start = 0;
        for (int i = 0; i < Parts.Count; i++)
        {
            slices.Add(map(Parts[i], value.Narrow(Dim, start, Lengths[i])));
            start += Lengths[i];
        }
        return Torch.Cat(slices, Dim);
    }

    /// <inheritdoc />
    protected override Tensor Forward(Tensor x)
    {
        CheckInput(x, "x");
        return MapSlices(x, (t, slice) => t.Call(slice));
    }

    /// <inheritdoc />
    protected override Tensor Inverse(Tensor y)
    {
        CheckInput(y, "y");
        return MapSlices(y, (t, slice) => t.Inv.Call(slice));
    }

    /// <inheritdoc />
    public override Tensor LogAbsDetJacobian(Tensor x, Tensor y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        CheckInput(x, "x", "x");
        CheckInput(y, "y", "y");
        int eventDim = EventDim;
        var terms = new List<Tensor>();
        long start = 0;
        for (int i = 0; i < Parts.Count; i++)
        {
            var part = Parts[i];
            var term = part.LogAbsDetJacobian(x.Narrow(Dim, start, Lengths[i]), y.Narrow(Dim, start, Lengths[i]));
            if (part.EventDim < eventDim) term = DistributionUtils.SumRightmost(term, eventDim - part.EventDim);
            terms.Add(term);
            start += Lengths[i];
        }
        // concatenate along a batch dimension, sum over an event dimension
        int dim = Dim >= 0 ? Dim - x.Dim : Dim;
        dim += eventDim;
        if (dim < 0) return Torch.Cat(terms, dim);
        Tensor total = 0L + terms[0];
        foreach (var term in terms.Skip(1)) total += term;
        return total;
    }
}

/// <summary>
/// Applies a sequence of transforms to the successive indices along a dimension, compatibly with <c>torch.stack</c>
/// (Python's <c>StackTransform</c>).
/// </summary>
public sealed class StackTransform : Transform
{
    /// <summary>Applies <paramref name="tseq"/> to the indices along <paramref name="dim"/>.</summary>
    public StackTransform(IReadOnlyList<Transform> tseq, int dim = 0, int cacheSize = 0) : base(cacheSize)
    {
        ArgumentNullException.ThrowIfNull(tseq);
        if (tseq.Any(t => t is null)) throw Constraints.Assertion("All elements of tseq must be Transform instances");
        Parts = cacheSize != 0 ? tseq.Select(t => t.WithCache(cacheSize)).ToList() : tseq.ToList();
        Dim = dim;
    }

    /// <summary>The transforms, one per index (Python's <c>transforms</c>).</summary>
    public IReadOnlyList<Transform> Parts { get; }

    /// <summary>The dimension stacked.</summary>
    public int Dim { get; }

    /// <inheritdoc />
    public override bool Bijective => Parts.All(t => t.Bijective);

    /// <inheritdoc />
    public override Constraint Domain => Constraints.Stack(Parts.Select(t => t.Domain).ToList(), Dim);

    /// <inheritdoc />
    public override Constraint Codomain => Constraints.Stack(Parts.Select(t => t.Codomain).ToList(), Dim);

    /// <inheritdoc />
    protected override Transform Recreate(int cacheSize) => new StackTransform(Parts, Dim, cacheSize);

    // 2.x names the tensor "tensor" in the call and the inverse, "x" or "y" in log_abs_det_jacobian
    private void CheckInput(Tensor value, string name, string noun = "tensor")
    {
        if (!(-value.Dim <= Dim && Dim < value.Dim)) throw Constraints.Assertion($"dim {Dim} out of range for {noun} with {value.Dim} dimensions");
        long size = value.Size(Dim);
        if (size != Parts.Count) throw Constraints.Assertion($"{name}.size({Dim}) = {size} must equal len(transforms) {Parts.Count}");
    }

    private Tensor[] Slices(Tensor value) => Enumerable.Range(0, (int)value.Size(Dim)).Select(i => value.Select(Dim, i)).ToArray();

    /// <inheritdoc />
    protected override Tensor Forward(Tensor x)
    {
        CheckInput(x, "x");
        return Torch.Stack(Slices(x).Zip(Parts, (slice, t) => t.Call(slice)).ToList(), Dim);
    }

    /// <inheritdoc />
    protected override Tensor Inverse(Tensor y)
    {
        CheckInput(y, "y");
        return Torch.Stack(Slices(y).Zip(Parts, (slice, t) => t.Inv.Call(slice)).ToList(), Dim);
    }

    /// <inheritdoc />
    public override Tensor LogAbsDetJacobian(Tensor x, Tensor y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        CheckInput(x, "x", "x");
        CheckInput(y, "y", "y");
        var ySlices = Slices(y);
        var xSlices = Slices(x);
        var terms = new List<Tensor>();
        for (int i = 0; i < Math.Min(xSlices.Length, Parts.Count); i++) terms.Add(Parts[i].LogAbsDetJacobian(xSlices[i], ySlices[i]));
        return Torch.Stack(terms, Dim);
    }

    // Python's max() over an empty sequence is a ValueError
    internal static int MaxOf(IEnumerable<int> values)
    {
        var list = values.ToList();
        if (list.Count == 0) throw new TorchException("max() arg is an empty sequence", TorchErrorKind.ValueError);
        return list.Max();
    }
}
