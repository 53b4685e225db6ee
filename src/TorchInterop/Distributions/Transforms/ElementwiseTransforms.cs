namespace TorchInterop.Distributions;

/// <summary><c>y = exp(x)</c> (Python's <c>ExpTransform</c>).</summary>
public sealed class ExpTransform(int cacheSize = 0) : Transform(cacheSize)
{
    /// <inheritdoc />
    public override Constraint Domain => Constraints.Real;
    /// <inheritdoc />
    public override Constraint Codomain => Constraints.Positive;
    /// <inheritdoc />
    public override bool Bijective => true;
    /// <inheritdoc />
    public override Tensor Sign => 1;
    /// <inheritdoc />
    protected override Transform Recreate(int cacheSize) => new ExpTransform(cacheSize);
    /// <inheritdoc />
    public override bool Equals(Transform? other) => other is ExpTransform;
    /// <inheritdoc />
    public override int GetHashCode() => typeof(ExpTransform).GetHashCode();
    /// <inheritdoc />
    protected override Tensor Forward(Tensor x) => x.Exp();
    /// <inheritdoc />
    protected override Tensor Inverse(Tensor y) => y.Log();
    /// <inheritdoc />
    public override Tensor LogAbsDetJacobian(Tensor x, Tensor y) => x;
}

/// <summary><c>y = x ** exponent</c> on the positive reals (Python's <c>PowerTransform</c>).</summary>
public sealed class PowerTransform : Transform
{
    /// <summary>A power transform; the exponent is a number or a tensor.</summary>
    public PowerTransform(Tensor exponent, int cacheSize = 0) : base(cacheSize)
    {
        ArgumentNullException.ThrowIfNull(exponent);
        Exponent = DistributionUtils.BroadcastAll(exponent)[0];
    }

    /// <summary>The exponent, as a tensor.</summary>
    public Tensor Exponent { get; }
    /// <inheritdoc />
    public override Constraint Domain => Constraints.Positive;
    /// <inheritdoc />
    public override Constraint Codomain => Constraints.Positive;
    /// <inheritdoc />
    public override bool Bijective => true;
#if LIBTORCH_2
    /// <inheritdoc />
    public override Tensor Sign => DistributionUtils.Lazy(ref _sign, () => Exponent.Sign());
    private Tensor? _sign;
#else
    /// <inheritdoc />
    public override Tensor Sign => 1;
#endif
    /// <inheritdoc />
    protected override Transform Recreate(int cacheSize) => new PowerTransform(Exponent, cacheSize);
    /// <inheritdoc />
    public override bool Equals(Transform? other) => other is PowerTransform power && Exponent.Eq(power.Exponent).All().Item<bool>();
    /// <inheritdoc />
    public override int GetHashCode() => typeof(PowerTransform).GetHashCode();
    /// <inheritdoc />
    protected override Tensor Forward(Tensor x) => x.Pow(Exponent);
    /// <inheritdoc />
    protected override Tensor Inverse(Tensor y) => y.Pow(1 / Exponent);
    /// <inheritdoc />
    public override Tensor LogAbsDetJacobian(Tensor x, Tensor y) => (Exponent * y / x).Abs().Log();
    /// <inheritdoc />
    public override long[] ForwardShape(long[] shape) => BroadcastShapes(shape, Exponent.Shape);
    /// <inheritdoc />
    public override long[] InverseShape(long[] shape) => BroadcastShapes(shape, Exponent.Shape);
}

/// <summary><c>y = sigmoid(x)</c>, clipped into <c>[tiny, 1 - eps]</c>; inverse <c>logit</c> (Python's <c>SigmoidTransform</c>).</summary>
public sealed class SigmoidTransform(int cacheSize = 0) : Transform(cacheSize)
{
    /// <inheritdoc />
    public override Constraint Domain => Constraints.Real;
    /// <inheritdoc />
    public override Constraint Codomain => Constraints.UnitInterval;
    /// <inheritdoc />
    public override bool Bijective => true;
    /// <inheritdoc />
    public override Tensor Sign => 1;
    /// <inheritdoc />
    protected override Transform Recreate(int cacheSize) => new SigmoidTransform(cacheSize);
    /// <inheritdoc />
    public override bool Equals(Transform? other) => other is SigmoidTransform;
    /// <inheritdoc />
    public override int GetHashCode() => typeof(SigmoidTransform).GetHashCode();
    /// <inheritdoc />
    protected override Tensor Forward(Tensor x) => ClippedSigmoid(x);

