#if LIBTORCH_2
using System.Globalization;

namespace TorchInterop.NN;

public static partial class Functional
{
    private const string ChunkedNodeName = "GeneratedBackwardFor_torch_nn__linear_cross_entropy_batch_chunked_default";
    private const string ChunkedNoReductionNodeName = "GeneratedBackwardFor_torch_nn__linear_cross_entropy_batch_chunked_no_reduction_default";

    /// <summary>
    /// PyTorch 2.x's <c>F.linear_cross_entropy(input, linear_weight, target, *, linear_bias=None, weight=None,
    /// reduction='mean', ignore_index=None, label_smoothing=0.0, options=None)</c>: the cross entropy of
    /// <c>linear(input, linear_weight, linear_bias)</c> against <paramref name="target"/>, with a K-dimensional loss when
    /// <paramref name="linearWeight"/> is (C, d_1, ..., d_K, in_features). With <paramref name="options"/> the
    /// chunked custom op's path is taken where PyTorch takes it (its graph node and backward), otherwise the reference.
    /// </summary>
    public static Tensor LinearCrossEntropy(Tensor input, Tensor linearWeight, Tensor target, Tensor? linearBias = null, Tensor? weight = null,
        string reduction = "mean", long? ignoreIndex = null, double labelSmoothing = 0.0, LinearCrossEntropyOptions? options = null)
    {
        NotNull(input, linearWeight);
        ArgumentNullException.ThrowIfNull(target);
        if (input.Dim is < 1 or > 2) throw new TorchException($"expected input with dimensionality 1 or 2, got {input.Dim}");
        if (linearWeight.Dim < 2) throw new TorchException($"expected linear_weight with dimensionality at least 2, got {linearWeight.Dim}");
        long[] batches = input.Shape[..^1];
        long inFeatures = input.Shape[^1];
        if (inFeatures != linearWeight.Shape[^1])
            throw new TorchException("expected equal input and linear_weight last dimensions (in_features), " +
                $"got {inFeatures} and {linearWeight.Shape[^1]}, respectively");
        long numClasses = linearWeight.Shape[0];
        long[] outFeatures = linearWeight.Shape[1..^1];
        long[] biasShape = [numClasses, .. outFeatures];
        if (linearBias is not null && !linearBias.Shape.AsSpan().SequenceEqual(biasShape))
            throw new TorchException($"expected linear_bias shape {PythonTuple(biasShape)}, got {PythonTuple(linearBias.Shape)}");
        if (outFeatures.Length > 0 && batches.Length == 0)
            throw new TorchException($"K-dimensional loss defined by linear_weight shape {PythonTuple(linearWeight.Shape)} requires " +
                $"batched input, (N, {inFeatures}), got unbatched input with shape {PythonTuple(input.Shape)}");
        long[] logitsShape = [.. batches, numClasses, .. outFeatures];
        bool probabilities = target.Shape.AsSpan().SequenceEqual(logitsShape);
        if (probabilities && ignoreIndex is not null)
            throw new TorchException("ignore_index cannot be specified when target contains probabilities");
        long ignore = ignoreIndex ?? -100;

        bool chunkableProbabilities = probabilities && reduction is "mean" or "sum" && target.Dtype == input.Dtype
                                      && !(target.RequiresGrad && Autograd.IsGradEnabled);
        bool chunkable = reduction is "mean" or "sum" or "none" && labelSmoothing == 0.0
                         && (target.Dtype == DType.Int64 || chunkableProbabilities) && outFeatures.Length == 0;
        if (options is not null && !chunkable)
        {
            Warnings.Raise("linear_cross_entropy: ``options`` ignored; chunked path needs reduction in {'mean','sum','none'}, " +
                "label_smoothing == 0, target.dtype == int64 (or a probability target with reduction in {'mean','sum'}, dtype matching " +
                $"input, and requires_grad == False), out_features == (). Got reduction='{reduction}', " +
                $"label_smoothing={PythonFloat(labelSmoothing)}, target.dtype={target.Dtype.PythonName()}, out_features={PythonTuple(outFeatures)}, " +
                $"tracing=False, target.requires_grad={(target.RequiresGrad ? "True" : "False")}, linear_bias.shape=" +
                $"{(linearBias is null ? "None" : PythonTuple(linearBias.Shape))}.", FunctionalFile);
        }
        if (options is not null && chunkable) return ChunkedLinearCrossEntropy(input, linearWeight, target, linearBias, weight, reduction, ignore, options);
        return ReferenceLinearCrossEntropy(input, linearWeight, target, linearBias, weight, reduction, ignore, labelSmoothing, logitsShape);
    }

