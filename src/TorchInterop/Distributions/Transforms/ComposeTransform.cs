namespace TorchInterop.Distributions;

/// <summary>A chain of transforms applied in order (Python's <c>ComposeTransform</c>); the empty chain is <c>identity_transform</c>.</summary>
public sealed class ComposeTransform : Transform
{
    private Transform? _composedInverse;

    /// <summary>Composes <paramref name="parts"/>; with a cache size, each part gets that cache size.</summary>
    public ComposeTransform(IReadOnlyList<Transform> parts, int cacheSize = 0) : base(cacheSize)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Parts = cacheSize != 0 ? parts.Select(p => p.WithCache(cacheSize)).ToList() : parts.ToList();
    }

    /// <summary>Python's <c>identity_transform</c>: <c>ComposeTransform([])</c>.</summary>
    public static ComposeTransform Identity { get; } = new([]);

    /// <summary>The transforms, applied first to last.</summary>
    public IReadOnlyList<Transform> Parts { get; }

    /// <inheritdoc />
    public override Constraint Domain
    {
        get
        {
            if (Parts.Count == 0) return Constraints.Real;
            var domain = Parts[0].Domain;
            int eventDim = Parts[^1].Codomain.EventDim;
            for (int i = Parts.Count - 1; i >= 0; i--)
            {
                eventDim += Parts[i].Domain.EventDim - Parts[i].Codomain.EventDim;
                eventDim = Math.Max(eventDim, Parts[i].Domain.EventDim);
            }
            if (eventDim < domain.EventDim)
                throw new TorchException(
#if LIBTORCH_2
                    $"event_dim {eventDim} must be >= domain.event_dim {domain.EventDim}",
#else
                    "",
#endif
                    TorchErrorKind.AssertionError);
            return eventDim > domain.EventDim ? Constraints.Independent(domain, eventDim - domain.EventDim) : domain;
        }
    }

    /// <inheritdoc />
    public override Constraint Codomain
    {
        get
        {
            if (Parts.Count == 0) return Constraints.Real;
            var codomain = Parts[^1].Codomain;
            int eventDim = Parts[0].Domain.EventDim;
            foreach (var part in Parts)
            {
                eventDim += part.Codomain.EventDim - part.Domain.EventDim;
                eventDim = Math.Max(eventDim, part.Codomain.EventDim);
            }
            if (eventDim < codomain.EventDim)
                throw new TorchException(
#if LIBTORCH_2
                    $"event_dim {eventDim} must be >= codomain.event_dim {codomain.EventDim}",
#else
                    "",
#endif
                    TorchErrorKind.AssertionError);
            return eventDim > codomain.EventDim ? Constraints.Independent(codomain, eventDim - codomain.EventDim) : codomain;
        }
    }

    /// <inheritdoc />
    public override bool Bijective => Parts.All(p => p.Bijective);

    /// <inheritdoc />
    public override Tensor Sign
    {
        get
        {
            Tensor sign = 1;
            foreach (var part in Parts)
                sign = sign.IsWrappedNumber && part.Sign.IsWrappedNumber ? (Tensor)(sign.Item().ToInt64() * part.Sign.Item().ToInt64()) : sign * part.Sign;
            return sign;
        }
    }

    /// <inheritdoc />
    public override Transform Inv
    {
        get
        {
            if (_composedInverse is null)
            {
                var inverse = new ComposeTransform(Parts.Reverse().Select(p => p.Inv).ToList());
                inverse._composedInverse = this;
                _composedInverse = inverse;
            }
            return _composedInverse;
        }
    }

    /// <inheritdoc />
    public override Transform WithCache(int cacheSize = 1) => CacheSize == cacheSize ? this : new ComposeTransform(Parts, cacheSize);

    /// <inheritdoc />
    public override bool Equals(Transform? other) => other is ComposeTransform compose && Parts.SequenceEqual(compose.Parts);

    /// <inheritdoc />
    public override int GetHashCode() => typeof(ComposeTransform).GetHashCode();

    /// <inheritdoc />
    public override Tensor Call(Tensor x)
    {
        foreach (var part in Parts) x = part.Call(x);
        return x;
    }

    /// <inheritdoc />
    public override Tensor LogAbsDetJacobian(Tensor x, Tensor y)
    {
        if (Parts.Count == 0) return Torch.ZerosLike(x);
        var xs = new List<Tensor> { x };
        foreach (var part in Parts.Take(Parts.Count - 1)) xs.Add(part.Call(xs[^1]));
        xs.Add(y);
        Tensor? total = null;
        int eventDim = Domain.EventDim;
        for (int i = 0; i < Parts.Count; i++)
        {
            var term = DistributionUtils.SumRightmost(Parts[i].LogAbsDetJacobian(xs[i], xs[i + 1]), eventDim - Parts[i].Domain.EventDim);
            total = total is null ? term : total + term;
            eventDim += Parts[i].Codomain.EventDim - Parts[i].Domain.EventDim;
        }
        return total!;
    }

    /// <inheritdoc />
    public override long[] ForwardShape(long[] shape)
    {
        foreach (var part in Parts) shape = part.ForwardShape(shape);
        return shape;
    }

    /// <inheritdoc />
    public override long[] InverseShape(long[] shape)
    {
        for (int i = Parts.Count - 1; i >= 0; i--) shape = Parts[i].InverseShape(shape);
        return shape;
    }

    /// <inheritdoc />
    public override string ToString() => "ComposeTransform(\n    " + string.Join(",\n    ", Parts) + "\n)";
}

