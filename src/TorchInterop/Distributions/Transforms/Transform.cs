namespace TorchInterop.Distributions;

/// <summary>
/// An invertible transformation with a computable log-det-Jacobian (Python's <c>torch.distributions.transforms.Transform</c>),
/// used by <see cref="TransformedDistribution"/>. A subclass implements <see cref="Forward"/> and/or <see cref="Inverse"/>;
/// with <c>cache_size=1</c> the latest pair <c>(x, y)</c> is remembered, compared by reference as Python compares with <c>is</c>.
/// C# cannot call an object: Python's <c>t(x)</c> is <c>t.Call(x)</c>.
/// </summary>
/// <example><code>var t = new ExpTransform(); var y = t.Call(x); var back = t.Inv.Call(y);</code></example>
public abstract class Transform : IEquatable<Transform>
{
    private Tensor? _cachedX;
    private Tensor? _cachedY;
    private protected Transform? _inverse;

    /// <summary>A transform caching nothing (0) or its latest value (1); ValueError otherwise.</summary>
    protected Transform(int cacheSize = 0)
    {
        if (cacheSize != 0 && cacheSize != 1) throw new TorchException("cache_size must be 0 or 1", TorchErrorKind.ValueError);
        CacheSize = cacheSize;
    }

    /// <summary>How many values are cached: 0 or 1 (Python's <c>_cache_size</c>).</summary>
    public int CacheSize { get; }

    /// <summary>The constraint valid inputs satisfy.</summary>
    public virtual Constraint Domain => throw new TorchException("", TorchErrorKind.NotImplementedError);

    /// <summary>The constraint outputs satisfy (the inputs of the inverse).</summary>
    public virtual Constraint Codomain => throw new TorchException("", TorchErrorKind.NotImplementedError);

    /// <summary>Whether <c>t.inv(t(x)) == x</c> and <c>t(t.inv(y)) == y</c> everywhere.</summary>
    public virtual bool Bijective => false;

    /// <summary>
    /// The sign of the Jacobian's determinant of a bijective univariate transform: +1 or -1 as a wrapped number, or a
    /// tensor (AffineTransform with a tensor scale); NotImplementedError where not defined.
    /// </summary>
    public virtual Tensor Sign => throw new TorchException("", TorchErrorKind.NotImplementedError);

    /// <summary>The event dimension when domain and codomain agree; ValueError otherwise.</summary>
    public virtual int EventDim
    {
        get
        {
            if (Domain.EventDim == Codomain.EventDim) return Domain.EventDim;
            throw new TorchException("Please use either .domain.event_dim or .codomain.event_dim", TorchErrorKind.ValueError);
        }
    }

    /// <summary>The inverse transform; <c>t.Inv.Inv</c> is <c>t</c>.</summary>
    public virtual Transform Inv => _inverse ??= new InverseTransform(this);

    /// <summary>This transform with the given cache size (itself when it already has it).</summary>
    public virtual Transform WithCache(int cacheSize = 1)
    {
        if (CacheSize == cacheSize) return this;
        return Recreate(cacheSize) ??
            throw new TorchException($"<class '{PythonModule}.{PythonName}'>.with_cache is not implemented", TorchErrorKind.NotImplementedError);
    }

    /// <summary>A copy of this transform with another cache size, or null when the class cannot make one.</summary>
    protected virtual Transform? Recreate(int cacheSize) => null;

    /// <summary>Python's <c>t(x)</c>: computes <c>y</c>, from the cache when <paramref name="x"/> is the cached input.</summary>
    public virtual Tensor Call(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (CacheSize == 0) return Forward(x);
        if (ReferenceEquals(x, _cachedX)) return _cachedY!;
        var y = Forward(x);
        (_cachedX, _cachedY) = (x, y);
        return y;
    }

    /// <summary>Inverts <c>y =&gt; x</c>, from the cache when <paramref name="y"/> is the cached output.</summary>
    internal Tensor InverseCall(Tensor y)
    {
        ArgumentNullException.ThrowIfNull(y);
        if (CacheSize == 0) return Inverse(y);
        if (ReferenceEquals(y, _cachedY)) return _cachedX!;
        var x = Inverse(y);
        (_cachedX, _cachedY) = (x, y);
        return x;
    }

