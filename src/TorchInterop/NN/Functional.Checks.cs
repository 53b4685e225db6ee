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
