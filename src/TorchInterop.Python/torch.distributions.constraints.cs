using TorchInterop.Distributions;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class distributions
    {
        /// <summary>Python's <c>torch.distributions.constraints</c>: <c>constraints.positive</c>, <c>constraints.interval(0., 1.)</c>, ...</summary>
        public static partial class constraints
        {
            /// <summary><c>constraints.Constraint</c>, the base of a constraint of one's own.</summary>
            public abstract class Constraint : Distributions.Constraint;

            /// <summary><c>constraints.dependent</c></summary>
            public static DependentConstraint dependent => Constraints.Dependent;
            /// <summary><c>constraints.boolean</c></summary>
            public static Distributions.Constraint boolean => Constraints.Boolean;
            /// <summary><c>constraints.one_hot</c></summary>
            public static Distributions.Constraint one_hot => Constraints.OneHot;
            /// <summary><c>constraints.nonnegative_integer</c></summary>
            public static Distributions.Constraint nonnegative_integer => Constraints.NonnegativeInteger;
            /// <summary><c>constraints.positive_integer</c></summary>
            public static Distributions.Constraint positive_integer => Constraints.PositiveInteger;
            /// <summary><c>constraints.real</c></summary>
            public static Distributions.Constraint real => Constraints.Real;
            /// <summary><c>constraints.real_vector</c></summary>
            public static Distributions.Constraint real_vector => Constraints.RealVector;
            /// <summary><c>constraints.positive</c></summary>
            public static Distributions.Constraint positive => Constraints.Positive;
            /// <summary><c>constraints.nonnegative</c></summary>
            public static Distributions.Constraint nonnegative => Constraints.Nonnegative;
            /// <summary><c>constraints.unit_interval</c></summary>
            public static Distributions.Constraint unit_interval => Constraints.UnitInterval;
            /// <summary><c>constraints.simplex</c></summary>
            public static Distributions.Constraint simplex => Constraints.Simplex;
            /// <summary><c>constraints.lower_triangular</c></summary>
            public static Distributions.Constraint lower_triangular => Constraints.LowerTriangular;
            /// <summary><c>constraints.lower_cholesky</c></summary>
            public static Distributions.Constraint lower_cholesky => Constraints.LowerCholesky;
            /// <summary><c>constraints.square</c></summary>
            public static Distributions.Constraint square => Constraints.Square;
            /// <summary><c>constraints.symmetric</c></summary>
            public static Distributions.Constraint symmetric => Constraints.Symmetric;
            /// <summary><c>constraints.positive_definite</c></summary>
            public static Distributions.Constraint positive_definite => Constraints.PositiveDefinite;

            /// <summary><c>constraints.independent(base_constraint, reinterpreted_batch_ndims)</c></summary>
            public static Distributions.Constraint independent(Distributions.Constraint base_constraint, int reinterpreted_batch_ndims) =>
                Constraints.Independent(base_constraint, reinterpreted_batch_ndims);
            /// <summary><c>constraints.integer_interval(lower_bound, upper_bound)</c></summary>
            public static Distributions.Constraint integer_interval(ConstraintBound lower_bound, ConstraintBound upper_bound) =>
                Constraints.IntegerInterval(lower_bound, upper_bound);
            /// <summary><c>constraints.greater_than(lower_bound)</c></summary>
            public static Distributions.Constraint greater_than(ConstraintBound lower_bound) => Constraints.GreaterThan(lower_bound);
            /// <summary><c>constraints.greater_than_eq(lower_bound)</c></summary>
            public static Distributions.Constraint greater_than_eq(ConstraintBound lower_bound) => Constraints.GreaterThanEq(lower_bound);
            /// <summary><c>constraints.less_than(upper_bound)</c></summary>
            public static Distributions.Constraint less_than(ConstraintBound upper_bound) => Constraints.LessThan(upper_bound);
            /// <summary><c>constraints.interval(lower_bound, upper_bound)</c></summary>
            public static Distributions.Constraint interval(ConstraintBound lower_bound, ConstraintBound upper_bound) =>
                Constraints.Interval(lower_bound, upper_bound);
            /// <summary><c>constraints.half_open_interval(lower_bound, upper_bound)</c></summary>
            public static Distributions.Constraint half_open_interval(ConstraintBound lower_bound, ConstraintBound upper_bound) =>
                Constraints.HalfOpenInterval(lower_bound, upper_bound);
            /// <summary><c>constraints.multinomial(upper_bound)</c></summary>
            public static Distributions.Constraint multinomial(ConstraintBound upper_bound) => Constraints.Multinomial(upper_bound);
            /// <summary><c>constraints.is_dependent(constraint)</c></summary>
            public static bool is_dependent(Distributions.Constraint constraint) => Constraints.IsDependent(constraint);
        }
    }
}