    /// <summary>The forward computation (Python's <c>_call</c>).</summary>
    protected virtual Tensor Forward(Tensor x) => throw new TorchException("", TorchErrorKind.NotImplementedError);

    /// <summary>The inverse computation (Python's <c>_inverse</c>).</summary>
    protected virtual Tensor Inverse(Tensor y) => throw new TorchException("", TorchErrorKind.NotImplementedError);

    /// <summary><c>log |dy/dx|</c> given input and output.</summary>
    public virtual Tensor LogAbsDetJacobian(Tensor x, Tensor y) => throw new TorchException("", TorchErrorKind.NotImplementedError);

    /// <summary>The output shape for an input shape (unchanged by default).</summary>
    public virtual long[] ForwardShape(long[] shape) => shape;

    /// <summary>The input shape for an output shape (unchanged by default).</summary>
    public virtual long[] InverseShape(long[] shape) => shape;

    /// <summary>The Python class name.</summary>
    protected virtual string PythonName => GetType().Name;

    /// <summary>The Python module of the class.</summary>
    protected virtual string PythonModule => "torch.distributions.transforms";

    /// <summary>Python's repr: <c>ExpTransform()</c>.</summary>
    public override string ToString() => PythonName + "()";

    /// <summary>Python's <c>==</c>: identity unless a subclass compares its parameters.</summary>
    public virtual bool Equals(Transform? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Transform other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => GetType().GetHashCode();

    /// <summary>Python's <c>t1 == t2</c>.</summary>
    public static bool operator ==(Transform? left, Transform? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Python's <c>t1 != t2</c>.</summary>
    public static bool operator !=(Transform? left, Transform? right) => !(left == right);

    internal static TorchException Assertion() => new("", TorchErrorKind.AssertionError);

    // torch.broadcast_shapes as 1.13 computes it: zero-strided expansions broadcast together, with broadcast_tensors' message
    internal static long[] BroadcastShapes(params long[][] shapes)
    {
        using (Autograd.NoGrad())
        {
            using var scalar = Torch.Zeros([]);
            var expanded = shapes.Select(s => scalar.Expand(s)).ToArray();
            return Torch.BroadcastTensors(expanded)[0].Shape;
        }
    }
}

/// <summary>The inverse of a transform (Python's private <c>_InverseTransform</c>; use <see cref="Transform.Inv"/>).</summary>
public sealed class InverseTransform : Transform
{
    internal InverseTransform(Transform transform) : base(transform.CacheSize) => _inverse = transform;

    private Transform Original => _inverse!;

    /// <inheritdoc />
    public override Constraint Domain => Original.Codomain;

    /// <inheritdoc />
    public override Constraint Codomain => Original.Domain;

    /// <inheritdoc />
    public override bool Bijective => Original.Bijective;

    /// <inheritdoc />
    public override Tensor Sign => Original.Sign;

    /// <inheritdoc />
    public override Transform Inv => Original;

    /// <inheritdoc />
    public override Transform WithCache(int cacheSize = 1) => Original.WithCache(cacheSize).Inv;

    /// <inheritdoc />
    public override bool Equals(Transform? other) => other is InverseTransform inverse && Original == inverse.Original;

    /// <inheritdoc />
    public override int GetHashCode() => Original.GetHashCode() ^ 1;

    /// <inheritdoc />
    protected override string PythonName => "_InverseTransform";

    /// <inheritdoc />
    public override string ToString() => $"_InverseTransform({Original})";

    /// <inheritdoc />
    public override Tensor Call(Tensor x) => Original.InverseCall(x);

    /// <inheritdoc />
    public override Tensor LogAbsDetJacobian(Tensor x, Tensor y) => -Original.LogAbsDetJacobian(y, x);

    /// <inheritdoc />
    public override long[] ForwardShape(long[] shape) => Original.InverseShape(shape);

    /// <inheritdoc />
    public override long[] InverseShape(long[] shape) => Original.ForwardShape(shape);
}
