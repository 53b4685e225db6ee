using F = TorchInterop.NN.Functional;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary><c>F.elu(input, alpha=1.0, inplace=False)</c></summary>
            public static Tensor elu(Tensor input, double alpha = 1.0, bool inplace = false) => F.Elu(input, alpha, inplace);

            /// <summary><c>F.elu_(input, alpha=1.0)</c></summary>
            public static Tensor elu_(Tensor input, double alpha = 1.0) => F.Elu_(input, alpha);

            /// <summary><c>F.celu(input, alpha=1.0, inplace=False)</c></summary>
            public static Tensor celu(Tensor input, double alpha = 1.0, bool inplace = false) => F.Celu(input, alpha, inplace);

            /// <summary><c>F.celu_(input, alpha=1.0)</c></summary>
            public static Tensor celu_(Tensor input, double alpha = 1.0) => F.Celu_(input, alpha);

            /// <summary><c>F.selu(input, inplace=False)</c></summary>
            public static Tensor selu(Tensor input, bool inplace = false) => F.Selu(input, inplace);

            /// <summary><c>F.selu_(input)</c></summary>
            public static Tensor selu_(Tensor input) => F.Selu_(input);

            /// <summary><c>F.glu(input, dim=-1)</c></summary>
            public static Tensor glu(Tensor input, long dim = -1) => F.Glu(input, dim);

            /// <summary><c>F.gelu(input, approximate='none')</c></summary>
            public static Tensor gelu(Tensor input, string approximate = "none") => F.Gelu(input, approximate);

            /// <summary><c>F.hardshrink(input, lambd=0.5)</c></summary>
            public static Tensor hardshrink(Tensor input, double lambd = 0.5) => F.Hardshrink(input, lambd);

            /// <summary><c>F.hardsigmoid(input, inplace=False)</c></summary>
            public static Tensor hardsigmoid(Tensor input, bool inplace = false) => F.Hardsigmoid(input, inplace);

            /// <summary><c>F.hardswish(input, inplace=False)</c></summary>
            public static Tensor hardswish(Tensor input, bool inplace = false) => F.Hardswish(input, inplace);

            /// <summary><c>F.hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False)</c></summary>
            public static Tensor hardtanh(Tensor input, double min_val = -1.0, double max_val = 1.0, bool inplace = false) =>
                F.Hardtanh(input, min_val, max_val, inplace);

            /// <summary><c>F.hardtanh_(input, min_val=-1.0, max_val=1.0)</c></summary>
            public static Tensor hardtanh_(Tensor input, double min_val = -1.0, double max_val = 1.0) => F.Hardtanh_(input, min_val, max_val);

            /// <summary><c>F.leaky_relu(input, negative_slope=0.01, inplace=False)</c></summary>
            public static Tensor leaky_relu(Tensor input, double negative_slope = 0.01, bool inplace = false) => F.LeakyRelu(input, negative_slope, inplace);

            /// <summary><c>F.leaky_relu_(input, negative_slope=0.01)</c></summary>
            public static Tensor leaky_relu_(Tensor input, double negative_slope = 0.01) => F.LeakyRelu_(input, negative_slope);

            /// <summary><c>F.logsigmoid(input)</c></summary>
            public static Tensor logsigmoid(Tensor input) => F.Logsigmoid(input);

            /// <summary><c>F.mish(input, inplace=False)</c></summary>
            public static Tensor mish(Tensor input, bool inplace = false) => F.Mish(input, inplace);

            /// <summary><c>F.prelu(input, weight)</c></summary>
            public static Tensor prelu(Tensor input, Tensor weight) => F.Prelu(input, weight);

            /// <summary><c>F.relu6(input, inplace=False)</c></summary>
            public static Tensor relu6(Tensor input, bool inplace = false) => F.Relu6(input, inplace);

            /// <summary><c>F.relu_(input)</c></summary>
            public static Tensor relu_(Tensor input) => F.Relu_(input);

            /// <summary><c>F.rrelu(input, lower=1/8, upper=1/3, training=False, inplace=False)</c></summary>
            public static Tensor rrelu(Tensor input, double lower = 1.0 / 8, double upper = 1.0 / 3, bool training = false, bool inplace = false) =>
                F.Rrelu(input, lower, upper, training, inplace);

            /// <summary><c>F.rrelu_(input, lower=1/8, upper=1/3, training=False)</c></summary>
            public static Tensor rrelu_(Tensor input, double lower = 1.0 / 8, double upper = 1.0 / 3, bool training = false) =>
                F.Rrelu_(input, lower, upper, training);

            /// <summary><c>F.silu(input, inplace=False)</c></summary>
            public static Tensor silu(Tensor input, bool inplace = false) => F.Silu(input, inplace);

            /// <summary><c>F.softmin(input, dim=None, dtype=None)</c></summary>
            public static Tensor softmin(Tensor input, long? dim = null, DType? dtype = null) => F.Softmin(input, dim, dtype);

            /// <summary><c>F.softplus(input, beta=1, threshold=20)</c></summary>
            public static Tensor softplus(Tensor input, double beta = 1, double threshold = 20) => F.Softplus(input, beta, threshold);

            /// <summary><c>F.softshrink(input, lambd=0.5)</c></summary>
            public static Tensor softshrink(Tensor input, double lambd = 0.5) => F.Softshrink(input, lambd);

            /// <summary><c>F.softsign(input)</c></summary>
            public static Tensor softsign(Tensor input) => F.Softsign(input);

            /// <summary><c>F.tanh(input)</c> (deprecated in PyTorch 1.13; it warns there)</summary>
            public static Tensor tanh(Tensor input) => F.Tanh(input);

            /// <summary><c>F.tanhshrink(input)</c></summary>
            public static Tensor tanhshrink(Tensor input) => F.Tanhshrink(input);

            /// <summary><c>F.threshold(input, threshold, value, inplace=False)</c></summary>
            public static Tensor threshold(Tensor input, Scalar threshold, Scalar value, bool inplace = false) => F.Threshold(input, threshold, value, inplace);

            /// <summary><c>F.threshold_(input, threshold, value)</c></summary>
            public static Tensor threshold_(Tensor input, Scalar threshold, Scalar value) => F.Threshold_(input, threshold, value);

            /// <summary><c>F.gumbel_softmax(logits, tau=1, hard=False, eps=1e-10, dim=-1)</c></summary>
            public static Tensor gumbel_softmax(Tensor logits, double tau = 1, bool hard = false, double eps = 1e-10, long dim = -1) =>
                F.GumbelSoftmax(logits, tau, hard, eps, dim);

            /// <summary><c>F.normalize(input, p=2.0, dim=1, eps=1e-12, out=None)</c></summary>
            public static Tensor normalize(Tensor input, double p = 2.0, long dim = 1, double eps = 1e-12, Tensor? @out = null) =>
                F.Normalize(input, p, dim, eps, @out);

            /// <summary><c>F.dropout(input, p=0.5, training=True, inplace=False)</c></summary>
            public static Tensor dropout(Tensor input, double p = 0.5, bool training = true, bool inplace = false) => F.Dropout(input, p, training, inplace);

            /// <summary><c>F.dropout1d(input, p=0.5, training=True, inplace=False)</c></summary>
            public static Tensor dropout1d(Tensor input, double p = 0.5, bool training = true, bool inplace = false) => F.Dropout1d(input, p, training, inplace);

            /// <summary><c>F.dropout2d(input, p=0.5, training=True, inplace=False)</c></summary>
            public static Tensor dropout2d(Tensor input, double p = 0.5, bool training = true, bool inplace = false) => F.Dropout2d(input, p, training, inplace);

            /// <summary><c>F.dropout3d(input, p=0.5, training=True, inplace=False)</c></summary>
            public static Tensor dropout3d(Tensor input, double p = 0.5, bool training = true, bool inplace = false) => F.Dropout3d(input, p, training, inplace);

            /// <summary><c>F.alpha_dropout(input, p=0.5, training=False, inplace=False)</c></summary>
            public static Tensor alpha_dropout(Tensor input, double p = 0.5, bool training = false, bool inplace = false) =>
                F.AlphaDropout(input, p, training, inplace);

            /// <summary><c>F.feature_alpha_dropout(input, p=0.5, training=False, inplace=False)</c></summary>
            public static Tensor feature_alpha_dropout(Tensor input, double p = 0.5, bool training = false, bool inplace = false) =>
                F.FeatureAlphaDropout(input, p, training, inplace);
        }
    }
}
#pragma warning restore CS8981, IDE1006
