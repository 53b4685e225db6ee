namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.functional</c>: the same ATen calls, the same Python-level checks, warnings and messages as
/// PyTorch 1.13.
/// </summary>
public static partial class Functional
{
    private const string FunctionalFile = "torch/nn/functional.py";

    // torch.nn._reduction.get_enum
    private static long ReductionEnum(string reduction)
    {
        ArgumentNullException.ThrowIfNull(reduction);
        switch (reduction)
        {
            case "none": return 0;
            case "mean": return 1;
            case "elementwise_mean":
                // 2.x reworded the warning and raises it with stacklevel=2, at get_enum's caller in functional.py.
                if (LibTorch.IsAtLeast(2))
                    Warnings.Raise("reduction='elementwise_mean' is deprecated. Please use reduction='mean' instead.", FunctionalFile);
                else
                    Warnings.Raise("reduction='elementwise_mean' is deprecated, please use reduction='mean' instead.", "torch/nn/_reduction.py");
                return 1;
            case "sum": return 2;
            default: throw new TorchException($"{reduction} is not a valid value for reduction", TorchErrorKind.ValueError);
        }
    }

    private static string SizeText(long[] shape) => "torch.Size([" + string.Join(", ", shape) + "])";

    private static bool SameSize(Tensor a, Tensor b) => a.Shape.AsSpan().SequenceEqual(b.Shape);

    // What mse_loss, l1_loss, smooth_l1_loss and huber_loss warn before broadcasting.
    private static void WarnIfTargetSizeDiffers(Tensor input, Tensor target)
    {
        if (SameSize(target, input)) return;
        Warnings.Raise(
            $"Using a target size ({SizeText(target.Shape)}) that is different to the input size ({SizeText(input.Shape)}). " +
            "This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.",
            FunctionalFile);
    }

    private static (Tensor Input, Tensor Target) Broadcast(Tensor input, Tensor target)
    {
        var expanded = Torch.BroadcastTensors([input, target]);
        return (expanded[0], expanded[1]);
    }

    // PyTorch 2.x's torch.broadcast_shapes (torch._refs._broadcast_shapes) for two concrete shapes: the broadcast shape
    // or its error, which names the negative index, the argument and the common shape so far.
    private static long[] BroadcastShapes(long[] a, long[] b)
    {
        var common = new long[Math.Max(a.Length, b.Length)];
        Array.Fill(common, 1L);
        long[][] shapes = [a, b];
        for (int argIdx = 0; argIdx < shapes.Length; argIdx++)
        {
            long[] shape = shapes[argIdx];
            for (int idx = -1; idx >= -shape.Length; idx--)
            {
                long size = shape[shape.Length + idx];
                ref long commonSize = ref common[common.Length + idx];
                if (size == commonSize) continue;
                if (commonSize == 1)
                {
                    if (size < 0) throw new TorchException("Attempting to broadcast a dimension with negative length!", TorchErrorKind.ValueError);
                    commonSize = size;
                }
                if (size == 1) continue;
                if (commonSize != size)
                {
                    throw new TorchException(
                        $"Attempting to broadcast a dimension of length {size} at {idx}! Mismatching argument at index {argIdx} had " +
                        $"{SizeText(shape)}; but expected shape should be broadcastable to [{string.Join(", ", common)}]");
                }
            }
        }
        return common;
    }

    // at::infer_size, which Python's torch._C._infer_size calls: the broadcast shape or ATen's error.
    private static long[] InferSize(long[] a, long[] b)
    {
        int ndim = Math.Max(a.Length, b.Length);
        var result = new long[ndim];
        for (int i = ndim - 1; i >= 0; i--)
        {
            int offset = ndim - 1 - i;
            long sizeA = a.Length - 1 - offset >= 0 ? a[a.Length - 1 - offset] : 1;
            long sizeB = b.Length - 1 - offset >= 0 ? b[b.Length - 1 - offset] : 1;
            if (sizeA != sizeB && sizeA != 1 && sizeB != 1)
                throw new TorchException(
                    $"The size of tensor a ({sizeA}) must match the size of tensor b ({sizeB}) at non-singleton dimension {i}");
            result[i] = sizeA == 1 ? sizeB : sizeA;
        }
        return result;
    }

    private static void NotNull(Tensor input, Tensor target)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(target);
    }
}
