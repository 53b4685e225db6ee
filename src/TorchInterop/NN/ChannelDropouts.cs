using TorchInterop.Formatting;

namespace TorchInterop.NN;

/// <summary>PyTorch's <c>_DropoutNd</c>: a probability in [0, 1] (ValueError otherwise) and an inplace flag, shown as <c>p=0.5, inplace=False</c>.</summary>
public abstract class DropoutNd : Module<Tensor, Tensor>
{
    private protected DropoutNd(double p, bool inplace)
    {
        Functional.CheckDropoutProbability(p);
        P = p;
        Inplace = inplace;
    }

    /// <summary>The probability of an element (or channel) being zeroed.</summary>
    public double P { get; }

    /// <summary>Whether the input is overwritten.</summary>
    public bool Inplace { get; }

    /// <inheritdoc/>
    protected override string ExtraRepr() => $"p={PythonNumberFormat.Repr(P)}, inplace={(Inplace ? "True" : "False")}";
}

/// <summary>Python's <c>torch.nn.Dropout1d(p=0.5, inplace=False)</c>: zeroes whole channels of (N, C, L) or (C, L) input.</summary>
public sealed class Dropout1d(double p = 0.5, bool inplace = false) : DropoutNd(p, inplace)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Dropout1d(input, P, Training, Inplace);
}

/// <summary>Python's <c>torch.nn.Dropout2d(p=0.5, inplace=False)</c>: zeroes whole channels of (N, C, H, W) input.</summary>
public sealed class Dropout2d(double p = 0.5, bool inplace = false) : DropoutNd(p, inplace)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Dropout2d(input, P, Training, Inplace);
}

/// <summary>Python's <c>torch.nn.Dropout3d(p=0.5, inplace=False)</c>: zeroes whole channels of (N, C, D, H, W) or (C, D, H, W) input.</summary>
public sealed class Dropout3d(double p = 0.5, bool inplace = false) : DropoutNd(p, inplace)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.Dropout3d(input, P, Training, Inplace);
}

/// <summary>Python's <c>torch.nn.AlphaDropout(p=0.5, inplace=False)</c> (the flag is kept but, as in PyTorch, not used).</summary>
public sealed class AlphaDropout(double p = 0.5, bool inplace = false) : DropoutNd(p, inplace)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.AlphaDropout(input, P, Training);
}

/// <summary>Python's <c>torch.nn.FeatureAlphaDropout(p=0.5, inplace=False)</c> (the flag is kept but, as in PyTorch, not used).</summary>
public sealed class FeatureAlphaDropout(double p = 0.5, bool inplace = false) : DropoutNd(p, inplace)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.FeatureAlphaDropout(input, P, Training);
}
