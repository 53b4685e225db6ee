using System.Diagnostics.CodeAnalysis;
using TorchInterop.Distributions;

namespace TorchInterop.Python;

/// <summary>
/// The Python names of the multivariate and remaining families' members: <c>m.scale_tril</c>, <c>m.cov_factor</c>,
/// <c>m.df</c>, <c>m.mixture_distribution</c>, ...
/// </summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class MultivariateDistributionExtensions
{
    extension(MultivariateNormal d)
    {
        /// <summary><c>m.loc</c></summary>
        public Tensor loc => d.Loc;
        /// <summary><c>m.scale_tril</c></summary>
        public Tensor scale_tril => d.ScaleTril;
        /// <summary><c>m.covariance_matrix</c></summary>
        public Tensor covariance_matrix => d.CovarianceMatrix;
        /// <summary><c>m.precision_matrix</c></summary>
        public Tensor precision_matrix => d.PrecisionMatrix;
    }

    extension(LowRankMultivariateNormal d)
    {
        /// <summary><c>m.loc</c></summary>
        public Tensor loc => d.Loc;
        /// <summary><c>m.cov_factor</c></summary>
        public Tensor cov_factor => d.CovFactor;
        /// <summary><c>m.cov_diag</c></summary>
        public Tensor cov_diag => d.CovDiag;
        /// <summary><c>m.scale_tril</c></summary>
        public Tensor scale_tril => d.ScaleTril;
        /// <summary><c>m.covariance_matrix</c></summary>
        public Tensor covariance_matrix => d.CovarianceMatrix;
        /// <summary><c>m.precision_matrix</c></summary>
        public Tensor precision_matrix => d.PrecisionMatrix;
    }

    extension(StudentT d)
    {
        /// <summary><c>m.df</c></summary>
        public Tensor df => d.Df;
        /// <summary><c>m.loc</c></summary>
        public Tensor loc => d.Loc;
        /// <summary><c>m.scale</c></summary>
        public Tensor scale => d.Scale;
    }

    extension(FisherSnedecor d)
    {
        /// <summary><c>m.df1</c></summary>
        public Tensor df1 => d.Df1;
        /// <summary><c>m.df2</c></summary>
        public Tensor df2 => d.Df2;
    }

    extension(Geometric d)
    {
        /// <summary><c>m.probs</c></summary>
        public Tensor probs => d.Probs;
        /// <summary><c>m.logits</c></summary>
        public Tensor logits => d.Logits;
    }

    extension(NegativeBinomial d)
    {
        /// <summary><c>m.total_count</c></summary>
        public Tensor total_count => d.TotalCount;
        /// <summary><c>m.probs</c></summary>
        public Tensor probs => d.Probs;
        /// <summary><c>m.logits</c></summary>
        public Tensor logits => d.Logits;
        /// <summary><c>m.param_shape</c></summary>
        public Size param_shape => new(d.ParamShape);
    }

    extension(Multinomial d)
    {
        /// <summary><c>m.total_count</c></summary>
        public long total_count => d.TotalCount;
        /// <summary><c>m.probs</c></summary>
        public Tensor probs => d.Probs;
        /// <summary><c>m.logits</c></summary>
        public Tensor logits => d.Logits;
        /// <summary><c>m.param_shape</c></summary>
        public Size param_shape => new(d.ParamShape);
    }

    extension(ContinuousBernoulli d)
    {
        /// <summary><c>m.probs</c></summary>
        public Tensor probs => d.Probs;
        /// <summary><c>m.logits</c></summary>
        public Tensor logits => d.Logits;
        /// <summary><c>m.param_shape</c></summary>
        public Size param_shape => new(d.ParamShape);
    }

    extension(VonMises d)
    {
        /// <summary><c>m.loc</c></summary>
        public Tensor loc => d.Loc;
        /// <summary><c>m.concentration</c></summary>
        public Tensor concentration => d.Concentration;
    }

    extension(MixtureSameFamily d)
    {
        /// <summary><c>m.mixture_distribution</c></summary>
        public Categorical mixture_distribution => d.MixtureDistribution;
        /// <summary><c>m.component_distribution</c></summary>
        public Distribution component_distribution => d.ComponentDistribution;
    }

    extension(LKJCholesky d)
    {
        /// <summary><c>m.dim</c></summary>
        public long dim => d.Dim;
        /// <summary><c>m.concentration</c></summary>
        public Tensor concentration => d.Concentration;
    }
#if LIBTORCH_2

    extension(GeneralizedPareto d)
    {
        /// <summary><c>m.loc</c></summary>
        public Tensor loc => d.Loc;
        /// <summary><c>m.scale</c></summary>
        public Tensor scale => d.Scale;
        /// <summary><c>m.concentration</c></summary>
        public Tensor concentration => d.Concentration;
        /// <summary><c>m.log_survival_function(value)</c></summary>
        public Tensor log_survival_function(Tensor value) => d.LogSurvivalFunction(value);
        /// <summary><c>m.log_cdf(value)</c></summary>
        public Tensor log_cdf(Tensor value) => d.LogCdf(value);
    }
#endif
}