    private static Tensor ReferenceLinearCrossEntropy(Tensor input, Tensor linearWeight, Tensor target, Tensor? linearBias, Tensor? weight,
        string reduction, long ignoreIndex, double labelSmoothing, long[] logitsShape)
    {
        long inFeatures = input.Shape[^1];
        if (linearWeight.Dim > 2)
        {
            long flat = linearWeight.Shape[..^1].Aggregate(1L, (a, b) => a * b);
            linearWeight = linearWeight.Reshape(flat, inFeatures);
            linearBias = linearBias?.Reshape(flat);
        }
        var logits = Linear(input, linearWeight, linearBias).Reshape(logitsShape);
        return CrossEntropy(logits, target, weight, ignoreIndex, reduction, labelSmoothing);
    }

    // The chunked custom ops' contract: the loss in a node of their name; the scalar reductions precompute the gradients in
    // forward and hand them out once (unless allow_retain_graph), reduction='none' recomputes its vector-Jacobian product.
    private static Tensor ChunkedLinearCrossEntropy(Tensor input, Tensor linearWeight, Tensor target, Tensor? linearBias, Tensor? weight,
        string reduction, long ignoreIndex, LinearCrossEntropyOptions options)
    {
        bool batched = input.Dim == 2;
        if (!batched) (input, target) = (input.Unsqueeze(0), target.Unsqueeze(0));
        long numBatches = input.Size(0), inFeatures = input.Size(1), numClasses = linearWeight.Size(0);
        var resolved = options.Adjust(numBatches, inFeatures, numClasses, input.Dtype, input.Device.Type == DeviceType.CPU, target.IsFloatingPoint());
        DType dtype = input.Dtype, accDtype = resolved.AccDtype!.Value;
        if (dtype != accDtype && !(dtype is DType.Float16 or DType.BFloat16 && accDtype == DType.Float32))
            throw new TorchException($"linear_cross_entropy supports float32 acc_dtype with float16/bfloat16 inputs, but got " +
                $"{accDtype.PythonName()} acc_dtype and {dtype.PythonName()} inputs.");
        long[] logitsShape = [numBatches, numClasses];
        Tensor?[] differentiable = [input, linearWeight, linearBias];
        Tensor Loss(Tensor?[] p) => ReferenceLinearCrossEntropy(p[0]!, p[1]!, target, p[2], weight, reduction, ignoreIndex, 0.0, logitsShape);
        Tensor?[] Vjp(Tensor gradOutput, bool[] needed)
        {
            using var grad = Autograd.EnableGrad();
            var leaves = differentiable.Select((t, i) => t is not null && needed[i] ? t.Detach().RequiresGrad_() : t?.Detach()).ToArray();
            var wanted = leaves.Where((t, i) => t is not null && needed[i]).Select(t => t!).ToArray();
            if (wanted.Length == 0) return new Tensor?[3];
            var grads = Autograd.Grad([Loss(leaves)], wanted, [gradOutput]);
            var result = new Tensor?[3];
            for (int i = 0, k = 0; i < 3; i++) if (leaves[i] is not null && needed[i]) result[i] = grads[k++];
            return result;
        }
        bool[] needs = [.. differentiable.Select(t => t is { RequiresGrad: true } && Autograd.IsGradEnabled)];
        Tensor loss;
        if (reduction == "none")
        {
            loss = (Tensor)CustomFunction.Apply(ChunkedNoReductionNodeName, [input, linearWeight, target, linearBias, weight],
                (_, _) => Loss(differentiable),
                (ctx, g) => { var r = Vjp(g[0]!, needs); return new GradientList([r[0], r[1], null, r[2], null]); });
        }
        else
        {
            Tensor?[]? stashed = null;
            loss = (Tensor)CustomFunction.Apply(ChunkedNodeName, [input, linearWeight, target, linearBias, weight],
                (_, _) =>
                {
                    var value = Loss(differentiable);
                    if (needs.Any(n => n)) stashed = Vjp(Torch.OnesLike(value), needs);
                    return value;
                },
                (_, g) =>
                {
                    if (stashed is null) throw new TorchException("linear_cross_entropy chunked backward called twice; " +
                        "retain_graph=True / double backward are not supported.");
                    var r = stashed.Select(t => t is null ? null : t * g[0]!).ToArray();
                    if (!resolved.AllowRetainGraph) stashed = null;
                    return new GradientList([r[0], r[1], null, r[2], null]);
                });
        }
        return batched ? loss : loss.Squeeze(0);
    }

    private static string PythonTuple(long[] values) =>
        "(" + string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + (values.Length == 1 ? ",)" : ")");

    private static string PythonFloat(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e16 ? value.ToString("0.0", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
}
#endif
