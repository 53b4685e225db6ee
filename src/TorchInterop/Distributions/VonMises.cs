namespace TorchInterop.Distributions;

/// <summary>
/// The von Mises distribution on the circle, of mean direction <c>loc</c> and concentration <c>concentration</c>
/// (Python's <c>VonMises</c>); samples by Best and Fisher's rejection method, drawing as PyTorch draws.
/// </summary>
public class VonMises : Distribution
{
    private static readonly Dictionary<string, Constraint> Arguments = new() { ["loc"] = Constraints.Real, ["concentration"] = Constraints.Positive };
    private readonly bool? _givenValidateArgs;
    private Tensor? _proposalR;
    private Tensor? _variance;

    /// <summary>A von Mises distribution; numbers or tensors, broadcast together.</summary>
    public VonMises(Tensor loc, Tensor concentration, bool? validateArgs = null)
    {
        ArgumentNullException.ThrowIfNull(loc);
        ArgumentNullException.ThrowIfNull(concentration);
        var all = DistributionUtils.BroadcastAll(loc, concentration);
        (Loc, Concentration) = (all[0], all[1]);
        _givenValidateArgs = validateArgs;
#if !LIBTORCH_2
        // 1.x computes the proposal in the parameters' dtype when constructed
        var tau = 1 + (1 + 4 * Concentration.Pow(2)).Sqrt();
        var rho = (tau - (2 * tau).Sqrt()) / (2 * Concentration);
        _proposalR = (1 + rho.Pow(2)) / (2 * rho);
#endif
        Initialize(Loc.Shape, [], validateArgs);
    }

    /// <summary>The mean direction.</summary>
    public Tensor Loc { get; }

    /// <summary>The concentration κ.</summary>
    public Tensor Concentration { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, Constraint> ArgConstraints => Arguments;

    /// <inheritdoc />
    protected override Tensor? Parameter(string name) => name switch { "loc" => Loc, "concentration" => Concentration, _ => null };

    /// <inheritdoc />
    public override Constraint Support => Constraints.Real;

    /// <inheritdoc />
    public override Tensor Mean => Loc;

    /// <inheritdoc />
    public override Tensor Mode => Loc;

    /// <inheritdoc />
    public override Tensor Variance => DistributionUtils.Lazy(ref _variance,
        () => 1 - (BesselMath.LogModifiedBessel(Concentration, 1) - BesselMath.LogModifiedBessel(Concentration, 0)).Exp());

    /// <inheritdoc />
    public override Tensor LogProb(Tensor value)
    {
        if (ValidateArgs) ValidateSample(value);
        var logProb = Concentration * Torch.Cos(value - Loc);
        return logProb - Math.Log(2 * Math.PI) - BesselMath.LogModifiedBessel(Concentration, 0);
    }

    /// <inheritdoc />
    public override Tensor Sample(long[]? sampleShape = null)
    {
        using (Autograd.NoGrad())
        {
            var shape = ExtendedShape(sampleShape);
#if LIBTORCH_2
            // 2.x samples in double precision and converts back
            var loc = Loc.To(DType.Float64);
            var concentration = Concentration.To(DType.Float64);
            var x = Torch.Empty(shape, loc.Dtype, Loc.Device);
            return RejectionSample(loc, concentration, ProposalR(concentration), x).To(Loc.Dtype);
#else
            var x = Torch.Empty(shape, Loc.Dtype, Loc.Device);
            return RejectionSample(Loc, Concentration, _proposalR!, x);
#endif
        }
    }

    /// <summary>A von Mises distribution of the parameters expanded to <paramref name="batchShape"/>, constructed anew as PyTorch does.</summary>
    public override Distribution Expand(long[] batchShape) =>
        new VonMises(Loc.Expand(batchShape), Concentration.Expand(batchShape), _givenValidateArgs);

#if LIBTORCH_2
    // 2.x's lazy _proposal_r, with a Taylor expansion for tiny concentrations
    private Tensor ProposalR(Tensor kappa) => DistributionUtils.Lazy(ref _proposalR, () =>
    {
        var tau = 1 + (1 + 4 * kappa.Pow(2)).Sqrt();
        var rho = (tau - (2 * tau).Sqrt()) / (2 * kappa);
        var proposal = (1 + rho.Pow(2)) / (2 * rho);
        var taylor = 1 / kappa + kappa;
        return Torch.Where(kappa < 1e-5, taylor, proposal);
    });
#endif

    // Python's _rejection_sample: draws three uniforms per element per round until every element is accepted
    private static Tensor RejectionSample(Tensor loc, Tensor concentration, Tensor proposalR, Tensor x)
    {
        var done = Torch.Zeros(x.Shape, DType.Bool, loc.Device);
        while (!done.All().Item<bool>())
        {
            var u = Torch.Rand([3, .. x.Shape], loc.Dtype, loc.Device);
            var parts = u.Unbind();
            var (u1, u2, u3) = (parts[0], parts[1], parts[2]);
            var z = Torch.Cos(Math.PI * u1);
            var f = (1 + proposalR * z) / (proposalR + z);
            var c = concentration * (proposalR - f);
            var accept = (c * (2 - c) - u2 > 0L).BitwiseOr((c / u2).Log() + 1 - c >= 0L);
            if (accept.Any().Item<bool>())
            {
                x = Torch.Where(accept, (u3 - 0.5).Sign() * f.Acos(), x);
                done = done.BitwiseOr(accept);
            }
        }
        return (x + Math.PI + loc).Remainder(2 * Math.PI) - Math.PI;
    }
}
