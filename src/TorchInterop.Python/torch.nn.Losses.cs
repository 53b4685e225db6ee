using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        // Every loss PyTorch derives from _Loss takes the deprecated size_average and reduce before reduction; either
        // given overrides reduction, with PyTorch's warning.
        private static string Reduction(bool? size_average, bool? reduce, string reduction) =>
            LegacyReduction.Resolve(size_average, reduce, reduction);

        /// <summary><c>torch.nn.MSELoss(size_average=None, reduce=None, reduction='mean')</c></summary>
        public static MSELoss MSELoss(bool? size_average = null, bool? reduce = null, string reduction = "mean") =>
            new(Reduction(size_average, reduce, reduction));

        /// <summary><c>torch.nn.L1Loss(size_average=None, reduce=None, reduction='mean')</c></summary>
        public static L1Loss L1Loss(bool? size_average = null, bool? reduce = null, string reduction = "mean") =>
            new(Reduction(size_average, reduce, reduction));

        /// <summary><c>torch.nn.SmoothL1Loss(size_average=None, reduce=None, reduction='mean', beta=1.0)</c></summary>
        public static SmoothL1Loss SmoothL1Loss(bool? size_average = null, bool? reduce = null, string reduction = "mean", double beta = 1.0) =>
            new(Reduction(size_average, reduce, reduction), beta);

        /// <summary><c>torch.nn.KLDivLoss(size_average=None, reduce=None, reduction='mean', log_target=False)</c></summary>
        public static KLDivLoss KLDivLoss(bool? size_average = null, bool? reduce = null, string reduction = "mean", bool log_target = false) =>
            new(Reduction(size_average, reduce, reduction), log_target);

        /// <summary><c>torch.nn.CrossEntropyLoss(weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0)</c></summary>
        public static CrossEntropyLoss CrossEntropyLoss(Tensor? weight = null, bool? size_average = null, long ignore_index = -100, bool? reduce = null,
            string reduction = "mean", double label_smoothing = 0.0) =>
            new(weight, ignore_index, Reduction(size_average, reduce, reduction), label_smoothing);

        /// <summary><c>torch.nn.NLLLoss(weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean')</c></summary>
        public static NLLLoss NLLLoss(Tensor? weight = null, bool? size_average = null, long ignore_index = -100, bool? reduce = null,
            string reduction = "mean") => new(weight, ignore_index, Reduction(size_average, reduce, reduction));

        /// <summary><c>torch.nn.NLLLoss2d(weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean')</c>: deprecated, warns.</summary>
        public static NN.NLLLoss2d NLLLoss2d(Tensor? weight = null, bool? size_average = null, long ignore_index = -100, bool? reduce = null,
            string reduction = "mean") => new(weight, size_average, ignore_index, reduce, reduction);

        /// <summary><c>torch.nn.BCELoss(weight=None, size_average=None, reduce=None, reduction='mean')</c></summary>
        public static BCELoss BCELoss(Tensor? weight = null, bool? size_average = null, bool? reduce = null, string reduction = "mean") =>
            new(weight, Reduction(size_average, reduce, reduction));

        /// <summary><c>torch.nn.BCEWithLogitsLoss(weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None)</c></summary>
        public static BCEWithLogitsLoss BCEWithLogitsLoss(Tensor? weight = null, bool? size_average = null, bool? reduce = null, string reduction = "mean",
            Tensor? pos_weight = null) => new(weight, Reduction(size_average, reduce, reduction), pos_weight);

        /// <summary><c>torch.nn.PoissonNLLLoss(log_input=True, full=False, size_average=None, eps=1e-08, reduce=None, reduction='mean')</c></summary>
        public static PoissonNLLLoss PoissonNLLLoss(bool log_input = true, bool full = false, bool? size_average = null, double eps = 1e-8,
            bool? reduce = null, string reduction = "mean") => new(log_input, full, eps, Reduction(size_average, reduce, reduction));

        /// <summary><c>torch.nn.HingeEmbeddingLoss(margin=1.0, size_average=None, reduce=None, reduction='mean')</c></summary>
        public static NN.HingeEmbeddingLoss HingeEmbeddingLoss(double margin = 1.0, bool? size_average = null, bool? reduce = null, string reduction = "mean") =>
            new(margin, Reduction(size_average, reduce, reduction));

        /// <summary><c>torch.nn.MultiLabelMarginLoss(size_average=None, reduce=None, reduction='mean')</c></summary>
        public static MultiLabelMarginLoss MultiLabelMarginLoss(bool? size_average = null, bool? reduce = null, string reduction = "mean") =>
            new(Reduction(size_average, reduce, reduction));

        /// <summary><c>torch.nn.SoftMarginLoss(size_average=None, reduce=None, reduction='mean')</c></summary>
        public static NN.SoftMarginLoss SoftMarginLoss(bool? size_average = null, bool? reduce = null, string reduction = "mean") =>
            new(Reduction(size_average, reduce, reduction));

        /// <summary><c>torch.nn.MultiLabelSoftMarginLoss(weight=None, size_average=None, reduce=None, reduction='mean')</c></summary>
        public static MultiLabelSoftMarginLoss MultiLabelSoftMarginLoss(Tensor? weight = null, bool? size_average = null, bool? reduce = null,
            string reduction = "mean") => new(weight, Reduction(size_average, reduce, reduction));

        /// <summary><c>torch.nn.CosineEmbeddingLoss(margin=0.0, size_average=None, reduce=None, reduction='mean')</c></summary>
        public static NN.CosineEmbeddingLoss CosineEmbeddingLoss(double margin = 0.0, bool? size_average = null, bool? reduce = null, string reduction = "mean") =>
            new(margin, Reduction(size_average, reduce, reduction));

        /// <summary><c>torch.nn.MarginRankingLoss(margin=0.0, size_average=None, reduce=None, reduction='mean')</c></summary>
        public static NN.MarginRankingLoss MarginRankingLoss(double margin = 0.0, bool? size_average = null, bool? reduce = null, string reduction = "mean") =>
            new(margin, Reduction(size_average, reduce, reduction));

        /// <summary><c>torch.nn.MultiMarginLoss(p=1, margin=1.0, weight=None, size_average=None, reduce=None, reduction='mean')</c></summary>
        public static NN.MultiMarginLoss MultiMarginLoss(long p = 1, double margin = 1.0, Tensor? weight = null, bool? size_average = null,
            bool? reduce = null, string reduction = "mean") => new(p, margin, weight, Reduction(size_average, reduce, reduction));

        /// <summary><c>torch.nn.TripletMarginLoss(margin=1.0, p=2.0, eps=1e-06, swap=False, size_average=None, reduce=None, reduction='mean')</c></summary>
        public static NN.TripletMarginLoss TripletMarginLoss(double margin = 1.0, double p = 2.0, double eps = 1e-6, bool swap = false,
            bool? size_average = null, bool? reduce = null, string reduction = "mean") =>
            new(margin, p, eps, swap, Reduction(size_average, reduce, reduction));
    }
}
#pragma warning restore CS8981, IDE1006
