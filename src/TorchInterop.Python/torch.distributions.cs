using TorchInterop.Distributions;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary>
    /// Python's <c>torch.distributions</c>: <c>torch.distributions.Normal(loc, scale)</c>; parameters are numbers or
    /// tensors, as in Python (<c>Normal(0.0, 1.0)</c> and <c>Normal(torch.zeros(2), torch.ones(2))</c>).
    /// <c>from torch.distributions import Normal</c> is <c>using static TorchInterop.Python.torch.distributions;</c>.
    /// </summary>
    public static partial class distributions
    {
        /// <summary>
        /// Python's <c>Distribution</c>, the base of a distribution of one's own (<c>class MyDist : torch.distributions.Distribution</c>),
        /// with <c>Distribution.set_default_validate_args(value)</c>.
        /// </summary>
        public abstract class Distribution : Distributions.Distribution
        {
            /// <summary><c>Distribution.set_default_validate_args(value)</c>: validation on or off for distributions made afterwards.</summary>
            public static void set_default_validate_args(bool value) => SetDefaultValidateArgs(value);
        }

        /// <summary>Python's <c>ExponentialFamily</c>, the base of an exponential-family distribution of one's own.</summary>
        public abstract class ExponentialFamily : Distributions.ExponentialFamily;

        /// <summary><c>torch.distributions.Normal(loc, scale, validate_args=None)</c></summary>
        public static Distributions.Normal Normal(Tensor loc, Tensor scale, bool? validate_args = null) => new(loc, scale, validate_args);

        /// <summary><c>torch.distributions.Bernoulli(probs=None, logits=None, validate_args=None)</c></summary>
        public static Distributions.Bernoulli Bernoulli(Tensor? probs = null, Tensor? logits = null, bool? validate_args = null) =>
            new(probs, logits, validate_args);

        /// <summary><c>torch.distributions.Categorical(probs=None, logits=None, validate_args=None)</c></summary>
        public static Distributions.Categorical Categorical(Tensor? probs = null, Tensor? logits = null, bool? validate_args = null) =>
            new(probs, logits, validate_args);

        /// <summary><c>torch.distributions.OneHotCategorical(probs=None, logits=None, validate_args=None)</c></summary>
        public static Distributions.OneHotCategorical OneHotCategorical(Tensor? probs = null, Tensor? logits = null, bool? validate_args = null) =>
            new(probs, logits, validate_args);

        /// <summary><c>torch.distributions.OneHotCategoricalStraightThrough(probs=None, logits=None, validate_args=None)</c></summary>
        public static Distributions.OneHotCategoricalStraightThrough OneHotCategoricalStraightThrough(Tensor? probs = null, Tensor? logits = null,
            bool? validate_args = null) => new(probs, logits, validate_args);

        /// <summary><c>torch.distributions.Uniform(low, high, validate_args=None)</c></summary>
        public static Distributions.Uniform Uniform(Tensor low, Tensor high, bool? validate_args = null) => new(low, high, validate_args);

        /// <summary><c>torch.distributions.Exponential(rate, validate_args=None)</c></summary>
        public static Distributions.Exponential Exponential(Tensor rate, bool? validate_args = null) => new(rate, validate_args);

        /// <summary><c>torch.distributions.Laplace(loc, scale, validate_args=None)</c></summary>
        public static Distributions.Laplace Laplace(Tensor loc, Tensor scale, bool? validate_args = null) => new(loc, scale, validate_args);

        /// <summary><c>torch.distributions.Gamma(concentration, rate, validate_args=None)</c></summary>
        public static Distributions.Gamma Gamma(Tensor concentration, Tensor rate, bool? validate_args = null) => new(concentration, rate, validate_args);

        /// <summary><c>torch.distributions.Beta(concentration1, concentration0, validate_args=None)</c></summary>
        public static Distributions.Beta Beta(Tensor concentration1, Tensor concentration0, bool? validate_args = null) =>
            new(concentration1, concentration0, validate_args);

        /// <summary><c>torch.distributions.Dirichlet(concentration, validate_args=None)</c></summary>
        public static Distributions.Dirichlet Dirichlet(Tensor concentration, bool? validate_args = null) => new(concentration, validate_args);

        /// <summary><c>torch.distributions.Poisson(rate, validate_args=None)</c></summary>
        public static Distributions.Poisson Poisson(Tensor rate, bool? validate_args = null) => new(rate, validate_args);

        /// <summary><c>torch.distributions.Binomial(total_count=1, probs=None, logits=None, validate_args=None)</c></summary>
        public static Distributions.Binomial Binomial(Tensor? total_count = null, Tensor? probs = null, Tensor? logits = null, bool? validate_args = null) =>
            new(total_count, probs, logits, validate_args);

        /// <summary><c>torch.distributions.kl_divergence(p, q)</c></summary>
        public static Tensor kl_divergence(Distributions.Distribution p, Distributions.Distribution q) => KL.Divergence(p, q);

        /// <summary>
        /// <c>@register_kl(P, Q)</c> over a function: <c>register_kl&lt;Normal, Normal&gt;((p, q) =&gt; ...)</c> registers the
        /// formula for that pair of distribution types (and their subclasses).
        /// </summary>
        public static void register_kl<TP, TQ>(Func<TP, TQ, Tensor> fun) where TP : Distributions.Distribution where TQ : Distributions.Distribution =>
            KL.Register(fun);
    }
}
