using F = TorchInterop.NN.Functional;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary><c>F.batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-05)</c></summary>
            public static Tensor batch_norm(Tensor input, Tensor? running_mean, Tensor? running_var, Tensor? weight = null, Tensor? bias = null,
                bool training = false, double momentum = 0.1, double eps = 1e-5) =>
                F.BatchNorm(input, running_mean, running_var, weight, bias, training, momentum, eps);

            /// <summary><c>F.instance_norm(input, running_mean=None, running_var=None, weight=None, bias=None, use_input_stats=True, momentum=0.1, eps=1e-05)</c></summary>
            public static Tensor instance_norm(Tensor input, Tensor? running_mean = null, Tensor? running_var = null, Tensor? weight = null,
                Tensor? bias = null, bool use_input_stats = true, double momentum = 0.1, double eps = 1e-5) =>
                F.InstanceNorm(input, running_mean, running_var, weight, bias, use_input_stats, momentum, eps);

            /// <summary><c>F.layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05)</c></summary>
            public static Tensor layer_norm(Tensor input, long[] normalized_shape, Tensor? weight = null, Tensor? bias = null, double eps = 1e-5) =>
                F.LayerNorm(input, normalized_shape, weight, bias, eps);

#if LIBTORCH_2
            /// <summary><c>F.rms_norm(input, normalized_shape, weight=None, eps=None)</c> (PyTorch 2.x)</summary>
            public static Tensor rms_norm(Tensor input, long[] normalized_shape, Tensor? weight = null, double? eps = null) =>
                F.RmsNorm(input, normalized_shape, weight, eps);
