namespace TorchInterop.NN;

public static partial class Functional
{
    // torch.nn._reduction.legacy_get_string: the reduction the deprecated size_average and reduce flags spell, with
    // PyTorch's warning (2.x raises it at its caller: functional.py, or loss.py for the loss modules).
    internal static string LegacyReductionString(bool? sizeAverage, bool? reduce, string callerFile = FunctionalFile)
    {
        bool average = sizeAverage ?? true;
        bool reduced = reduce ?? true;
        string reduction = average && reduced ? "mean" : reduced ? "sum" : "none";
        Warnings.Raise($"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.",
            LibTorch.IsAtLeast(2) ? callerFile : "torch/nn/_reduction.py");
        return reduction;
    }

    // What most losses do with their reduction arguments: the legacy flags win when either is given.
    private static long ReductionEnum(bool? sizeAverage, bool? reduce, string reduction) =>
        sizeAverage is not null || reduce is not null ? ReductionEnum(LegacyReductionString(sizeAverage, reduce)) : ReductionEnum(reduction);
}
