using TorchInterop.Distributions;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class distributions
    {
        public static partial class constraints
        {
            /// <summary><c>constraints.corr_cholesky</c></summary>
            public static Distributions.Constraint corr_cholesky => CorrCholeskyConstraint.Instance;
            /// <summary><c>constraints.positive_semidefinite</c></summary>
            public static Distributions.Constraint positive_semidefinite => PositiveSemidefiniteConstraint.Instance;
#if LIBTORCH_2
            /// <summary><c>constraints.MixtureSameFamilyConstraint(base_constraint)</c> (PyTorch 2.x)</summary>
            public static Distributions.Constraint MixtureSameFamilyConstraint(Distributions.Constraint base_constraint) =>
                new Distributions.MixtureSameFamilyConstraint(base_constraint);
#endif
        }
    }
}
#pragma warning restore CS8981, IDE1006
