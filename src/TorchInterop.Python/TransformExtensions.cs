using System.Diagnostics.CodeAnalysis;
using TorchInterop.Distributions;

namespace TorchInterop.Python;

/// <summary>Transforms' and transformed distributions' members under their Python names: <c>t.inv</c>, <c>t.log_abs_det_jacobian(x, y)</c>, <c>m.base_dist</c>, ...</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class TransformExtensions
{
    extension(Transform t)
    {
        /// <summary><c>t.inv</c></summary>
        public Transform inv => t.Inv;
        /// <summary><c>t.domain</c></summary>
        public Constraint domain => t.Domain;
        /// <summary><c>t.codomain</c></summary>
        public Constraint codomain => t.Codomain;
        /// <summary><c>t.bijective</c></summary>
        public bool bijective => t.Bijective;
        /// <summary><c>t.sign</c>: a Python int (+1, -1) as a number, or a tensor.</summary>
        public object sign => t.Sign is { IsWrappedNumber: true } number ? (object)number.Item() : t.Sign;
        /// <summary><c>t.event_dim</c></summary>
        public int event_dim => t.EventDim;
        /// <summary><c>t.with_cache(cache_size=1)</c></summary>
        public Transform with_cache(int cache_size = 1) => t.WithCache(cache_size);
        /// <summary><c>t.log_abs_det_jacobian(x, y)</c></summary>
        public Tensor log_abs_det_jacobian(Tensor x, Tensor y) => t.LogAbsDetJacobian(x, y);
        /// <summary><c>t.forward_shape(shape)</c></summary>
        public Size forward_shape(long[] shape) => new(t.ForwardShape(shape));
        /// <summary><c>t.inverse_shape(shape)</c></summary>
        public Size inverse_shape(long[] shape) => new(t.InverseShape(shape));
    }

    extension(ComposeTransform t)
    {
        /// <summary><c>t.parts</c></summary>
        public IReadOnlyList<Transform> parts => t.Parts;
    }

    extension(AffineTransform t)
    {
        /// <summary><c>t.loc</c></summary>
        public Tensor loc => t.Loc;
        /// <summary><c>t.scale</c></summary>
        public Tensor scale => t.Scale;
    }

    extension(PowerTransform t)
    {
        /// <summary><c>t.exponent</c></summary>
        public Tensor exponent => t.Exponent;
    }

    extension(IndependentTransform t)
    {
        /// <summary><c>t.base_transform</c></summary>
        public Transform base_transform => t.BaseTransform;
        /// <summary><c>t.reinterpreted_batch_ndims</c></summary>
        public int reinterpreted_batch_ndims => t.ReinterpretedBatchNdims;
    }

    extension(TransformedDistribution d)
    {
        /// <summary><c>m.base_dist</c></summary>
        public Distribution base_dist => d.BaseDist;
        /// <summary><c>m.transforms</c></summary>
        public IReadOnlyList<Transform> transforms => d.Transforms;
    }

    extension(Independent d)
    {
        /// <summary><c>m.base_dist</c></summary>
        public Distribution base_dist => d.BaseDist;
        /// <summary><c>m.reinterpreted_batch_ndims</c></summary>
        public int reinterpreted_batch_ndims => d.ReinterpretedBatchNdims;
    }

    extension(LogNormal d)
    {
        /// <summary><c>m.loc</c></summary>
        public Tensor loc => d.Loc;
        /// <summary><c>m.scale</c></summary>
        public Tensor scale => d.Scale;
    }

    extension(HalfNormal d)
    {
        /// <summary><c>m.scale</c></summary>
        public Tensor scale => d.Scale;
    }

    extension(Cauchy d)
    {
        /// <summary><c>m.loc</c></summary>
        public Tensor loc => d.Loc;
        /// <summary><c>m.scale</c></summary>
        public Tensor scale => d.Scale;
    }

    extension(Gumbel d)
    {
        /// <summary><c>m.loc</c></summary>
        public Tensor loc => d.Loc;
        /// <summary><c>m.scale</c></summary>
        public Tensor scale => d.Scale;
    }

    extension(Pareto d)
    {
        /// <summary><c>m.scale</c></summary>
        public Tensor scale => d.Scale;
        /// <summary><c>m.alpha</c></summary>
        public Tensor alpha => d.Alpha;
    }

    extension(Chi2 d)
    {
        /// <summary><c>m.df</c></summary>
        public Tensor df => d.Df;
    }
}
