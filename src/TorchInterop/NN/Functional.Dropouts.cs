using TorchInterop.Formatting;

namespace TorchInterop.NN;

public static partial class Functional
{
    /// <summary><c>F.dropout(input, p=0.5, training=True, inplace=False)</c>; p outside [0, 1] is PyTorch's ValueError.</summary>
    public static Tensor Dropout(Tensor input, double p = 0.5, bool training = true, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        CheckDropoutProbability(p);
        return inplace ? Torch.Dropout_(input, p, training) : Torch.Dropout(input, p, training);
    }

    /// <summary><c>F.alpha_dropout(input, p=0.5, training=False, inplace=False)</c>: dropout that keeps SELU's mean and variance.</summary>
    public static Tensor AlphaDropout(Tensor input, double p = 0.5, bool training = false, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        CheckDropoutProbability(p);
        return inplace ? Torch.AlphaDropout_(input, p, training) : Torch.AlphaDropout(input, p, training);
    }

    /// <summary><c>F.feature_alpha_dropout(input, p=0.5, training=False, inplace=False)</c>: alpha dropout of whole channels.</summary>
    public static Tensor FeatureAlphaDropout(Tensor input, double p = 0.5, bool training = false, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        CheckDropoutProbability(p);
        return inplace ? Torch.FeatureAlphaDropout_(input, p, training) : Torch.FeatureAlphaDropout(input, p, training);
    }

    /// <summary>
    /// <c>F.dropout1d(input, p=0.5, training=True, inplace=False)</c>: zeroes whole channels of (N, C, L) or (C, L)
    /// input; other ranks are PyTorch's RuntimeError.
    /// </summary>
    public static Tensor Dropout1d(Tensor input, double p = 0.5, bool training = true, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        CheckDropoutProbability(p);
        int dim = input.Dim;
        if (dim is not (2 or 3))
            throw new TorchException(
                $"dropout1d: Expected 2D or 3D input, but received a {dim}D input. Note that dropout1d exists to provide channel-wise " +
                "dropout on inputs with 1 spatial dimension, a channel dimension, and an optional batch dimension (i.e. 2D or 3D inputs).");
        return FeatureDropoutWithBatch(input, p, training, inplace, batched: dim == 3);
    }

    /// <summary>
    /// <c>F.dropout2d(input, p=0.5, training=True, inplace=False)</c>: zeroes whole channels; warns as PyTorch does for
    /// inputs not 3D or 4D, and for 3D inputs (read as (N, C, L), PyTorch's historical behaviour).
    /// </summary>
    public static Tensor Dropout2d(Tensor input, double p = 0.5, bool training = true, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        CheckDropoutProbability(p);
        int dim = input.Dim;
        if (dim is not (3 or 4)) WarnChannelDropoutRank("dropout2d", dim, 2, "3D or 4D");
        if (dim == 3)
            Warnings.Raise(
                "dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D dropout behavior is desired - input is " +
                "interpreted as shape (N, C, L), where C is the channel dim. This behavior will change in a future release to interpret " +
                "the input as one without a batch dimension, i.e. shape (C, H, W). To maintain the 1D channel-wise dropout behavior, " +
                "please switch to using dropout1d instead.", FunctionalFile);
        return inplace ? Torch.FeatureDropout_(input, p, training) : Torch.FeatureDropout(input, p, training);
    }

    /// <summary>
    /// <c>F.dropout3d(input, p=0.5, training=True, inplace=False)</c>: zeroes whole channels of (N, C, D, H, W) or
    /// (C, D, H, W) input; other ranks warn as in PyTorch.
    /// </summary>
    public static Tensor Dropout3d(Tensor input, double p = 0.5, bool training = true, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        CheckDropoutProbability(p);
        int dim = input.Dim;
        if (dim is not (4 or 5)) WarnChannelDropoutRank("dropout3d", dim, 3, "4D or 5D");
        return FeatureDropoutWithBatch(input, p, training, inplace, batched: dim == 5);
    }

    private static Tensor FeatureDropoutWithBatch(Tensor input, double p, bool training, bool inplace, bool batched)
    {
        if (!batched) input = inplace ? input.Unsqueeze_(0) : input.Unsqueeze(0);
        var result = inplace ? Torch.FeatureDropout_(input, p, training) : Torch.FeatureDropout(input, p, training);
        if (!batched) result = inplace ? result.Squeeze_(0) : result.Squeeze(0);
        return result;
    }

    private static void WarnChannelDropoutRank(string name, int dim, int spatial, string expected) =>
        Warnings.Raise(
            $"{name}: Received a {dim}-D input to {name}, which is deprecated and will result in an error in a future release. " +
            $"To retain the behavior and silence this warning, please use dropout instead. Note that {name} exists to provide " +
            $"channel-wise dropout on inputs with {spatial} spatial dimensions, a channel dimension, and an optional batch " +
            $"dimension (i.e. {expected} inputs).", FunctionalFile);

    internal static void CheckDropoutProbability(double p)
    {
        if (p < 0.0 || p > 1.0)
            throw new TorchException($"dropout probability has to be between 0 and 1, but got {PythonNumberFormat.Repr(p)}", TorchErrorKind.ValueError);
    }
}
