namespace TorchInterop.NN;

public static partial class Functional
{
    /// <summary>
    /// <c>F.batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-05)</c>;
    /// in training, a channel needs more than one value, as PyTorch checks.
    /// </summary>
    public static Tensor BatchNorm(Tensor input, Tensor? runningMean, Tensor? runningVar, Tensor? weight = null, Tensor? bias = null,
        bool training = false, double momentum = 0.1, double eps = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (training) VerifyBatchSize(input.Shape, isTorchSize: true);
        return Torch.BatchNorm(input, weight, bias, runningMean, runningVar, training, momentum, eps, cudnnEnabled: true);
    }

    /// <summary><c>F.group_norm(input, num_groups, weight=None, bias=None, eps=1e-05)</c>.</summary>
    public static Tensor GroupNorm(Tensor input, long numGroups, Tensor? weight = null, Tensor? bias = null, double eps = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(input);
        // 2.x checks the rank first; 1.13's input.size(1) fails (IndexError) on a 1-D input.
        if (LibTorch.IsAtLeast(2) && input.Dim < 2)
            throw new TorchException($"Expected at least 2 dimensions for input tensor but received {input.Dim}");
        VerifyBatchSize([input.Size(0) * input.Size(1) / numGroups, numGroups, .. input.Shape[2..]], isTorchSize: false);
        return Torch.GroupNorm(input, numGroups, weight, bias, eps);
    }

    /// <summary>PyTorch's <c>_verify_batch_size</c>; its message prints the size as it was given, a torch.Size or a list.</summary>
    private static void VerifyBatchSize(long[] size, bool isTorchSize)
    {
        long product = size[0];
        for (int i = 2; i < size.Length; i++) product *= size[i];
        if (product == 1)
            throw new ArgumentException($"Expected more than 1 value per channel when training, got input size {(isTorchSize ? $"torch.Size([{string.Join(", ", size)}])" : $"[{string.Join(", ", size)}]")}", "input");
    }
}
