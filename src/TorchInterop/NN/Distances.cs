namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.PairwiseDistance(p=2.0, eps=1e-06, keepdim=False)</c> (its repr shows no arguments).</summary>
public sealed class PairwiseDistance(double p = 2.0, double eps = 1e-6, bool keepdim = false) : Module
{
    /// <summary>The norm's degree (Python's attribute <c>norm</c>).</summary>
    public double Norm { get; } = p;

    /// <summary>Added to the differences for numerical stability.</summary>
    public double Eps { get; } = eps;

    /// <summary>Whether the reduced dimension is kept.</summary>
    public bool Keepdim { get; } = keepdim;

    /// <summary>The distances between the rows of <paramref name="x1"/> and <paramref name="x2"/>.</summary>
    public Tensor Forward(Tensor x1, Tensor x2) => Functional.PairwiseDistance(x1, x2, Norm, Eps, Keepdim);

    /// <summary>Python's <c>dist(x1, x2)</c>.</summary>
    public Tensor Call(Tensor x1, Tensor x2) => Forward(x1, x2);
}

/// <summary>Python's <c>torch.nn.CosineSimilarity(dim=1, eps=1e-08)</c> (its repr shows no arguments).</summary>
public sealed class CosineSimilarity(long dim = 1, double eps = 1e-8) : Module
{
    /// <summary>The dimension the similarity is computed over.</summary>
    public long Dim { get; } = dim;

    /// <summary>The smallest norm divided by.</summary>
    public double Eps { get; } = eps;

    /// <summary>The cosine similarity of <paramref name="x1"/> and <paramref name="x2"/> along <see cref="Dim"/>.</summary>
    public Tensor Forward(Tensor x1, Tensor x2) => Functional.CosineSimilarity(x1, x2, Dim, Eps);

    /// <summary>Python's <c>cos(x1, x2)</c>.</summary>
    public Tensor Call(Tensor x1, Tensor x2) => Forward(x1, x2);
}
