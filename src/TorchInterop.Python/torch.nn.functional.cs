using F = TorchInterop.NN.Functional;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary>Python's <c>torch.nn</c> (only its <c>functional</c> module here).</summary>
    public static partial class nn
    {
        /// <summary>Python's <c>torch.nn.functional</c>, usually imported as <c>F</c>.</summary>
        public static partial class functional
        {
            /// <summary><c>F.mse_loss(input, target, reduction='mean')</c></summary>
            public static Tensor mse_loss(Tensor input, Tensor target, string reduction = "mean") => F.MseLoss(input, target, reduction);

            /// <summary><c>F.l1_loss(input, target, reduction='mean')</c></summary>
            public static Tensor l1_loss(Tensor input, Tensor target, string reduction = "mean") => F.L1Loss(input, target, reduction);

            /// <summary><c>F.gaussian_nll_loss(input, target, var, full=False, eps=1e-06, reduction='mean')</c></summary>
            public static Tensor gaussian_nll_loss(Tensor input, Tensor target, Tensor var, bool full = false, double eps = 1e-6, string reduction = "mean") =>
                F.GaussianNllLoss(input, target, var, full, eps, reduction);

            /// <summary><c>F.smooth_l1_loss(input, target, reduction='mean', beta=1.0)</c></summary>
            public static Tensor smooth_l1_loss(Tensor input, Tensor target, string reduction = "mean", double beta = 1.0) =>
                F.SmoothL1Loss(input, target, reduction, beta);

            /// <summary><c>F.huber_loss(input, target, reduction='mean', delta=1.0)</c></summary>
            public static Tensor huber_loss(Tensor input, Tensor target, string reduction = "mean", double delta = 1.0) =>
                F.HuberLoss(input, target, reduction, delta);

            /// <summary><c>F.cross_entropy(input, target, weight=None, ignore_index=-100, reduction='mean', label_smoothing=0.0)</c></summary>
            public static Tensor cross_entropy(Tensor input, Tensor target, Tensor? weight = null, long ignore_index = -100,
                string reduction = "mean", double label_smoothing = 0.0) =>
                F.CrossEntropy(input, target, weight, ignore_index, reduction, label_smoothing);

            /// <summary><c>F.nll_loss(input, target, weight=None, ignore_index=-100, reduction='mean')</c></summary>
            public static Tensor nll_loss(Tensor input, Tensor target, Tensor? weight = null, long ignore_index = -100, string reduction = "mean") =>
                F.NllLoss(input, target, weight, ignore_index, reduction);

            /// <summary><c>F.binary_cross_entropy(input, target, weight=None, reduction='mean')</c></summary>
            public static Tensor binary_cross_entropy(Tensor input, Tensor target, Tensor? weight = null, string reduction = "mean") =>
                F.BinaryCrossEntropy(input, target, weight, reduction);

            /// <summary><c>F.binary_cross_entropy_with_logits(input, target, weight=None, reduction='mean', pos_weight=None)</c></summary>
            public static Tensor binary_cross_entropy_with_logits(Tensor input, Tensor target, Tensor? weight = null,
                string reduction = "mean", Tensor? pos_weight = null) =>
                F.BinaryCrossEntropyWithLogits(input, target, weight, reduction, pos_weight);

            /// <summary><c>F.kl_div(input, target, reduction='mean', log_target=False)</c></summary>
            public static Tensor kl_div(Tensor input, Tensor target, string reduction = "mean", bool log_target = false) =>
                F.KlDiv(input, target, reduction, log_target);

            /// <summary><c>F.softmax(input, dim=None, dtype=None)</c></summary>
            public static Tensor softmax(Tensor input, long? dim = null, DType? dtype = null) => F.Softmax(input, dim, dtype);

            /// <summary><c>F.log_softmax(input, dim=None, dtype=None)</c></summary>
            public static Tensor log_softmax(Tensor input, long? dim = null, DType? dtype = null) => F.LogSoftmax(input, dim, dtype);

            /// <summary><c>F.relu(input, inplace=False)</c></summary>
            public static Tensor relu(Tensor input, bool inplace = false) => F.Relu(input, inplace);

            /// <summary><c>F.sigmoid(input)</c> (deprecated in PyTorch; it warns)</summary>
            public static Tensor sigmoid(Tensor input) => F.Sigmoid(input);
        }
    }
}
#pragma warning restore CS8981, IDE1006