/// <summary>
/// Treats <c>reinterpreted_batch_ndims</c> more rightmost dimensions as dependent: the values are the base transform's,
/// the log-det-Jacobian is summed over those dimensions (Python's <c>IndependentTransform</c>).
/// </summary>
public sealed class IndependentTransform : Transform
{
    /// <summary>Wraps <paramref name="baseTransform"/>.</summary>
    public IndependentTransform(Transform baseTransform, int reinterpretedBatchNdims, int cacheSize = 0) : base(cacheSize)
    {
        ArgumentNullException.ThrowIfNull(baseTransform);
        BaseTransform = baseTransform.WithCache(cacheSize);
        ReinterpretedBatchNdims = reinterpretedBatchNdims;
    }

    /// <summary>The wrapped transform.</summary>
    public Transform BaseTransform { get; }

    /// <summary>How many extra rightmost dimensions are dependent.</summary>
    public int ReinterpretedBatchNdims { get; }

    /// <inheritdoc />
    public override Constraint Domain => Constraints.Independent(BaseTransform.Domain, ReinterpretedBatchNdims);
    /// <inheritdoc />
    public override Constraint Codomain => Constraints.Independent(BaseTransform.Codomain, ReinterpretedBatchNdims);
    /// <inheritdoc />
    public override bool Bijective => BaseTransform.Bijective;
    /// <inheritdoc />
    public override Tensor Sign => BaseTransform.Sign;
    /// <inheritdoc />
    public override Transform WithCache(int cacheSize = 1) =>
        CacheSize == cacheSize ? this : new IndependentTransform(BaseTransform, ReinterpretedBatchNdims, cacheSize);

    /// <inheritdoc />
    protected override Tensor Forward(Tensor x)
    {
        if (x.Dim < Domain.EventDim) throw new TorchException("Too few dimensions on input", TorchErrorKind.ValueError);
        return BaseTransform.Call(x);
    }

    /// <inheritdoc />
    protected override Tensor Inverse(Tensor y)
    {
        if (y.Dim < Codomain.EventDim) throw new TorchException("Too few dimensions on input", TorchErrorKind.ValueError);
        return BaseTransform.Inv.Call(y);
    }

    /// <inheritdoc />
    public override Tensor LogAbsDetJacobian(Tensor x, Tensor y) =>
        DistributionUtils.SumRightmost(BaseTransform.LogAbsDetJacobian(x, y), ReinterpretedBatchNdims);

    /// <inheritdoc />
    public override string ToString() => $"IndependentTransform({BaseTransform}, {ReinterpretedBatchNdims})";
    /// <inheritdoc />
    public override long[] ForwardShape(long[] shape) => BaseTransform.ForwardShape(shape);
    /// <inheritdoc />
    public override long[] InverseShape(long[] shape) => BaseTransform.InverseShape(shape);
}

/// <summary>Reshapes the rightmost part of a tensor, with a unit Jacobian (Python's <c>ReshapeTransform</c>).</summary>
public sealed class ReshapeTransform : Transform
{
    /// <summary>Reshapes events of <paramref name="inShape"/> into <paramref name="outShape"/>; ValueError when their sizes differ.</summary>
    public ReshapeTransform(long[] inShape, long[] outShape, int cacheSize = 0) : base(cacheSize)
    {
        ArgumentNullException.ThrowIfNull(inShape);
        ArgumentNullException.ThrowIfNull(outShape);
        (InShape, OutShape) = ((long[])inShape.Clone(), (long[])outShape.Clone());
        if (InShape.Aggregate(1L, (a, b) => a * b) != OutShape.Aggregate(1L, (a, b) => a * b))
            throw new TorchException("in_shape, out_shape have different numbers of elements", TorchErrorKind.ValueError);
    }

    /// <summary>The input event shape.</summary>
    public long[] InShape { get; }

    /// <summary>The output event shape.</summary>
    public long[] OutShape { get; }

    /// <inheritdoc />
    public override Constraint Domain => Constraints.Independent(Constraints.Real, InShape.Length);
    /// <inheritdoc />
    public override Constraint Codomain => Constraints.Independent(Constraints.Real, OutShape.Length);
    /// <inheritdoc />
    public override bool Bijective => true;
    /// <inheritdoc />
    protected override Transform Recreate(int cacheSize) => new ReshapeTransform(InShape, OutShape, cacheSize);
    /// <inheritdoc />
    protected override Tensor Forward(Tensor x) => x.Reshape([.. x.Shape[..(x.Dim - InShape.Length)], .. OutShape]);
    /// <inheritdoc />
    protected override Tensor Inverse(Tensor y) => y.Reshape([.. y.Shape[..(y.Dim - OutShape.Length)], .. InShape]);
    /// <inheritdoc />
    public override Tensor LogAbsDetJacobian(Tensor x, Tensor y) => x.NewZeros(x.Shape[..(x.Dim - InShape.Length)]);
    /// <inheritdoc />
    public override long[] ForwardShape(long[] shape) => Reshaped(shape, InShape, OutShape);
    /// <inheritdoc />
    public override long[] InverseShape(long[] shape) => Reshaped(shape, OutShape, InShape);

    private static long[] Reshaped(long[] shape, long[] from, long[] to)
    {
        if (shape.Length < from.Length) throw new TorchException("Too few dimensions on input", TorchErrorKind.ValueError);
        int cut = shape.Length - from.Length;
        if (!shape[cut..].SequenceEqual(from))
            throw new TorchException($"Shape mismatch: expected {Distribution.SizeText(shape[cut..])} but got {Distribution.SizeText(from)}",
                TorchErrorKind.ValueError);
        return [.. shape[..cut], .. to];
    }
}
