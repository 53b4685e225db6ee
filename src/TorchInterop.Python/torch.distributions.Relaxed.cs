using TorchInterop.Distributions;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class distributions
    {
        /// <summary>
        /// <c>torch.distributions.Transform</c>, the base of a transform of one's own (a subclass of
        /// <c>torch.distributions.transforms.Transform</c>): override Forward, Inverse, LogAbsDetJacobian, Domain and Codomain.
        /// </summary>
        public abstract class Transform(int cache_size = 0) : transforms.Transform(cache_size);

        /// <summary><c>torch.distributions.Weibull(scale, concentration, validate_args=None)</c></summary>
        public static Distributions.Weibull Weibull(Tensor scale, Tensor concentration, bool? validate_args = null) => new(scale, concentration, validate_args);

        /// <summary><c>torch.distributions.Kumaraswamy(concentration1, concentration0, validate_args=None)</c></summary>
        public static Distributions.Kumaraswamy Kumaraswamy(Tensor concentration1, Tensor concentration0, bool? validate_args = null) =>
            new(concentration1, concentration0, validate_args);

        /// <summary><c>torch.distributions.HalfCauchy(scale, validate_args=None)</c></summary>
        public static Distributions.HalfCauchy HalfCauchy(Tensor scale, bool? validate_args = null) => new(scale, validate_args);

        /// <summary><c>torch.distributions.LogisticNormal(loc, scale, validate_args=None)</c></summary>
        public static Distributions.LogisticNormal LogisticNormal(Tensor loc, Tensor scale, bool? validate_args = null) => new(loc, scale, validate_args);

        /// <summary><c>torch.distributions.RelaxedBernoulli(temperature, probs=None, logits=None, validate_args=None)</c></summary>
        public static Distributions.RelaxedBernoulli RelaxedBernoulli(Tensor temperature, Tensor? probs = null, Tensor? logits = null, bool? validate_args = null) =>
            new(temperature, probs, logits, validate_args);

        /// <summary><c>torch.distributions.RelaxedOneHotCategorical(temperature, probs=None, logits=None, validate_args=None)</c></summary>
        public static Distributions.RelaxedOneHotCategorical RelaxedOneHotCategorical(Tensor temperature, Tensor? probs = null, Tensor? logits = null,
            bool? validate_args = null) => new(temperature, probs, logits, validate_args);

#if LIBTORCH_2
        /// <summary><c>torch.distributions.InverseGamma(concentration, rate, validate_args=None)</c> (2.x)</summary>
        public static Distributions.InverseGamma InverseGamma(Tensor concentration, Tensor rate, bool? validate_args = null) =>
            new(concentration, rate, validate_args);
#endif

        /// <summary>
        /// <c>torch.distributions.biject_to</c>: <c>biject_to.Call(constraint)</c> is Python's <c>biject_to(constraint)</c>, a
        /// bijection from the reals; <c>biject_to.register(constraint, factory)</c> adds one.
        /// </summary>
        public static ConstraintRegistry biject_to => ConstraintRegistry.BijectTo;

        /// <summary>
        /// <c>torch.distributions.transform_to</c>: <c>transform_to.Call(constraint)</c> is Python's <c>transform_to(constraint)</c>,
        /// a transform from the reals onto the constrained space; <c>transform_to.register(constraint, factory)</c> adds one.
        /// </summary>
        public static ConstraintRegistry transform_to => ConstraintRegistry.TransformTo;

        /// <summary>Python's <c>torch.distributions.relaxed_bernoulli</c> module, where <c>LogitRelaxedBernoulli</c> lives.</summary>
        public static class relaxed_bernoulli
        {
            /// <summary><c>relaxed_bernoulli.LogitRelaxedBernoulli(temperature, probs=None, logits=None, validate_args=None)</c></summary>
            public static Distributions.LogitRelaxedBernoulli LogitRelaxedBernoulli(Tensor temperature, Tensor? probs = null, Tensor? logits = null,
                bool? validate_args = null) => new(temperature, probs, logits, validate_args);

            /// <summary><c>relaxed_bernoulli.RelaxedBernoulli</c></summary>
            public static Distributions.RelaxedBernoulli RelaxedBernoulli(Tensor temperature, Tensor? probs = null, Tensor? logits = null,
                bool? validate_args = null) => new(temperature, probs, logits, validate_args);
        }

        /// <summary>Python's <c>torch.distributions.relaxed_categorical</c> module, where <c>ExpRelaxedCategorical</c> lives.</summary>
        public static class relaxed_categorical
        {
            /// <summary><c>relaxed_categorical.ExpRelaxedCategorical(temperature, probs=None, logits=None, validate_args=None)</c></summary>
            public static Distributions.ExpRelaxedCategorical ExpRelaxedCategorical(Tensor temperature, Tensor? probs = null, Tensor? logits = null,
                bool? validate_args = null) => new(temperature, probs, logits, validate_args);

            /// <summary><c>relaxed_categorical.RelaxedOneHotCategorical</c></summary>
            public static Distributions.RelaxedOneHotCategorical RelaxedOneHotCategorical(Tensor temperature, Tensor? probs = null, Tensor? logits = null,
                bool? validate_args = null) => new(temperature, probs, logits, validate_args);
        }

        /// <summary>Python's <c>torch.distributions.constraint_registry</c> module.</summary>
        public static class constraint_registry
        {
            /// <summary><c>constraint_registry.biject_to</c></summary>
            public static ConstraintRegistry biject_to => ConstraintRegistry.BijectTo;

            /// <summary><c>constraint_registry.transform_to</c></summary>
            public static ConstraintRegistry transform_to => ConstraintRegistry.TransformTo;
        }

        public static partial class constraints
        {
            /// <summary><c>constraints.cat(cseq, dim=0, lengths=None)</c></summary>
            public static Distributions.Constraint cat(IReadOnlyList<Distributions.Constraint> cseq, int dim = 0, IReadOnlyList<long>? lengths = null) =>
                Constraints.Cat(cseq, dim, lengths);

            /// <summary><c>constraints.stack(cseq, dim=0)</c></summary>
            public static Distributions.Constraint stack(IReadOnlyList<Distributions.Constraint> cseq, int dim = 0) => Constraints.Stack(cseq, dim);
        }

        /// <summary><c>torch.distributions.CorrCholeskyTransform(cache_size=0)</c></summary>
        public static Distributions.CorrCholeskyTransform CorrCholeskyTransform(int cache_size = 0) => new(cache_size);

        /// <summary><c>torch.distributions.CatTransform(tseq, dim=0, lengths=None, cache_size=0)</c></summary>
        public static Distributions.CatTransform CatTransform(IReadOnlyList<Distributions.Transform> tseq, int dim = 0, IReadOnlyList<long>? lengths = null,
            int cache_size = 0) => new(tseq, dim, lengths, cache_size);

        /// <summary><c>torch.distributions.StackTransform(tseq, dim=0, cache_size=0)</c></summary>
        public static Distributions.StackTransform StackTransform(IReadOnlyList<Distributions.Transform> tseq, int dim = 0, int cache_size = 0) =>
            new(tseq, dim, cache_size);

        public static partial class transforms
        {
            /// <summary><c>transforms.CorrCholeskyTransform(cache_size=0)</c></summary>
            public static Distributions.CorrCholeskyTransform CorrCholeskyTransform(int cache_size = 0) => new(cache_size);

            /// <summary><c>transforms.CatTransform(tseq, dim=0, lengths=None, cache_size=0)</c></summary>
            public static Distributions.CatTransform CatTransform(IReadOnlyList<Distributions.Transform> tseq, int dim = 0, IReadOnlyList<long>? lengths = null,
                int cache_size = 0) => new(tseq, dim, lengths, cache_size);

            /// <summary><c>transforms.StackTransform(tseq, dim=0, cache_size=0)</c></summary>
            public static Distributions.StackTransform StackTransform(IReadOnlyList<Distributions.Transform> tseq, int dim = 0, int cache_size = 0) =>
                new(tseq, dim, cache_size);
        }
    }
}
