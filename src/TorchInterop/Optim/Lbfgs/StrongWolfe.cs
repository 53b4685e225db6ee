namespace TorchInterop.Optim.Lbfgs;

/// <summary>
/// The strong-Wolfe line search of <c>torch/optim/lbfgs.py</c> (itself from Torch7's <c>lswolfe.lua</c>): a bracketing
/// phase, then a zoom phase with safeguarded cubic interpolation, in PyTorch's order of evaluations.
/// </summary>
internal static class StrongWolfe
{
    /// <summary>The objective along a direction: the loss and the flat gradient at <c>x + t·d</c>.</summary>
    public delegate (double Loss, Tensor Grad) Objective(IReadOnlyList<Tensor> x, PythonNumber t, Tensor d);

    /// <summary>The search's result: the loss, flat gradient and step length found, and how many evaluations it took.</summary>
    public readonly record struct Result(double Loss, Tensor Grad, PythonNumber T, int Evaluations);

    /// <summary>PyTorch's <c>_cubic_interpolate</c>: the minimizer of the cubic through two points with their slopes, within bounds.</summary>
    public static PythonNumber CubicInterpolate(PythonNumber x1, PythonNumber f1, PythonNumber g1, PythonNumber x2, PythonNumber f2, PythonNumber g2,
        (PythonNumber Min, PythonNumber Max)? bounds = null)
    {
        var (lower, upper) = bounds ?? (x1 <= x2 ? (x1, x2) : (x2, x1));
        var d1 = g1 + g2 - 3.0 * (f1 - f2) / (x1 - x2);
        var d2Square = d1.Square() - g1 * g2;
        if (!(d2Square >= 0.0)) return (lower + upper) / 2.0;
        var d2 = d2Square.Sqrt();
        var minPos = x1 <= x2
            ? x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2.0 * d2))
            : x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2.0 * d2));
        return PythonNumber.Min(PythonNumber.Max(minPos, lower), upper);
    }

    /// <summary>PyTorch's <c>_strong_wolfe</c>, from step length <paramref name="t"/> along <paramref name="d"/>.</summary>
    public static Result Search(Objective objective, IReadOnlyList<Tensor> x, PythonNumber t, Tensor d, double f, Tensor g, Tensor gtd,
        double c1 = 1e-4, double c2 = 0.9, double toleranceChange = 1e-9, int maxLs = 25)
    {
        using var dNorm = d.Abs().Max();
        g = g.Clone();
        var (fNew, gNew) = objective(x, t, d);
        int evaluations = 1;
        PythonNumber gtdNew = gNew.Dot(d);

        PythonNumber tPrev = PythonNumber.Int(0), gtdPrev = gtd;
        double fPrev = f;
        Tensor gPrev = g;
        bool done = false;
        int iteration = 0;
        List<PythonNumber> bracket = [], bracketGtd = [];
        List<double> bracketF = [];
        List<Tensor> bracketG = [];
        while (iteration < maxLs)
        {
            if (fNew > f + c1 * t * gtd || (iteration > 1 && fNew >= fPrev))
            {
                bracket = [tPrev, t]; bracketF = [fPrev, fNew]; bracketG = [gPrev, gNew.Clone()]; bracketGtd = [gtdPrev, gtdNew];
                break;
            }
            if (gtdNew.Abs() <= -c2 * (PythonNumber)gtd)
            {
                bracket = [t]; bracketF = [fNew]; bracketG = [gNew];
                done = true;
                break;
            }
            if (gtdNew >= 0.0)
            {
                bracket = [tPrev, t]; bracketF = [fPrev, fNew]; bracketG = [gPrev, gNew.Clone()]; bracketGtd = [gtdPrev, gtdNew];
                break;
            }
            var minStep = t + 0.01 * (t - tPrev);
            var maxStep = t * PythonNumber.Int(10);
            var previous = t;
            t = CubicInterpolate(tPrev, fPrev, gtdPrev, t, fNew, gtdNew, (minStep, maxStep));
            tPrev = previous;
            fPrev = fNew;
            gPrev = gNew.Clone();
            gtdPrev = gtdNew;
            (fNew, gNew) = objective(x, t, d);
            evaluations++;
            gtdNew = gNew.Dot(d);
            iteration++;
        }
        if (iteration == maxLs)
        {
            bracket = [PythonNumber.Int(0), t]; bracketF = [f, fNew]; bracketG = [g, gNew];
        }

        bool insufficientProgress = false;
        var (low, high) = bracketF[0] <= bracketF[^1] ? (0, 1) : (1, 0);
        while (!done && iteration < maxLs)
        {
            if ((bracket[1] - bracket[0]).Abs() * dNorm < toleranceChange) break;
            t = CubicInterpolate(bracket[0], bracketF[0], bracketGtd[0], bracket[1], bracketF[1], bracketGtd[1]);

            var top = PythonNumber.Max(bracket[0], bracket[1]);
            var bottom = PythonNumber.Min(bracket[0], bracket[1]);
            var eps = 0.1 * (top - bottom);
            if (PythonNumber.Min(top - t, t - bottom) < eps)
            {
                if (insufficientProgress || t >= top || t <= bottom)
                {
                    t = (t - top).Abs() < (t - bottom).Abs() ? top - eps : bottom + eps;
                    insufficientProgress = false;
                }
                else
                {
                    insufficientProgress = true;
                }
            }
            else
            {
                insufficientProgress = false;
            }

            (fNew, gNew) = objective(x, t, d);
            evaluations++;
            gtdNew = gNew.Dot(d);
            iteration++;

            if (fNew > f + c1 * t * gtd || fNew >= bracketF[low])
            {
                (bracket[high], bracketF[high], bracketG[high], bracketGtd[high]) = (t, fNew, gNew.Clone(), gtdNew);
                (low, high) = bracketF[0] <= bracketF[1] ? (0, 1) : (1, 0);
            }
            else
            {
                if (gtdNew.Abs() <= -c2 * (PythonNumber)gtd)
                {
                    done = true;
                }
                else if (gtdNew * (bracket[high] - bracket[low]) >= 0.0)
                {
                    (bracket[high], bracketF[high], bracketG[high], bracketGtd[high]) = (bracket[low], bracketF[low], bracketG[low], bracketGtd[low]);
                }
                (bracket[low], bracketF[low], bracketG[low], bracketGtd[low]) = (t, fNew, gNew.Clone(), gtdNew);
            }
        }
        return new(bracketF[low], bracketG[low], bracket[low], evaluations);
    }
}