    /// <inheritdoc />
    protected override Tensor Inverse(Tensor y)
    {
        var info = FloatInfo.Of(y.Dtype);
        y = y.Clamp(info.Tiny, 1.0 - info.Eps);
        return y.Log() - (-y).Log1p();
    }

    /// <inheritdoc />
    public override Tensor LogAbsDetJacobian(Tensor x, Tensor y) => -Torch.Softplus(-x) - Torch.Softplus(x);

    // Python's _clipped_sigmoid
    internal static Tensor ClippedSigmoid(Tensor x)
    {
        var info = FloatInfo.Of(x.Dtype);
        return Torch.Clamp(Torch.Sigmoid(x), info.Tiny, 1.0 - info.Eps);
    }
}

/// <summary><c>y = softplus(x) = log(1 + exp(x))</c>, linear above 20 (Python's <c>SoftplusTransform</c>).</summary>
public sealed class SoftplusTransform(int cacheSize = 0) : Transform(cacheSize)
{
    /// <inheritdoc />
    public override Constraint Domain => Constraints.Real;
    /// <inheritdoc />
    public override Constraint Codomain => Constraints.Positive;
    /// <inheritdoc />
    public override bool Bijective => true;
    /// <inheritdoc />
    public override Tensor Sign => 1;
    /// <inheritdoc />
    protected override Transform Recreate(int cacheSize) => new SoftplusTransform(cacheSize);
    /// <inheritdoc />
    public override bool Equals(Transform? other) => other is SoftplusTransform;
    /// <inheritdoc />
    public override int GetHashCode() => typeof(SoftplusTransform).GetHashCode();
    /// <inheritdoc />
    protected override Tensor Forward(Tensor x) => Torch.Softplus(x);
    /// <inheritdoc />
    protected override Tensor Inverse(Tensor y) => (-y).Expm1().Neg().Log() + y;
    /// <inheritdoc />
    public override Tensor LogAbsDetJacobian(Tensor x, Tensor y) => -Torch.Softplus(-x);
}

/// <summary><c>y = tanh(x)</c> (Python's <c>TanhTransform</c>).</summary>
public sealed class TanhTransform(int cacheSize = 0) : Transform(cacheSize)
{
    private static readonly Constraint Image = Constraints.Interval(-1.0, 1.0);

    /// <inheritdoc />
    public override Constraint Domain => Constraints.Real;
    /// <inheritdoc />
    public override Constraint Codomain => Image;
    /// <inheritdoc />
    public override bool Bijective => true;
    /// <inheritdoc />
    public override Tensor Sign => 1;
    /// <inheritdoc />
    protected override Transform Recreate(int cacheSize) => new TanhTransform(cacheSize);
    /// <inheritdoc />
    public override bool Equals(Transform? other) => other is TanhTransform;
    /// <inheritdoc />
    public override int GetHashCode() => typeof(TanhTransform).GetHashCode();
    /// <inheritdoc />
    protected override Tensor Forward(Tensor x) => x.Tanh();
    /// <inheritdoc />
    protected override Tensor Inverse(Tensor y) => Torch.Atanh(y);
    /// <inheritdoc />
    public override Tensor LogAbsDetJacobian(Tensor x, Tensor y) => 2.0 * (Math.Log(2.0) - x - Torch.Softplus(-2.0 * x));
}

/// <summary><c>y = |x|</c>, not bijective; its inverse is the identity (Python's <c>AbsTransform</c>).</summary>
public sealed class AbsTransform(int cacheSize = 0) : Transform(cacheSize)
{
    /// <inheritdoc />
    public override Constraint Domain => Constraints.Real;
    /// <inheritdoc />
    public override Constraint Codomain => Constraints.Positive;
    /// <inheritdoc />
    protected override Transform Recreate(int cacheSize) => new AbsTransform(cacheSize);
    /// <inheritdoc />
    public override bool Equals(Transform? other) => other is AbsTransform;
    /// <inheritdoc />
    public override int GetHashCode() => typeof(AbsTransform).GetHashCode();
    /// <inheritdoc />
    protected override Tensor Forward(Tensor x) => x.Abs();
    /// <inheritdoc />
    protected override Tensor Inverse(Tensor y) => y;
}

