namespace TorchInterop.Distributions;

/// <summary>PyTorch's catalogue of constraints (<c>torch.distributions.constraints</c>): the shared instances and the factories.</summary>
public static partial class Constraints
{
    /// <summary><c>constraints.dependent</c>: a support that depends on other variables.</summary>
    public static DependentConstraint Dependent { get; } = new();

    /// <summary><c>constraints.boolean</c></summary>
    public static Constraint Boolean { get; } = new BooleanConstraint();

    /// <summary><c>constraints.one_hot</c></summary>
    public static Constraint OneHot { get; } = new OneHotConstraint();

    /// <summary><c>constraints.nonnegative_integer</c>: <c>IntegerGreaterThan(lower_bound=0)</c>.</summary>
    public static Constraint NonnegativeInteger { get; } = new IntegerGreaterThanConstraint(0L);

    /// <summary><c>constraints.positive_integer</c>: <c>IntegerGreaterThan(lower_bound=1)</c>.</summary>
    public static Constraint PositiveInteger { get; } = new IntegerGreaterThanConstraint(1L);

    /// <summary><c>constraints.real</c></summary>
    public static Constraint Real { get; } = new RealConstraint();

    /// <summary><c>constraints.real_vector</c>: <c>independent(real, 1)</c>.</summary>
    public static Constraint RealVector { get; } = new IndependentConstraint(Real, 1);

    /// <summary><c>constraints.positive</c>: <c>GreaterThan(lower_bound=0.0)</c>.</summary>
    public static Constraint Positive { get; } = new GreaterThanConstraint(0.0);

    /// <summary><c>constraints.nonnegative</c>: <c>GreaterThanEq(lower_bound=0.0)</c>.</summary>
    public static Constraint Nonnegative { get; } = new GreaterThanEqConstraint(0.0);

    /// <summary><c>constraints.unit_interval</c>: <c>Interval(lower_bound=0.0, upper_bound=1.0)</c>.</summary>
    public static Constraint UnitInterval { get; } = new IntervalConstraint(0.0, 1.0);

    /// <summary><c>constraints.simplex</c></summary>
    public static Constraint Simplex { get; } = new SimplexConstraint();

    /// <summary><c>constraints.lower_triangular</c></summary>
    public static Constraint LowerTriangular { get; } = new LowerTriangularConstraint();

    /// <summary><c>constraints.lower_cholesky</c></summary>
    public static Constraint LowerCholesky { get; } = new LowerCholeskyConstraint();

    /// <summary><c>constraints.square</c></summary>
    public static Constraint Square { get; } = new SquareConstraint();

    /// <summary><c>constraints.symmetric</c></summary>
    public static Constraint Symmetric { get; } = new SymmetricConstraint();

    /// <summary><c>constraints.positive_definite</c></summary>
    public static Constraint PositiveDefinite { get; } = new PositiveDefiniteConstraint();

    /// <summary><c>constraints.independent(base_constraint, reinterpreted_batch_ndims)</c></summary>
    public static Constraint Independent(Constraint baseConstraint, int reinterpretedBatchNdims) => new IndependentConstraint(baseConstraint, reinterpretedBatchNdims);

    /// <summary><c>constraints.integer_interval(lower_bound, upper_bound)</c></summary>
    public static Constraint IntegerInterval(ConstraintBound lowerBound, ConstraintBound upperBound) => new IntegerIntervalConstraint(lowerBound, upperBound);

    /// <summary><c>constraints.greater_than(lower_bound)</c></summary>
    public static Constraint GreaterThan(ConstraintBound lowerBound) => new GreaterThanConstraint(lowerBound);

    /// <summary><c>constraints.greater_than_eq(lower_bound)</c></summary>
    public static Constraint GreaterThanEq(ConstraintBound lowerBound) => new GreaterThanEqConstraint(lowerBound);

    /// <summary><c>constraints.less_than(upper_bound)</c></summary>
    public static Constraint LessThan(ConstraintBound upperBound) => new LessThanConstraint(upperBound);

    /// <summary><c>constraints.interval(lower_bound, upper_bound)</c></summary>
    public static Constraint Interval(ConstraintBound lowerBound, ConstraintBound upperBound) => new IntervalConstraint(lowerBound, upperBound);

    /// <summary><c>constraints.half_open_interval(lower_bound, upper_bound)</c></summary>
    public static Constraint HalfOpenInterval(ConstraintBound lowerBound, ConstraintBound upperBound) => new HalfOpenIntervalConstraint(lowerBound, upperBound);

    /// <summary><c>constraints.multinomial(upper_bound)</c></summary>
    public static Constraint Multinomial(ConstraintBound upperBound) => new MultinomialConstraint(upperBound);

    /// <summary><c>constraints.is_dependent(constraint)</c></summary>
    public static bool IsDependent(Constraint constraint) => constraint is DependentConstraint;
}