#endif

            /// <summary><c>F.group_norm(input, num_groups, weight=None, bias=None, eps=1e-05)</c></summary>
            public static Tensor group_norm(Tensor input, long num_groups, Tensor? weight = null, Tensor? bias = null, double eps = 1e-5) =>
                F.GroupNorm(input, num_groups, weight, bias, eps);

            /// <summary><c>F.local_response_norm(input, size, alpha=0.0001, beta=0.75, k=1.0)</c></summary>
            public static Tensor local_response_norm(Tensor input, long size, double alpha = 1e-4, double beta = 0.75, double k = 1.0) =>
                F.LocalResponseNorm(input, size, alpha, beta, k);

            /// <summary><c>F.ctc_loss(log_probs, targets, input_lengths, target_lengths, blank=0, reduction='mean', zero_infinity=False)</c></summary>
            public static Tensor ctc_loss(Tensor log_probs, Tensor targets, Tensor input_lengths, Tensor target_lengths, long blank = 0,
                string reduction = "mean", bool zero_infinity = false) =>
                F.CtcLoss(log_probs, targets, input_lengths, target_lengths, blank, reduction, zero_infinity);

            /// <summary><c>F.ctc_loss(...)</c> with the lengths as lists or tuples</summary>
            public static Tensor ctc_loss(Tensor log_probs, Tensor targets, long[] input_lengths, long[] target_lengths, long blank = 0,
                string reduction = "mean", bool zero_infinity = false) =>
                F.CtcLoss(log_probs, targets, input_lengths, target_lengths, blank, reduction, zero_infinity);

            /// <summary><c>F.cosine_embedding_loss(input1, input2, target, margin=0, size_average=None, reduce=None, reduction='mean')</c></summary>
            public static Tensor cosine_embedding_loss(Tensor input1, Tensor input2, Tensor target, double margin = 0, bool? size_average = null,
                bool? reduce = null, string reduction = "mean") =>
                F.CosineEmbeddingLoss(input1, input2, target, margin, size_average, reduce, reduction);

            /// <summary><c>F.hinge_embedding_loss(input, target, margin=1.0, size_average=None, reduce=None, reduction='mean')</c></summary>
            public static Tensor hinge_embedding_loss(Tensor input, Tensor target, double margin = 1.0, bool? size_average = null, bool? reduce = null,
                string reduction = "mean") => F.HingeEmbeddingLoss(input, target, margin, size_average, reduce, reduction);

            /// <summary><c>F.margin_ranking_loss(input1, input2, target, margin=0, size_average=None, reduce=None, reduction='mean')</c></summary>
            public static Tensor margin_ranking_loss(Tensor input1, Tensor input2, Tensor target, double margin = 0, bool? size_average = null,
                bool? reduce = null, string reduction = "mean") =>
                F.MarginRankingLoss(input1, input2, target, margin, size_average, reduce, reduction);

            /// <summary><c>F.multi_margin_loss(input, target, p=1, margin=1.0, weight=None, size_average=None, reduce=None, reduction='mean')</c></summary>
            public static Tensor multi_margin_loss(Tensor input, Tensor target, long p = 1, double margin = 1.0, Tensor? weight = null,
                bool? size_average = null, bool? reduce = null, string reduction = "mean") =>
                F.MultiMarginLoss(input, target, p, margin, weight, size_average, reduce, reduction);

            /// <summary><c>F.multilabel_margin_loss(input, target, size_average=None, reduce=None, reduction='mean')</c></summary>
            public static Tensor multilabel_margin_loss(Tensor input, Tensor target, bool? size_average = null, bool? reduce = null,
                string reduction = "mean") => F.MultilabelMarginLoss(input, target, size_average, reduce, reduction);

            /// <summary><c>F.multilabel_soft_margin_loss(input, target, weight=None, size_average=None, reduce=None, reduction='mean')</c></summary>
            public static Tensor multilabel_soft_margin_loss(Tensor input, Tensor target, Tensor? weight = null, bool? size_average = null,
                bool? reduce = null, string reduction = "mean") => F.MultilabelSoftMarginLoss(input, target, weight, size_average, reduce, reduction);

            /// <summary><c>F.poisson_nll_loss(input, target, log_input=True, full=False, size_average=None, eps=1e-08, reduce=None, reduction='mean')</c></summary>
            public static Tensor poisson_nll_loss(Tensor input, Tensor target, bool log_input = true, bool full = false, bool? size_average = null,
                double eps = 1e-8, bool? reduce = null, string reduction = "mean") =>
                F.PoissonNllLoss(input, target, log_input, full, size_average, eps, reduce, reduction);

            /// <summary><c>F.soft_margin_loss(input, target, size_average=None, reduce=None, reduction='mean')</c></summary>
            public static Tensor soft_margin_loss(Tensor input, Tensor target, bool? size_average = null, bool? reduce = null, string reduction = "mean") =>
                F.SoftMarginLoss(input, target, size_average, reduce, reduction);

            /// <summary><c>F.triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-06, swap=False, size_average=None, reduce=None, reduction='mean')</c></summary>
            public static Tensor triplet_margin_loss(Tensor anchor, Tensor positive, Tensor negative, double margin = 1.0, double p = 2, double eps = 1e-6,
                bool swap = false, bool? size_average = null, bool? reduce = null, string reduction = "mean") =>
                F.TripletMarginLoss(anchor, positive, negative, margin, p, eps, swap, size_average, reduce, reduction);

            /// <summary><c>F.triplet_margin_with_distance_loss(anchor, positive, negative, *, distance_function=None, margin=1.0, swap=False, reduction='mean')</c></summary>
            public static Tensor triplet_margin_with_distance_loss(Tensor anchor, Tensor positive, Tensor negative,
                Func<Tensor, Tensor, Tensor>? distance_function = null, double margin = 1.0, bool swap = false, string reduction = "mean") =>
                F.TripletMarginWithDistanceLoss(anchor, positive, negative, distance_function, margin, swap, reduction);

            /// <summary><c>F.pairwise_distance(x1, x2, p=2.0, eps=1e-06, keepdim=False)</c></summary>
            public static Tensor pairwise_distance(Tensor x1, Tensor x2, double p = 2.0, double eps = 1e-6, bool keepdim = false) =>
                F.PairwiseDistance(x1, x2, p, eps, keepdim);

            /// <summary><c>F.pdist(input, p=2)</c></summary>
            public static Tensor pdist(Tensor input, double p = 2) => F.Pdist(input, p);

            /// <summary><c>F.cosine_similarity(x1, x2, dim=1, eps=1e-08)</c></summary>
            public static Tensor cosine_similarity(Tensor x1, Tensor x2, long dim = 1, double eps = 1e-8) => F.CosineSimilarity(x1, x2, dim, eps);
        }
    }
}
#pragma warning restore CS8981, IDE1006
