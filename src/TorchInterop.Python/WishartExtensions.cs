using System.Diagnostics.CodeAnalysis;
using TorchInterop.Distributions;

namespace TorchInterop.Python;

/// <summary>The Python names of <see cref="Wishart"/>'s members: <c>m.df</c>, <c>m.scale_tril</c>, <c>m.rsample(sample_shape, max_try_correction)</c>, ...</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class WishartExtensions
{
    extension(Wishart d)
    {
        /// <summary><c>m.df</c></summary>
        public Tensor df => d.Df;
        /// <summary><c>m.scale_tril</c></summary>
        public Tensor scale_tril => d.ScaleTril;
        /// <summary><c>m.covariance_matrix</c></summary>
        public Tensor covariance_matrix => d.CovarianceMatrix;
        /// <summary><c>m.precision_matrix</c></summary>
        public Tensor precision_matrix => d.PrecisionMatrix;
        /// <summary><c>m.rsample(sample_shape=torch.Size(), max_try_correction=None)</c></summary>
        public Tensor rsample(long[]? sample_shape = null, long? max_try_correction = null) => d.RSample(sample_shape, max_try_correction);
    }
}
