using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        /// <summary><c>torch.nn.CELU(alpha=1.0, inplace=False)</c></summary>
        public static CELU CELU(double alpha = 1.0, bool inplace = false) => new(alpha, inplace);

        /// <summary><c>torch.nn.SELU(inplace=False)</c></summary>
        public static SELU SELU(bool inplace = false) => new(inplace);

        /// <summary><c>torch.nn.GLU(dim=-1)</c></summary>
        public static GLU GLU(long dim = -1) => new(dim);

        /// <summary><c>torch.nn.Hardshrink(lambd=0.5)</c></summary>
        public static NN.Hardshrink Hardshrink() => new();

        /// <summary><c>torch.nn.Hardshrink(lambd)</c>: an int lambd prints as an int in the repr, as Python's does.</summary>
        public static NN.Hardshrink Hardshrink(Scalar lambd) => new(lambd);

        /// <summary><c>torch.nn.Hardsigmoid(inplace=False)</c></summary>
        public static NN.Hardsigmoid Hardsigmoid(bool inplace = false) => new(inplace);

        /// <summary><c>torch.nn.Hardtanh(min_val=-1.0, max_val=1.0, inplace=False)</c></summary>
        public static NN.Hardtanh Hardtanh(double min_val = -1.0, double max_val = 1.0, bool inplace = false) => new(min_val, max_val, inplace);

        /// <summary><c>torch.nn.LogSigmoid()</c></summary>
        public static LogSigmoid LogSigmoid() => new();

        /// <summary><c>torch.nn.Mish(inplace=False)</c></summary>
        public static NN.Mish Mish(bool inplace = false) => new(inplace);

        /// <summary><c>torch.nn.PReLU(num_parameters=1, init=0.25, dtype=None)</c></summary>
        public static PReLU PReLU(long num_parameters = 1, double init = 0.25, DType? dtype = null) => new(num_parameters, init, dtype);

        /// <summary><c>torch.nn.ReLU6(inplace=False)</c></summary>
        public static ReLU6 ReLU6(bool inplace = false) => new(inplace);

        /// <summary><c>torch.nn.RReLU(lower=1/8, upper=1/3, inplace=False)</c></summary>
        public static RReLU RReLU(double lower = 1.0 / 8, double upper = 1.0 / 3, bool inplace = false) => new(lower, upper, inplace);

        /// <summary><c>torch.nn.SiLU(inplace=False)</c></summary>
        public static SiLU SiLU(bool inplace = false) => new(inplace);

        /// <summary><c>torch.nn.Softmin(dim=None)</c></summary>
        public static NN.Softmin Softmin(long? dim = null) => new(dim);

        /// <summary><c>torch.nn.Softmax2d()</c></summary>
        public static Softmax2d Softmax2d() => new();

        /// <summary><c>torch.nn.Softplus(beta=1, threshold=20)</c> (2.x: <c>beta=1.0, threshold=20.0</c>); ints and floats print as given</summary>
        public static NN.Softplus Softplus(Scalar? beta = null, Scalar? threshold = null) => new(beta, threshold);

        /// <summary><c>torch.nn.Softshrink(lambd=0.5)</c></summary>
        public static NN.Softshrink Softshrink() => new();

        /// <summary><c>torch.nn.Softshrink(lambd)</c>: an int lambd prints as an int in the repr, as Python's does.</summary>
        public static NN.Softshrink Softshrink(Scalar lambd) => new(lambd);

        /// <summary><c>torch.nn.Softsign()</c></summary>
        public static NN.Softsign Softsign() => new();

        /// <summary><c>torch.nn.Tanhshrink()</c></summary>
        public static NN.Tanhshrink Tanhshrink() => new();

        /// <summary><c>torch.nn.Threshold(threshold, value, inplace=False)</c></summary>
        public static NN.Threshold Threshold(Scalar threshold, Scalar value, bool inplace = false) => new(threshold, value, inplace);

        /// <summary><c>torch.nn.Dropout1d(p=0.5, inplace=False)</c></summary>
        public static Dropout1d Dropout1d(double p = 0.5, bool inplace = false) => new(p, inplace);

        /// <summary><c>torch.nn.Dropout2d(p=0.5, inplace=False)</c></summary>
        public static Dropout2d Dropout2d(double p = 0.5, bool inplace = false) => new(p, inplace);

        /// <summary><c>torch.nn.Dropout3d(p=0.5, inplace=False)</c></summary>
        public static Dropout3d Dropout3d(double p = 0.5, bool inplace = false) => new(p, inplace);

        /// <summary><c>torch.nn.AlphaDropout(p=0.5, inplace=False)</c></summary>
        public static NN.AlphaDropout AlphaDropout(double p = 0.5, bool inplace = false) => new(p, inplace);

        /// <summary><c>torch.nn.FeatureAlphaDropout(p=0.5, inplace=False)</c></summary>
        public static NN.FeatureAlphaDropout FeatureAlphaDropout(double p = 0.5, bool inplace = false) => new(p, inplace);

        /// <summary><c>torch.nn.InstanceNorm1d(num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, *, bias=True)</c> (<c>bias</c>: 2.x)</summary>
        public static InstanceNorm1d InstanceNorm1d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = false,
            bool track_running_stats = false, DType? dtype = null, bool bias = true) => new(num_features, eps, momentum, affine, track_running_stats, dtype, bias);

        /// <summary><c>torch.nn.InstanceNorm2d(num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, *, bias=True)</c> (<c>bias</c>: 2.x)</summary>
        public static InstanceNorm2d InstanceNorm2d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = false,
            bool track_running_stats = false, DType? dtype = null, bool bias = true) => new(num_features, eps, momentum, affine, track_running_stats, dtype, bias);

        /// <summary><c>torch.nn.InstanceNorm3d(num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, *, bias=True)</c> (<c>bias</c>: 2.x)</summary>
        public static InstanceNorm3d InstanceNorm3d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = false,
            bool track_running_stats = false, DType? dtype = null, bool bias = true) => new(num_features, eps, momentum, affine, track_running_stats, dtype, bias);

        /// <summary><c>torch.nn.LocalResponseNorm(size, alpha=0.0001, beta=0.75, k=1.0)</c></summary>
        public static NN.LocalResponseNorm LocalResponseNorm(long size, double alpha = 1e-4, double beta = 0.75, double k = 1.0) => new(size, alpha, beta, k);

        /// <summary><c>torch.nn.CTCLoss(blank=0, reduction='mean', zero_infinity=False)</c></summary>
        public static CTCLoss CTCLoss(long blank = 0, string reduction = "mean", bool zero_infinity = false) => new(blank, reduction, zero_infinity);

        /// <summary><c>torch.nn.TripletMarginWithDistanceLoss(*, distance_function=None, margin=1.0, swap=False, reduction='mean')</c></summary>
        public static NN.TripletMarginWithDistanceLoss TripletMarginWithDistanceLoss(Func<Tensor, Tensor, Tensor>? distance_function = null,
            double margin = 1.0, bool swap = false, string reduction = "mean") => new(distance_function, margin, swap, reduction);

        /// <summary><c>torch.nn.PairwiseDistance(p=2.0, eps=1e-06, keepdim=False)</c></summary>
        public static NN.PairwiseDistance PairwiseDistance(double p = 2.0, double eps = 1e-6, bool keepdim = false) => new(p, eps, keepdim);

        /// <summary><c>torch.nn.CosineSimilarity(dim=1, eps=1e-08)</c></summary>
        public static NN.CosineSimilarity CosineSimilarity(long dim = 1, double eps = 1e-8) => new(dim, eps);
    }
}
#pragma warning restore CS8981, IDE1006
