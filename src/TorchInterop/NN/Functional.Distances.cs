namespace TorchInterop.NN;

public static partial class Functional
{
    /// <summary><c>F.pairwise_distance(x1, x2, p=2.0, eps=1e-06, keepdim=False)</c>: the p-norm of <c>x1 - x2 + eps</c> over the last dimension.</summary>
    public static Tensor PairwiseDistance(Tensor x1, Tensor x2, double p = 2.0, double eps = 1e-6, bool keepdim = false)
    {
        NotNull(x1, x2);
        return Torch.PairwiseDistance(x1, x2, p, eps, keepdim);
    }

    /// <summary><c>F.pdist(input, p=2)</c>: the p-norm distances between all pairs of rows, as the upper triangle flattened.</summary>
    public static Tensor Pdist(Tensor input, double p = 2)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Torch.Pdist(input, p);
    }

    /// <summary><c>F.cosine_similarity(x1, x2, dim=1, eps=1e-08)</c>.</summary>
    public static Tensor CosineSimilarity(Tensor x1, Tensor x2, long dim = 1, double eps = 1e-8)
    {
        NotNull(x1, x2);
        return Torch.CosineSimilarity(x1, x2, dim, eps);
    }
}
