using System.Globalization;
using TorchInterop.Formatting;

namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.GroupNorm(num_groups, num_channels, eps=1e-05, affine=True, *, bias=True)</c> (<c>bias</c> in
/// PyTorch 2.x): normalization over groups of channels.
/// </summary>
public sealed class GroupNorm : Module<Tensor, Tensor>
{
    /// <summary>Splits <paramref name="numChannels"/> into <paramref name="numGroups"/> groups; weight starts at ones, bias at zeros.</summary>
    /// <param name="numGroups">Groups the channels are split into.</param>
    /// <param name="numChannels">Channels expected in the input.</param>
    /// <param name="eps">Added to the variance for numerical stability.</param>
    /// <param name="affine">Whether there is a learned per-channel weight (and bias).</param>
    /// <param name="dtype">The parameters' dtype (the default dtype when null).</param>
    /// <param name="bias">Whether the affine transform has a bias (false needs PyTorch 2.x's LibTorch).</param>
    /// <exception cref="ArgumentException"><paramref name="numChannels"/> is not a multiple of <paramref name="numGroups"/>.</exception>
    /// <exception cref="NotSupportedException"><paramref name="bias"/> is false on LibTorch 1.x.</exception>
    public GroupNorm(long numGroups, long numChannels, double eps = 1e-5, bool affine = true, DType? dtype = null, bool bias = true)
    {
        if (numGroups == 0 || numChannels % numGroups != 0)
        {
            // 2.x's ValueError names the numbers.
            throw new ArgumentException(LibTorch.IsAtLeast(2)
                ? $"num_channels ({numChannels}) must be divisible by num_groups ({numGroups})"
                : "num_channels must be divisible by num_groups", nameof(numChannels));
        }
        NormalizationBias.Check(bias, nameof(GroupNorm));
        NumGroups = numGroups;
        NumChannels = numChannels;
        Eps = eps;
        Affine = affine;
        RegisterParameter("weight", affine ? Parameter.Create(Torch.Ones([numChannels], dtype)) : null);
        RegisterParameter("bias", affine && bias ? Parameter.Create(Torch.Zeros([numChannels], dtype)) : null);
    }

    /// <summary>Groups the channels are split into.</summary>
    public long NumGroups { get; }

    /// <summary>Channels expected in the input.</summary>
    public long NumChannels { get; }

    /// <summary>Added to the variance for numerical stability.</summary>
    public double Eps { get; }

    /// <summary>Whether there is a learned per-channel weight and bias.</summary>
    public bool Affine { get; }

    /// <summary>The learned scale, or null.</summary>
    public Tensor? Weight => GetParameter("weight");

    /// <summary>The learned shift, or null.</summary>
    public Tensor? Bias => GetParameter("bias");

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functional.GroupNorm(input, NumGroups, Weight, Bias, Eps);

    /// <inheritdoc/>
    protected override string ExtraRepr() =>
        string.Create(CultureInfo.InvariantCulture, $"{NumGroups}, {NumChannels}, eps={PythonNumberFormat.Repr(Eps)}, affine={(Affine ? "True" : "False")}") +
        NormalizationBias.Repr(Bias);
}
