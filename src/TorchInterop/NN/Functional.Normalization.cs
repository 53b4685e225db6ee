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
        if (training) VerifyBatchSize(input.Shape);
        return Torch.BatchNorm(input, weight, bias, runningMean, runningVar, training, momentum, eps, cudnnEnabled: true);
    }

    /// <summary><c>F.group_norm(input, num_groups, weight=None, bias=None, eps=1e-05)</c>.</summary>
    public static Tensor GroupNorm(Tensor input, long numGroups, Tensor? weight = null, Tensor? bias = null, double eps = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Dim < 2) throw new TorchException($"Expected at least 2 dimensions for input tensor but received {input.Dim}");
        var shape = input.Shape;
        VerifyBatchSize([shape[0] * shape[1] / numGroups, numGroups, .. shape[2..]]);
        return Torch.GroupNorm(input, numGroups, weight, bias, eps);
    }

    private static void VerifyBatchSize(long[] size)
    {
        long product = size[0];
        for (int i = 2; i < size.Length; i++) product *= size[i];
        if (product == 1)
            throw new ArgumentException($"Expected more than 1 value per channel when training, got input size torch.Size([{string.Join(", ", size)}])", "input");
    }
}
