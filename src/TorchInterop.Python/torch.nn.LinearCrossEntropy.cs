#if LIBTORCH_2
using TorchInterop.NN;
using F = TorchInterop.NN.Functional;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        /// <summary><c>torch.nn.LinearCrossEntropyLoss(in_features, num_classes, *, out_features=(), bias=False, device=None, dtype=None, reduction='mean', weight=None, ignore_index=None, label_smoothing=0.0, options=None)</c></summary>
        public static LinearCrossEntropyLoss LinearCrossEntropyLoss(long in_features, long num_classes, long[]? out_features = null, bool bias = false,
            Device? device = null, DType? dtype = null, string reduction = "mean", Tensor? weight = null, long? ignore_index = null, double label_smoothing = 0.0,
            LinearCrossEntropyOptions? options = null) =>
            new(in_features, num_classes, out_features, bias, device, dtype, reduction, weight, ignore_index, label_smoothing, options);

        /// <summary><c>torch.nn.LinearCrossEntropyOptions(allow_retain_graph=False, batch_chunk_size=None, chunking_method='auto', acc_policy='auto', acc_dtype=None)</c></summary>
        public static LinearCrossEntropyOptions LinearCrossEntropyOptions(bool allow_retain_graph = false, long? batch_chunk_size = null,
            string? chunking_method = "auto", string acc_policy = "auto", DType? acc_dtype = null) =>
            new(allow_retain_graph, batch_chunk_size, chunking_method, acc_policy, acc_dtype);

        public static partial class functional
        {
            /// <summary><c>F.linear_cross_entropy(input, linear_weight, target, *, linear_bias=None, weight=None, reduction='mean', ignore_index=None, label_smoothing=0.0, options=None)</c></summary>
            public static Tensor linear_cross_entropy(Tensor input, Tensor linear_weight, Tensor target, Tensor? linear_bias = null, Tensor? weight = null,
                string reduction = "mean", long? ignore_index = null, double label_smoothing = 0.0, LinearCrossEntropyOptions? options = null) =>
                F.LinearCrossEntropy(input, linear_weight, target, linear_bias, weight, reduction, ignore_index, label_smoothing, options);
        }
    }
}

/// <summary>The Python spellings of LinearCrossEntropyLoss's and LinearCrossEntropyOptions' attributes.</summary>
public static class LinearCrossEntropyExtensions
{
    extension(LinearCrossEntropyLoss loss)
    {
        /// <summary><c>loss.linear</c></summary>
        public Linear linear => loss.Linear;

        /// <summary><c>loss.num_classes</c></summary>
        public long num_classes => loss.NumClasses;

        /// <summary><c>loss.out_features</c></summary>
        public long[] out_features => loss.OutFeatures;

        /// <summary><c>loss.ignore_index</c></summary>
        public long? ignore_index => loss.IgnoreIndex;

        /// <summary><c>loss.label_smoothing</c></summary>
        public double label_smoothing => loss.LabelSmoothing;

        /// <summary><c>loss.options</c></summary>
        public LinearCrossEntropyOptions? options => loss.Options;
    }

    extension(LinearCrossEntropyOptions options)
    {
        /// <summary><c>options.allow_retain_graph</c></summary>
        public bool allow_retain_graph => options.AllowRetainGraph;

        /// <summary><c>options.batch_chunk_size</c></summary>
        public long? batch_chunk_size => options.BatchChunkSize;

        /// <summary><c>options.chunking_method</c></summary>
        public string? chunking_method => options.ChunkingMethod;

        /// <summary><c>options.acc_policy</c></summary>
        public string acc_policy => options.AccPolicy;

        /// <summary><c>options.acc_dtype</c></summary>
        public DType? acc_dtype => options.AccDtype;

        /// <summary><c>options._adjust(num_batches, in_features, num_classes, dtype, device=None, prob_target=False)</c> on the CPU.</summary>
        public LinearCrossEntropyOptions _adjust(long num_batches, long in_features, long num_classes, DType dtype, bool prob_target = false) =>
            options.Adjust(num_batches, in_features, num_classes, dtype, onCpu: true, prob_target);
    }
}
#endif
