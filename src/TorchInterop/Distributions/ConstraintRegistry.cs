namespace TorchInterop.Distributions;

/// <summary>
/// Links constraint classes to factories of transforms into the constrained space (Python's
/// <c>torch.distributions.constraint_registry.ConstraintRegistry</c>). <see cref="BijectTo"/> gives bijections,
/// <see cref="TransformTo"/> any transform onto the space. A lookup is by the constraint's exact class, so a class
/// registered later replaces an earlier registration of the same class (PyTorch maps <c>positive</c>, a
/// <c>GreaterThan</c>, through the <c>greater_than</c> factory).
/// </summary>
/// <example><code>var t = ConstraintRegistry.TransformTo.Call(Constraints.Positive); var y = t.Call(x);</code></example>
public sealed class ConstraintRegistry
{
    private readonly Dictionary<Type, Func<Constraint, Transform>> _registry = [];

    /// <summary>Python's <c>biject_to</c>: bijective transforms from the reals to each constrained space.</summary>
    public static ConstraintRegistry BijectTo { get; } = new();

    /// <summary>Python's <c>transform_to</c>: transforms from the reals onto each constrained space.</summary>
    public static ConstraintRegistry TransformTo { get; } = new();

    /// <summary>Registers <paramref name="factory"/> for the class of the constraint instance <paramref name="constraint"/>.</summary>
    public Func<Constraint, Transform> Register(Constraint constraint, Func<Constraint, Transform> factory)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        return Register(constraint.GetType(), factory);
    }

    /// <summary>Registers <paramref name="factory"/> for a constraint class; TypeError if it is not a Constraint subclass.</summary>
    public Func<Constraint, Transform> Register(Type constraint, Func<Constraint, Transform> factory)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        ArgumentNullException.ThrowIfNull(factory);
        if (!typeof(Constraint).IsAssignableFrom(constraint))
            throw new TorchException($"Expected constraint to be either a Constraint subclass or instance, but got <class '{constraint.FullName}'>",
                TorchErrorKind.TypeError);
        _registry[constraint] = factory;
        return factory;
    }

    /// <summary>Python's <c>registry(constraint)</c>: the registered transform for the constraint; NotImplementedError if none.</summary>
    public Transform Call(Constraint constraint)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        if (!_registry.TryGetValue(constraint.GetType(), out var factory))
            throw new TorchException($"Cannot transform {PythonClassName(constraint.GetType())} constraints", TorchErrorKind.NotImplementedError);
        return factory(constraint);
    }

    // PyTorch's own constraint classes are private: _Boolean, _IndependentConstraint
    private static string PythonClassName(Type type)
    {
        if (type.Assembly != typeof(Constraint).Assembly) return type.Name;
        if (type == typeof(IndependentConstraint)) return "_IndependentConstraint";
        if (type == typeof(DependentConstraint)) return "_Dependent";
        return "_" + type.Name.Replace("Constraint", "", StringComparison.Ordinal);
    }

    static ConstraintRegistry()
    {
        foreach (var registry in new[] { BijectTo, TransformTo })
        {
            registry.Register(typeof(RealConstraint), _ => ComposeTransform.Identity);
            registry.Register(typeof(IndependentConstraint), c =>
            {
                var independent = (IndependentConstraint)c;
                return new IndependentTransform(registry.Call(independent.BaseConstraint), independent.ReinterpretedBatchNdims);
            });
            registry.Register(typeof(GreaterThanConstraint), c => ToGreaterThan(((GreaterThanConstraint)c).LowerBound));
            registry.Register(typeof(GreaterThanEqConstraint), c => ToGreaterThan(((GreaterThanEqConstraint)c).LowerBound));
            registry.Register(typeof(LessThanConstraint), c =>
                new ComposeTransform([new ExpTransform(), new AffineTransform(BoundTensor(((LessThanConstraint)c).UpperBound), -1)]));
            registry.Register(typeof(IntervalConstraint), c => ToInterval(((IntervalConstraint)c).LowerBound, ((IntervalConstraint)c).UpperBound));
            registry.Register(typeof(HalfOpenIntervalConstraint), c =>
                ToInterval(((HalfOpenIntervalConstraint)c).LowerBound, ((HalfOpenIntervalConstraint)c).UpperBound));
            registry.Register(typeof(CorrCholeskyConstraint), _ => new CorrCholeskyTransform());
            registry.Register(typeof(CatConstraint), c =>
            {
                var cat = (CatConstraint)c;
                return new CatTransform(cat.Cseq.Select(registry.Call).ToList(), cat.Dim, cat.Lengths);
            });
            registry.Register(typeof(StackConstraint), c =>
            {
                var stack = (StackConstraint)c;
                return new StackTransform(stack.Cseq.Select(registry.Call).ToList(), stack.Dim);
            });
        }
        BijectTo.Register(typeof(SimplexConstraint), _ => new StickBreakingTransform());
        TransformTo.Register(typeof(SimplexConstraint), _ => new SoftmaxTransform());
        TransformTo.Register(typeof(LowerCholeskyConstraint), _ => new LowerCholeskyTransform());
#if LIBTORCH_2
        TransformTo.Register(typeof(PositiveDefiniteConstraint), _ => new PositiveDefiniteTransform());
        TransformTo.Register(typeof(PositiveSemidefiniteConstraint), _ => new PositiveDefiniteTransform());
#endif
    }

    private static Tensor BoundTensor(ConstraintBound bound) => bound.Tensor ?? (Tensor)bound.Number;

    private static Transform ToGreaterThan(ConstraintBound lowerBound) =>
        new ComposeTransform([new ExpTransform(), new AffineTransform(BoundTensor(lowerBound), 1)]);

    private static Transform ToInterval(ConstraintBound lowerBound, ConstraintBound upperBound)
    {
        // the unit interval given as numbers is a plain sigmoid
        if (lowerBound.Tensor is null && upperBound.Tensor is null && lowerBound.Number.ToDouble() == 0 && upperBound.Number.ToDouble() == 1)
            return new SigmoidTransform();
        var loc = BoundTensor(lowerBound);
        Tensor scale;
        if (lowerBound.Tensor is not null || upperBound.Tensor is not null) scale = BoundTensor(upperBound) - loc;
        else if (lowerBound.Number.Kind == ScalarKind.Int && upperBound.Number.Kind == ScalarKind.Int)
            scale = upperBound.Number.ToInt64() - lowerBound.Number.ToInt64();
        else scale = upperBound.Number.ToDouble() - lowerBound.Number.ToDouble();
        return new ComposeTransform([new SigmoidTransform(), new AffineTransform(loc, scale)]);
    }
}
