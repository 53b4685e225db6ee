namespace TorchInterop.Distributions;

// KL divergences of kl.py between the multivariate normals, full-rank and low-rank.
public static partial class KL
{
    private const string LowRankShapesMessage = "KL-divergence between two Low Rank Multivariate Normals with                          different event shapes cannot be computed";
    private const string MixedShapesMessage = "KL-divergence between two (Low Rank) Multivariate Normals with                          different event shapes cannot be computed";
    private const string FullRankShapesMessage = "KL-divergence between two Multivariate Normals with                          different event shapes cannot be computed";

    private static void AddMultivariatePairs()
    {
        Add<LowRankMultivariateNormal, LowRankMultivariateNormal>(LowRankLowRank);
        Add<MultivariateNormal, LowRankMultivariateNormal>(FullRankLowRank);
        Add<LowRankMultivariateNormal, MultivariateNormal>(LowRankFullRank);
        Add<MultivariateNormal, MultivariateNormal>(FullRankFullRank);
    }

    private static void RequireSameEventShape(Distribution p, Distribution q, string message)
    {
        if (!p.EventShape.SequenceEqual(q.EventShape)) throw new TorchException(message, TorchErrorKind.ValueError);
    }

    private static Tensor LowRankLowRank(LowRankMultivariateNormal p, LowRankMultivariateNormal q)
    {
        RequireSameEventShape(p, q, LowRankShapesMessage);
        var term1 = LowRankMultivariateNormal.LowRankLogDet(q.UnbroadcastedCovDiag, q.CapacitanceTrilFactor) -
                    LowRankMultivariateNormal.LowRankLogDet(p.UnbroadcastedCovDiag, p.CapacitanceTrilFactor);
        var term3 = LowRankMultivariateNormal.LowRankMahalanobis(q.UnbroadcastedCovFactor, q.UnbroadcastedCovDiag, q.Loc - p.Loc, q.CapacitanceTrilFactor);
        var qWtDInv = q.UnbroadcastedCovFactor.MT() / q.UnbroadcastedCovDiag.Unsqueeze(-2);
        var a = Torch.LinalgSolveTriangular(q.CapacitanceTrilFactor, qWtDInv, upper: false);
        var term21 = (p.UnbroadcastedCovDiag / q.UnbroadcastedCovDiag).Sum(-1);
        var term22 = BatchTraceXXT(p.UnbroadcastedCovFactor * q.UnbroadcastedCovDiag.Rsqrt().Unsqueeze(-1));
        var term23 = BatchTraceXXT(a * p.UnbroadcastedCovDiag.Sqrt().Unsqueeze(-2));
        var term24 = BatchTraceXXT(Torch.Matmul(a, p.UnbroadcastedCovFactor));
        var term2 = term21 + term22 - term23 - term24;
        return 0.5 * (term1 + term2 + term3 - p.EventShape[0]);
    }

    private static Tensor FullRankLowRank(MultivariateNormal p, LowRankMultivariateNormal q)
    {
        RequireSameEventShape(p, q, MixedShapesMessage);
        var term1 = LowRankMultivariateNormal.LowRankLogDet(q.UnbroadcastedCovDiag, q.CapacitanceTrilFactor) -
                    2 * p.UnbroadcastedScaleTril.Diagonal(0, -2, -1).Log().Sum(-1);
        var term3 = LowRankMultivariateNormal.LowRankMahalanobis(q.UnbroadcastedCovFactor, q.UnbroadcastedCovDiag, q.Loc - p.Loc, q.CapacitanceTrilFactor);
        var qWtDInv = q.UnbroadcastedCovFactor.MT() / q.UnbroadcastedCovDiag.Unsqueeze(-2);
        var a = Torch.LinalgSolveTriangular(q.CapacitanceTrilFactor, qWtDInv, upper: false);
        var term21 = BatchTraceXXT(p.UnbroadcastedScaleTril * q.UnbroadcastedCovDiag.Rsqrt().Unsqueeze(-1));
        var term22 = BatchTraceXXT(Torch.Matmul(a, p.UnbroadcastedScaleTril));
        var term2 = term21 - term22;
        return 0.5 * (term1 + term2 + term3 - p.EventShape[0]);
    }

    private static Tensor LowRankFullRank(LowRankMultivariateNormal p, MultivariateNormal q)
    {
        RequireSameEventShape(p, q, MixedShapesMessage);
        var term1 = 2 * q.UnbroadcastedScaleTril.Diagonal(0, -2, -1).Log().Sum(-1) -
                    LowRankMultivariateNormal.LowRankLogDet(p.UnbroadcastedCovDiag, p.CapacitanceTrilFactor);
        var term3 = MultivariateMath.BatchMahalanobis(q.UnbroadcastedScaleTril, q.Loc - p.Loc);
        var combined = ShapeBroadcasting.BroadcastShapes(q.UnbroadcastedScaleTril.Shape[..^2], p.UnbroadcastedCovFactor.Shape[..^2]);
        long n = p.EventShape[0];
        var qScaleTril = q.UnbroadcastedScaleTril.Expand([.. combined, n, n]);
        var pCovFactor = p.UnbroadcastedCovFactor.Expand([.. combined, n, p.CovFactor.Shape[^1]]);
        var pCovDiag = Torch.DiagEmbed(p.UnbroadcastedCovDiag.Sqrt()).Expand([.. combined, n, n]);
        var term21 = BatchTraceXXT(Torch.LinalgSolveTriangular(qScaleTril, pCovFactor, upper: false));
        var term22 = BatchTraceXXT(Torch.LinalgSolveTriangular(qScaleTril, pCovDiag, upper: false));
        var term2 = term21 + term22;
        return 0.5 * (term1 + term2 + term3 - p.EventShape[0]);
    }

    private static Tensor FullRankFullRank(MultivariateNormal p, MultivariateNormal q)
    {
        RequireSameEventShape(p, q, FullRankShapesMessage);
        var halfTerm1 = q.UnbroadcastedScaleTril.Diagonal(0, -2, -1).Log().Sum(-1) - p.UnbroadcastedScaleTril.Diagonal(0, -2, -1).Log().Sum(-1);
        var combined = ShapeBroadcasting.BroadcastShapes(q.UnbroadcastedScaleTril.Shape[..^2], p.UnbroadcastedScaleTril.Shape[..^2]);
        long n = p.EventShape[0];
        var qScaleTril = q.UnbroadcastedScaleTril.Expand([.. combined, n, n]);
        var pScaleTril = p.UnbroadcastedScaleTril.Expand([.. combined, n, n]);
        var term2 = BatchTraceXXT(Torch.LinalgSolveTriangular(qScaleTril, pScaleTril, upper: false));
        var term3 = MultivariateMath.BatchMahalanobis(q.UnbroadcastedScaleTril, q.Loc - p.Loc);
        return halfTerm1 + 0.5 * (term2 + term3 - n);
    }

    // Python's _batch_trace_XXT: the trace of X X^T per matrix of the batch
    private static Tensor BatchTraceXXT(Tensor matrices)
    {
        var shape = matrices.Shape;
        long n = shape[^1], m = shape[^2];
        var flatTrace = matrices.Reshape(-1, m * n).Pow(2).Sum(-1);
        return flatTrace.Reshape(shape[..^2]);
    }
}
