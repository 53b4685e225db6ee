using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary>Python's <c>torch.nn</c>: the layers under their Python names.</summary>
    public static partial class nn
    {
        /// <summary><c>torch.nn.Linear(in_features, out_features, bias=True)</c></summary>
        public static Linear Linear(long in_features, long out_features, bool bias = true) => new(in_features, out_features, bias);

        /// <summary><c>torch.nn.ReLU(inplace=False)</c></summary>
        public static ReLU ReLU(bool inplace = false) => new(inplace);

        /// <summary><c>torch.nn.Sigmoid()</c></summary>
        public static NN.Sigmoid Sigmoid() => new();

        /// <summary><c>torch.nn.Tanh()</c></summary>
        public static NN.Tanh Tanh() => new();

        /// <summary><c>torch.nn.Flatten(start_dim=1, end_dim=-1)</c></summary>
        public static Flatten Flatten(long start_dim = 1, long end_dim = -1) => new(start_dim, end_dim);

        /// <summary><c>torch.nn.Dropout(p=0.5)</c></summary>
        public static Dropout Dropout(double p = 0.5) => new(p);

        /// <summary><c>torch.nn.LeakyReLU(negative_slope=0.01)</c></summary>
        public static LeakyReLU LeakyReLU(double negative_slope = 0.01) => new(negative_slope);

        /// <summary><c>torch.nn.GELU(approximate='none')</c></summary>
        public static GELU GELU(string approximate = "none") => new(approximate);

        /// <summary><c>torch.nn.Softmax(dim=None)</c></summary>
        public static NN.Softmax Softmax(long? dim = null) => new(dim);

        /// <summary><c>torch.nn.LogSoftmax(dim=None)</c></summary>
        public static NN.LogSoftmax LogSoftmax(long? dim = null) => new(dim);

        /// <summary><c>torch.nn.LayerNorm(normalized_shape, eps=1e-05, elementwise_affine=True, bias=True)</c> (<c>bias</c>: PyTorch 2.1+)</summary>
        public static LayerNorm LayerNorm(long normalized_shape, double eps = 1e-5, bool elementwise_affine = true, bool bias = true) =>
            new(normalized_shape, eps, elementwise_affine, bias);

        /// <summary><c>torch.nn.LayerNorm([d1, d2, ...], eps=1e-05, elementwise_affine=True, bias=True)</c> (<c>bias</c>: PyTorch 2.1+)</summary>
        public static LayerNorm LayerNorm(long[] normalized_shape, double eps = 1e-5, bool elementwise_affine = true, bool bias = true) =>
            new(normalized_shape, eps, elementwise_affine, bias);

        /// <summary><c>torch.nn.Embedding(num_embeddings, embedding_dim, padding_idx=None)</c></summary>
        public static Embedding Embedding(long num_embeddings, long embedding_dim, long? padding_idx = null) =>
            new(num_embeddings, embedding_dim, padding_idx);

        /// <summary><c>torch.nn.AdaptiveAvgPool2d(output_size)</c></summary>
        public static AdaptiveAvgPool2d AdaptiveAvgPool2d(long output_size) => new(output_size);

        /// <summary><c>torch.nn.AdaptiveAvgPool2d((height, width))</c></summary>
        public static AdaptiveAvgPool2d AdaptiveAvgPool2d((long Height, long Width) output_size) => new(output_size.Height, output_size.Width);

        /// <summary><c>torch.nn.Sequential(*layers)</c></summary>
        public static Sequential Sequential(params Module<Tensor, Tensor>[] layers) => new(layers);

        /// <summary><c>torch.nn.HuberLoss(reduction='mean', delta=1.0)</c></summary>
        public static HuberLoss HuberLoss(string reduction = "mean", double delta = 1.0) => new(reduction, delta);

        /// <summary><c>torch.nn.GaussianNLLLoss(*, full=False, eps=1e-06, reduction='mean')</c>; called as <c>loss_fn.forward(input, target, var)</c>.</summary>
        public static GaussianNLLLoss GaussianNLLLoss(bool full = false, double eps = 1e-6, string reduction = "mean") => new(full, eps, reduction);

        /// <summary><c>torch.nn.MultiheadAttention(embed_dim, num_heads, dropout=0.0, bias=True, add_bias_kv=False, add_zero_attn=False, kdim=None, vdim=None, batch_first=False)</c></summary>
        public static MultiheadAttention MultiheadAttention(long embed_dim, long num_heads, double dropout = 0.0, bool bias = true,
            bool add_bias_kv = false, bool add_zero_attn = false, long? kdim = null, long? vdim = null, bool batch_first = false) =>
            new(embed_dim, num_heads, dropout, bias, add_bias_kv, add_zero_attn, kdim, vdim, batch_first);

#if LIBTORCH_2
        /// <summary><c>torch.nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=2048, dropout=0.1, activation='relu', layer_norm_eps=1e-05, batch_first=False, norm_first=False, bias=True)</c></summary>
        public static TransformerEncoderLayer TransformerEncoderLayer(long d_model, long nhead, long dim_feedforward = 2048, double dropout = 0.1,
            string activation = "relu", double layer_norm_eps = 1e-5, bool batch_first = false, bool norm_first = false, bool bias = true) =>
            new(d_model, nhead, dim_feedforward, dropout, activation, layer_norm_eps, batch_first, norm_first, bias: bias);
#else
        /// <summary><c>torch.nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=2048, dropout=0.1, activation='relu', layer_norm_eps=1e-05, batch_first=False, norm_first=False)</c></summary>
        public static TransformerEncoderLayer TransformerEncoderLayer(long d_model, long nhead, long dim_feedforward = 2048, double dropout = 0.1,
            string activation = "relu", double layer_norm_eps = 1e-5, bool batch_first = false, bool norm_first = false) =>
            new(d_model, nhead, dim_feedforward, dropout, activation, layer_norm_eps, batch_first, norm_first);
#endif

#if LIBTORCH_2
        /// <summary><c>torch.nn.TransformerDecoderLayer(d_model, nhead, dim_feedforward=2048, dropout=0.1, activation='relu', layer_norm_eps=1e-05, batch_first=False, norm_first=False, bias=True)</c></summary>
        public static TransformerDecoderLayer TransformerDecoderLayer(long d_model, long nhead, long dim_feedforward = 2048, double dropout = 0.1,
            string activation = "relu", double layer_norm_eps = 1e-5, bool batch_first = false, bool norm_first = false, bool bias = true) =>
            new(d_model, nhead, dim_feedforward, dropout, activation, layer_norm_eps, batch_first, norm_first, bias: bias);
#else
        /// <summary><c>torch.nn.TransformerDecoderLayer(d_model, nhead, dim_feedforward=2048, dropout=0.1, activation='relu', layer_norm_eps=1e-05, batch_first=False, norm_first=False)</c></summary>
        public static TransformerDecoderLayer TransformerDecoderLayer(long d_model, long nhead, long dim_feedforward = 2048, double dropout = 0.1,
            string activation = "relu", double layer_norm_eps = 1e-5, bool batch_first = false, bool norm_first = false) =>
            new(d_model, nhead, dim_feedforward, dropout, activation, layer_norm_eps, batch_first, norm_first);
#endif

        /// <summary><c>torch.nn.Parameter(data, requires_grad=True)</c></summary>
        public static Tensor Parameter(Tensor data, bool requires_grad = true) => NN.Parameter.Create(data, requires_grad);

        /// <summary><c>torch.nn.init</c></summary>
        public static class init
        {
            /// <summary><c>kaiming_uniform_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu')</c></summary>
            public static Tensor kaiming_uniform_(Tensor tensor, double a = 0, string mode = "fan_in", string nonlinearity = "leaky_relu") =>
                Init.KaimingUniform_(tensor, a, mode, nonlinearity);

            /// <summary><c>kaiming_normal_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu')</c></summary>
            public static Tensor kaiming_normal_(Tensor tensor, double a = 0, string mode = "fan_in", string nonlinearity = "leaky_relu") =>
                Init.KaimingNormal_(tensor, a, mode, nonlinearity);

            /// <summary><c>xavier_uniform_(tensor, gain=1.0)</c></summary>
            public static Tensor xavier_uniform_(Tensor tensor, double gain = 1) => Init.XavierUniform_(tensor, gain);

            /// <summary><c>xavier_normal_(tensor, gain=1.0)</c></summary>
            public static Tensor xavier_normal_(Tensor tensor, double gain = 1) => Init.XavierNormal_(tensor, gain);

            /// <summary><c>uniform_(tensor, a=0.0, b=1.0)</c></summary>
            public static Tensor uniform_(Tensor tensor, double a = 0, double b = 1) => Init.Uniform_(tensor, a, b);

            /// <summary><c>normal_(tensor, mean=0.0, std=1.0)</c></summary>
            public static Tensor normal_(Tensor tensor, double mean = 0, double std = 1) => Init.Normal_(tensor, mean, std);

            /// <summary><c>constant_(tensor, val)</c></summary>
            public static Tensor constant_(Tensor tensor, double val) => Init.Constant_(tensor, val);

            /// <summary><c>zeros_(tensor)</c></summary>
            public static Tensor zeros_(Tensor tensor) => Init.Zeros_(tensor);

            /// <summary><c>ones_(tensor)</c></summary>
            public static Tensor ones_(Tensor tensor) => Init.Ones_(tensor);

            /// <summary><c>calculate_gain(nonlinearity, param=None)</c></summary>
            public static double calculate_gain(string nonlinearity, double? param = null) => Init.CalculateGain(nonlinearity, param);

            /// <summary><c>trunc_normal_(tensor, mean=0.0, std=1.0, a=-2.0, b=2.0)</c></summary>
            public static Tensor trunc_normal_(Tensor tensor, double mean = 0, double std = 1, double a = -2, double b = 2) =>
                Init.TruncNormal_(tensor, mean, std, a, b);

            /// <summary><c>eye_(tensor)</c></summary>
            public static Tensor eye_(Tensor tensor) => Init.Eye_(tensor);

            /// <summary><c>dirac_(tensor, groups=1)</c></summary>
            public static Tensor dirac_(Tensor tensor, long groups = 1) => Init.Dirac_(tensor, groups);

            /// <summary><c>orthogonal_(tensor, gain=1)</c></summary>
            public static Tensor orthogonal_(Tensor tensor, double gain = 1) => Init.Orthogonal_(tensor, gain);

            /// <summary><c>sparse_(tensor, sparsity, std=0.01)</c></summary>
            public static Tensor sparse_(Tensor tensor, double sparsity, double std = 0.01) => Init.Sparse_(tensor, sparsity, std);
        }
    }
}
#pragma warning restore CS8981, IDE1006
