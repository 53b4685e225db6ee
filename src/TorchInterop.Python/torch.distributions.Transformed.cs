using TorchInterop.Distributions;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class distributions
    {
        /// <summary><c>torch.distributions.TransformedDistribution(base_distribution, transforms, validate_args=None)</c> with a list of transforms.</summary>
        public static Distributions.TransformedDistribution TransformedDistribution(Distributions.Distribution base_distribution,
            IReadOnlyList<Distributions.Transform> transforms, bool? validate_args = null) => new(base_distribution, transforms, validate_args);

        /// <summary><c>torch.distributions.TransformedDistribution(base_distribution, transform, validate_args=None)</c> with one transform.</summary>
        public static Distributions.TransformedDistribution TransformedDistribution(Distributions.Distribution base_distribution,
            Distributions.Transform transforms, bool? validate_args = null) => new(base_distribution, transforms, validate_args);

        /// <summary><c>torch.distributions.Independent(base_distribution, reinterpreted_batch_ndims, validate_args=None)</c></summary>
        public static Distributions.Independent Independent(Distributions.Distribution base_distribution, int reinterpreted_batch_ndims,
            bool? validate_args = null) => new(base_distribution, reinterpreted_batch_ndims, validate_args);

        /// <summary><c>torch.distributions.LogNormal(loc, scale, validate_args=None)</c></summary>
        public static Distributions.LogNormal LogNormal(Tensor loc, Tensor scale, bool? validate_args = null) => new(loc, scale, validate_args);

        /// <summary><c>torch.distributions.HalfNormal(scale, validate_args=None)</c></summary>
        public static Distributions.HalfNormal HalfNormal(Tensor scale, bool? validate_args = null) => new(scale, validate_args);

        /// <summary><c>torch.distributions.Cauchy(loc, scale, validate_args=None)</c></summary>
        public static Distributions.Cauchy Cauchy(Tensor loc, Tensor scale, bool? validate_args = null) => new(loc, scale, validate_args);

        /// <summary><c>torch.distributions.Gumbel(loc, scale, validate_args=None)</c></summary>
        public static Distributions.Gumbel Gumbel(Tensor loc, Tensor scale, bool? validate_args = null) => new(loc, scale, validate_args);

        /// <summary><c>torch.distributions.Pareto(scale, alpha, validate_args=None)</c></summary>
        public static Distributions.Pareto Pareto(Tensor scale, Tensor alpha, bool? validate_args = null) => new(scale, alpha, validate_args);

        /// <summary><c>torch.distributions.Chi2(df, validate_args=None)</c></summary>
        public static Distributions.Chi2 Chi2(Tensor df, bool? validate_args = null) => new(df, validate_args);
    }
}
