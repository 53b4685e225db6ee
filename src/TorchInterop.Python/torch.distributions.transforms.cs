using TorchInterop.Distributions;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class distributions
    {
        /// <summary><c>torch.distributions.identity_transform</c></summary>
        public static Distributions.ComposeTransform identity_transform => transforms.identity_transform;
        /// <summary><c>torch.distributions.ExpTransform(cache_size=0)</c></summary>
        public static Distributions.ExpTransform ExpTransform(int cache_size = 0) => transforms.ExpTransform(cache_size);
        /// <summary><c>torch.distributions.PowerTransform(exponent, cache_size=0)</c></summary>
        public static Distributions.PowerTransform PowerTransform(Tensor exponent, int cache_size = 0) => transforms.PowerTransform(exponent, cache_size);
        /// <summary><c>torch.distributions.SigmoidTransform(cache_size=0)</c></summary>
        public static Distributions.SigmoidTransform SigmoidTransform(int cache_size = 0) => transforms.SigmoidTransform(cache_size);
        /// <summary><c>torch.distributions.SoftplusTransform(cache_size=0)</c></summary>
        public static Distributions.SoftplusTransform SoftplusTransform(int cache_size = 0) => transforms.SoftplusTransform(cache_size);
        /// <summary><c>torch.distributions.TanhTransform(cache_size=0)</c></summary>
        public static Distributions.TanhTransform TanhTransform(int cache_size = 0) => transforms.TanhTransform(cache_size);
        /// <summary><c>torch.distributions.AbsTransform(cache_size=0)</c></summary>
        public static Distributions.AbsTransform AbsTransform(int cache_size = 0) => transforms.AbsTransform(cache_size);
        /// <summary><c>torch.distributions.AffineTransform(loc, scale, event_dim=0, cache_size=0)</c></summary>
        public static Distributions.AffineTransform AffineTransform(Tensor loc, Tensor scale, int event_dim = 0, int cache_size = 0) =>
            transforms.AffineTransform(loc, scale, event_dim, cache_size);
        /// <summary><c>torch.distributions.SoftmaxTransform(cache_size=0)</c></summary>
        public static Distributions.SoftmaxTransform SoftmaxTransform(int cache_size = 0) => transforms.SoftmaxTransform(cache_size);
        /// <summary><c>torch.distributions.StickBreakingTransform(cache_size=0)</c></summary>
        public static Distributions.StickBreakingTransform StickBreakingTransform(int cache_size = 0) => transforms.StickBreakingTransform(cache_size);
        /// <summary><c>torch.distributions.LowerCholeskyTransform(cache_size=0)</c></summary>
        public static Distributions.LowerCholeskyTransform LowerCholeskyTransform(int cache_size = 0) => transforms.LowerCholeskyTransform(cache_size);
#if LIBTORCH_2
        /// <summary><c>torch.distributions.PositiveDefiniteTransform(cache_size=0)</c> (2.x)</summary>
        public static Distributions.PositiveDefiniteTransform PositiveDefiniteTransform(int cache_size = 0) => transforms.PositiveDefiniteTransform(cache_size);
#endif
        /// <summary><c>torch.distributions.ComposeTransform(parts, cache_size=0)</c></summary>
        public static Distributions.ComposeTransform ComposeTransform(IReadOnlyList<Distributions.Transform> parts, int cache_size = 0) => transforms.ComposeTransform(parts, cache_size);
        /// <summary><c>torch.distributions.IndependentTransform(base_transform, reinterpreted_batch_ndims, cache_size=0)</c></summary>
        public static Distributions.IndependentTransform IndependentTransform(Distributions.Transform base_transform, int reinterpreted_batch_ndims, int cache_size = 0) =>
            transforms.IndependentTransform(base_transform, reinterpreted_batch_ndims, cache_size);
        /// <summary><c>torch.distributions.ReshapeTransform(in_shape, out_shape, cache_size=0)</c></summary>
        public static Distributions.ReshapeTransform ReshapeTransform(long[] in_shape, long[] out_shape, int cache_size = 0) =>
            transforms.ReshapeTransform(in_shape, out_shape, cache_size);
        /// <summary><c>torch.distributions.CumulativeDistributionTransform(distribution, cache_size=0)</c></summary>
        public static Distributions.CumulativeDistributionTransform CumulativeDistributionTransform(Distributions.Distribution distribution, int cache_size = 0) =>
            transforms.CumulativeDistributionTransform(distribution, cache_size);

        /// <summary>
        /// Python's <c>torch.distributions.transforms</c>. A transform is applied with <c>t.Call(x)</c> (Python's <c>t(x)</c>);
        /// <c>Transform</c> is the base of a transform of one's own.
        /// </summary>
        public static partial class transforms
        {
            /// <summary><c>transforms.Transform</c>, the base of a transform of one's own (override Forward, Inverse, LogAbsDetJacobian).</summary>
            public abstract class Transform(int cache_size = 0) : Distributions.Transform(cache_size);

            /// <summary><c>transforms.identity_transform</c>: <c>ComposeTransform([])</c>.</summary>
            public static Distributions.ComposeTransform identity_transform => Distributions.ComposeTransform.Identity;
            /// <summary><c>transforms.ExpTransform(cache_size=0)</c></summary>
            public static Distributions.ExpTransform ExpTransform(int cache_size = 0) => new(cache_size);
            /// <summary><c>transforms.PowerTransform(exponent, cache_size=0)</c></summary>
            public static Distributions.PowerTransform PowerTransform(Tensor exponent, int cache_size = 0) => new(exponent, cache_size);
            /// <summary><c>transforms.SigmoidTransform(cache_size=0)</c></summary>
            public static Distributions.SigmoidTransform SigmoidTransform(int cache_size = 0) => new(cache_size);
            /// <summary><c>transforms.SoftplusTransform(cache_size=0)</c></summary>
            public static Distributions.SoftplusTransform SoftplusTransform(int cache_size = 0) => new(cache_size);
            /// <summary><c>transforms.TanhTransform(cache_size=0)</c></summary>
            public static Distributions.TanhTransform TanhTransform(int cache_size = 0) => new(cache_size);
            /// <summary><c>transforms.AbsTransform(cache_size=0)</c></summary>
            public static Distributions.AbsTransform AbsTransform(int cache_size = 0) => new(cache_size);
            /// <summary><c>transforms.AffineTransform(loc, scale, event_dim=0, cache_size=0)</c></summary>
            public static Distributions.AffineTransform AffineTransform(Tensor loc, Tensor scale, int event_dim = 0, int cache_size = 0) =>
                new(loc, scale, event_dim, cache_size);
            /// <summary><c>transforms.SoftmaxTransform(cache_size=0)</c></summary>
            public static Distributions.SoftmaxTransform SoftmaxTransform(int cache_size = 0) => new(cache_size);
            /// <summary><c>transforms.StickBreakingTransform(cache_size=0)</c></summary>
            public static Distributions.StickBreakingTransform StickBreakingTransform(int cache_size = 0) => new(cache_size);
            /// <summary><c>transforms.LowerCholeskyTransform(cache_size=0)</c></summary>
            public static Distributions.LowerCholeskyTransform LowerCholeskyTransform(int cache_size = 0) => new(cache_size);
#if LIBTORCH_2
            /// <summary><c>transforms.PositiveDefiniteTransform(cache_size=0)</c> (2.x)</summary>
            public static Distributions.PositiveDefiniteTransform PositiveDefiniteTransform(int cache_size = 0) => new(cache_size);
#endif
            /// <summary><c>transforms.ComposeTransform(parts, cache_size=0)</c></summary>
            public static Distributions.ComposeTransform ComposeTransform(IReadOnlyList<Distributions.Transform> parts, int cache_size = 0) => new(parts, cache_size);
            /// <summary><c>transforms.IndependentTransform(base_transform, reinterpreted_batch_ndims, cache_size=0)</c></summary>
            public static Distributions.IndependentTransform IndependentTransform(Distributions.Transform base_transform, int reinterpreted_batch_ndims, int cache_size = 0) =>
                new(base_transform, reinterpreted_batch_ndims, cache_size);
            /// <summary><c>transforms.ReshapeTransform(in_shape, out_shape, cache_size=0)</c></summary>
            public static Distributions.ReshapeTransform ReshapeTransform(long[] in_shape, long[] out_shape, int cache_size = 0) => new(in_shape, out_shape, cache_size);
            /// <summary><c>transforms.CumulativeDistributionTransform(distribution, cache_size=0)</c></summary>
            public static Distributions.CumulativeDistributionTransform CumulativeDistributionTransform(Distributions.Distribution distribution, int cache_size = 0) =>
                new(distribution, cache_size);
        }
    }
}
