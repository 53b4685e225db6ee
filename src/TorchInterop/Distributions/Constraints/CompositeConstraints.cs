namespace TorchInterop.Distributions;

public static partial class Constraints
{
    /// <summary><c>constraints.corr_cholesky</c>: Cholesky factors of correlation matrices.</summary>
    public static Constraint CorrCholesky => CorrCholeskyConstraint.Instance;

    /// <summary><c>constraints.positive_semidefinite</c></summary>
    public static Constraint PositiveSemidefinite => PositiveSemidefiniteConstraint.Instance;

    /// <summary><c>constraints.cat(cseq, dim=0, lengths=None)</c>: each constraint on its slice along <paramref name="dim"/>.</summary>
    public static Constraint Cat(IReadOnlyList<Constraint> cseq, int dim = 0, IReadOnlyList<long>? lengths = null) => new CatConstraint(cseq, dim, lengths);

    /// <summary><c>constraints.stack(cseq, dim=0)</c>: each constraint on its index along <paramref name="dim"/>.</summary>
    public static Constraint Stack(IReadOnlyList<Constraint> cseq, int dim = 0) => new StackConstraint(cseq, dim);

    // Python's bare asserts raise an empty AssertionError in 1.13; 2.x words them
    internal static TorchException Assertion(string message2x) =>
#if LIBTORCH_2
        new(message2x, TorchErrorKind.AssertionError);
#else
        new("", TorchErrorKind.AssertionError);
#endif
}

/// <summary>
/// A sequence of constraints applied to consecutive slices along a dimension, compatible with <c>torch.cat</c>
/// (Python's <c>constraints.cat</c>).
/// </summary>
public sealed class CatConstraint : Constraint
{
    /// <summary>Applies <paramref name="cseq"/> to slices of <paramref name="lengths"/> (ones by default) along <paramref name="dim"/>.</summary>
    public CatConstraint(IReadOnlyList<Constraint> cseq, int dim = 0, IReadOnlyList<long>? lengths = null)
    {
        ArgumentNullException.ThrowIfNull(cseq);
        if (cseq.Any(c => c is null)) throw Constraints.Assertion("All elements of cseq must be Constraint instances");
        Cseq = cseq.ToList();
        Lengths = lengths?.ToList() ?? Enumerable.Repeat(1L, Cseq.Count).ToList();
        if (Lengths.Count != Cseq.Count) throw Constraints.Assertion($"lengths ({Lengths.Count}) must match cseq ({Cseq.Count})");
        Dim = dim;
    }

    /// <summary>The constraints, one per slice.</summary>
    public IReadOnlyList<Constraint> Cseq { get; }

    /// <summary>The length of each slice.</summary>
    public IReadOnlyList<long> Lengths { get; }

    /// <summary>The dimension sliced.</summary>
    public int Dim { get; }

    /// <inheritdoc />
    public override bool IsDiscrete => Cseq.Any(c => c.IsDiscrete);

    /// <inheritdoc />
    public override int EventDim => Cseq.Max(c => c.EventDim);

    /// <inheritdoc />
    public override Tensor Check(Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!(-value.Dim <= Dim && Dim < value.Dim)) throw Constraints.Assertion($"dim {Dim} out of range for value with {value.Dim} dimensions");
        var checks = new List<Tensor>();
        long start = 0;
        for (int i = 0; i < Cseq.Count; i++)
        {
            checks.Add(Cseq[i].Check(value.Narrow(Dim, start, Lengths[i])));
            start += Lengths[i];
        }
        return Torch.Cat(checks, Dim);
    }
}

/// <summary>
/// A sequence of constraints applied to each index along a dimension, compatible with <c>torch.stack</c>
/// (Python's <c>constraints.stack</c>).
/// </summary>
public sealed class StackConstraint : Constraint
{
    /// <summary>Applies <paramref name="cseq"/> to the successive indices along <paramref name="dim"/>.</summary>
    public StackConstraint(IReadOnlyList<Constraint> cseq, int dim = 0)
    {
        ArgumentNullException.ThrowIfNull(cseq);
        if (cseq.Any(c => c is null)) throw Constraints.Assertion("All elements of cseq must be Constraint instances");
        Cseq = cseq.ToList();
        Dim = dim;
    }

    /// <summary>The constraints, one per index.</summary>
    public IReadOnlyList<Constraint> Cseq { get; }

    /// <summary>The dimension stacked.</summary>
    public int Dim { get; }

    /// <inheritdoc />
    public override bool IsDiscrete => Cseq.Any(c => c.IsDiscrete);

    /// <inheritdoc />
    public override int EventDim
    {
        get
        {
            int dim = Cseq.Max(c => c.EventDim);
            return Dim + dim < 0 ? dim + 1 : dim;
        }
    }

    /// <inheritdoc />
    public override Tensor Check(Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!(-value.Dim <= Dim && Dim < value.Dim)) throw Constraints.Assertion($"dim {Dim} out of range for value with {value.Dim} dimensions");
        long count = value.Shape[Dim < 0 ? Dim + value.Dim : Dim];
        var checks = new List<Tensor>();
        for (int i = 0; i < count && i < Cseq.Count; i++) checks.Add(Cseq[i].Check(value.Select(Dim, i)));
        return Torch.Stack(checks, Dim);
    }
}