/// <summary>
/// The pointwise affine map <c>y = loc + scale * x</c> (Python's <c>AffineTransform</c>); <c>loc</c> and <c>scale</c>
/// are numbers or tensors, <c>event_dim</c> the size of the event shape (0 for univariate variables).
/// </summary>
public sealed class AffineTransform : Transform
{
    /// <summary>An affine transform.</summary>
    public AffineTransform(Tensor loc, Tensor scale, int eventDim = 0, int cacheSize = 0) : base(cacheSize)
    {
        ArgumentNullException.ThrowIfNull(loc);
        ArgumentNullException.ThrowIfNull(scale);
        (Loc, Scale, _eventDim) = (loc, scale, eventDim);
    }

    private readonly int _eventDim;

    /// <summary>The shift (a wrapped number for a Python number).</summary>
    public Tensor Loc { get; }

    /// <summary>The scale (a wrapped number for a Python number).</summary>
    public Tensor Scale { get; }

    /// <inheritdoc />
    public override int EventDim => _eventDim;
    /// <inheritdoc />
    public override Constraint Domain => _eventDim == 0 ? Constraints.Real : Constraints.Independent(Constraints.Real, _eventDim);
    /// <inheritdoc />
    public override Constraint Codomain => Domain;
    /// <inheritdoc />
    public override bool Bijective => true;

    /// <inheritdoc />
    public override Tensor Sign
    {
        get
        {
            if (!Scale.IsWrappedNumber) return Scale.Sign();
            double scale = Scale.Item().ToDouble();
            return scale > 0 ? 1 : scale < 0 ? -1 : 0;
        }
    }

    /// <inheritdoc />
    protected override Transform Recreate(int cacheSize) => new AffineTransform(Loc, Scale, _eventDim, cacheSize);

    /// <inheritdoc />
    public override bool Equals(Transform? other) =>
        other is AffineTransform affine && SameParameter(Loc, affine.Loc) && SameParameter(Scale, affine.Scale);

    /// <inheritdoc />
    public override int GetHashCode() => typeof(AffineTransform).GetHashCode();

    private static bool SameParameter(Tensor mine, Tensor theirs) =>
        mine.IsWrappedNumber && theirs.IsWrappedNumber ? mine.Item().ToDouble() == theirs.Item().ToDouble() : (mine == theirs).All().Item<bool>();

    /// <inheritdoc />
    protected override Tensor Forward(Tensor x) => Loc + Scale * x;
    /// <inheritdoc />
    protected override Tensor Inverse(Tensor y) => (y - Loc) / Scale;

    /// <inheritdoc />
    public override Tensor LogAbsDetJacobian(Tensor x, Tensor y)
    {
        var shape = x.Shape;
        var result = Scale.IsWrappedNumber ? Torch.FullLike(x, Math.Log(Math.Abs(Scale.Item().ToDouble()))) : Torch.Abs(Scale).Log();
        if (_eventDim != 0)
        {
            var size = result.Shape;
            result = result.View([.. size[..^_eventDim], -1]).Sum(-1);
            shape = shape[..^_eventDim];
        }
        return result.Expand(shape);
    }

    /// <inheritdoc />
    public override long[] ForwardShape(long[] shape) => BroadcastShapes(shape, Loc.Shape, Scale.Shape);
    /// <inheritdoc />
    public override long[] InverseShape(long[] shape) => BroadcastShapes(shape, Loc.Shape, Scale.Shape);
}

/// <summary>
/// The transform by a distribution's cumulative distribution function onto <c>[0, 1]</c>
/// (Python's <c>CumulativeDistributionTransform</c>); its log-det-Jacobian is the log density.
/// </summary>
public sealed class CumulativeDistributionTransform : Transform
{
    /// <summary>The transform by <paramref name="distribution"/>'s cdf.</summary>
    public CumulativeDistributionTransform(Distribution distribution, int cacheSize = 0) : base(cacheSize)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        Distribution = distribution;
    }

    /// <summary>The distribution whose cdf is applied.</summary>
    public Distribution Distribution { get; }
    /// <inheritdoc />
    public override Constraint Domain => Distribution.Support;
    /// <inheritdoc />
    public override Constraint Codomain => Constraints.UnitInterval;
    /// <inheritdoc />
    public override bool Bijective => true;
    /// <inheritdoc />
    public override Tensor Sign => 1;
    /// <inheritdoc />
    protected override Transform Recreate(int cacheSize) => new CumulativeDistributionTransform(Distribution, cacheSize);
    /// <inheritdoc />
    protected override Tensor Forward(Tensor x) => Distribution.Cdf(x);
    /// <inheritdoc />
    protected override Tensor Inverse(Tensor y) => Distribution.Icdf(y);
    /// <inheritdoc />
    public override Tensor LogAbsDetJacobian(Tensor x, Tensor y) => Distribution.LogProb(x);
}
