using TorchInterop.Distributions;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class distributions
    {
        /// <summary><c>torch.distributions.MultivariateNormal(loc, covariance_matrix=None, precision_matrix=None, scale_tril=None, validate_args=None)</c></summary>
        public static Distributions.MultivariateNormal MultivariateNormal(Tensor loc, Tensor? covariance_matrix = null, Tensor? precision_matrix = null,
            Tensor? scale_tril = null, bool? validate_args = null) => new(loc, covariance_matrix, precision_matrix, scale_tril, validate_args);

        /// <summary><c>torch.distributions.LowRankMultivariateNormal(loc, cov_factor, cov_diag, validate_args=None)</c></summary>
        public static Distributions.LowRankMultivariateNormal LowRankMultivariateNormal(Tensor loc, Tensor cov_factor, Tensor cov_diag,
            bool? validate_args = null) => new(loc, cov_factor, cov_diag, validate_args);

        /// <summary><c>torch.distributions.StudentT(df, loc=0.0, scale=1.0, validate_args=None)</c></summary>
        public static Distributions.StudentT StudentT(Tensor df, Tensor? loc = null, Tensor? scale = null, bool? validate_args = null) =>
            new(df, loc, scale, validate_args);

        /// <summary><c>torch.distributions.FisherSnedecor(df1, df2, validate_args=None)</c></summary>
        public static Distributions.FisherSnedecor FisherSnedecor(Tensor df1, Tensor df2, bool? validate_args = null) => new(df1, df2, validate_args);

        /// <summary><c>torch.distributions.Geometric(probs=None, logits=None, validate_args=None)</c></summary>
        public static Distributions.Geometric Geometric(Tensor? probs = null, Tensor? logits = null, bool? validate_args = null) =>
            new(probs, logits, validate_args);

        /// <summary><c>torch.distributions.NegativeBinomial(total_count, probs=None, logits=None, validate_args=None)</c></summary>
        public static Distributions.NegativeBinomial NegativeBinomial(Tensor total_count, Tensor? probs = null, Tensor? logits = null,
            bool? validate_args = null) => new(total_count, probs, logits, validate_args);

        /// <summary><c>torch.distributions.Multinomial(total_count=1, probs=None, logits=None, validate_args=None)</c> (an integer total_count, as PyTorch requires).</summary>
        public static Distributions.Multinomial Multinomial(long total_count = 1, Tensor? probs = null, Tensor? logits = null, bool? validate_args = null) =>
            new(total_count, probs, logits, validate_args);

        /// <summary><c>torch.distributions.ContinuousBernoulli(probs=None, logits=None, lims=(0.499, 0.501), validate_args=None)</c></summary>
        public static Distributions.ContinuousBernoulli ContinuousBernoulli(Tensor? probs = null, Tensor? logits = null, (double, double)? lims = null,
            bool? validate_args = null) => new(probs, logits, lims, validate_args);

        /// <summary><c>torch.distributions.VonMises(loc, concentration, validate_args=None)</c></summary>
        public static Distributions.VonMises VonMises(Tensor loc, Tensor concentration, bool? validate_args = null) => new(loc, concentration, validate_args);

        /// <summary><c>torch.distributions.MixtureSameFamily(mixture_distribution, component_distribution, validate_args=None)</c></summary>
        public static Distributions.MixtureSameFamily MixtureSameFamily(Distributions.Distribution mixture_distribution,
            Distributions.Distribution component_distribution, bool? validate_args = null) => new(mixture_distribution, component_distribution, validate_args);

        /// <summary><c>torch.distributions.LKJCholesky(dim, concentration=1.0, validate_args=None)</c></summary>
        public static Distributions.LKJCholesky LKJCholesky(long dim, Tensor? concentration = null, bool? validate_args = null) =>
            new(dim, concentration, validate_args);

#if LIBTORCH_2
        /// <summary><c>torch.distributions.GeneralizedPareto(loc, scale, concentration, validate_args=None)</c> (PyTorch 2.x)</summary>
        public static Distributions.GeneralizedPareto GeneralizedPareto(Tensor loc, Tensor scale, Tensor concentration, bool? validate_args = null) =>
            new(loc, scale, concentration, validate_args);
#endif
    }
}
#pragma warning restore CS8981, IDE1006
