namespace TorchInterop.Optim.SwaUtils;

/// <summary>An averaging rule for one parameter: the new average from the old one, the model's value and how many were averaged.</summary>
public delegate Tensor AverageFunction(Tensor averaged, Tensor current, Tensor numAveraged);

/// <summary>An averaging rule for a group of parameters (same device and dtype), updating the averages in place (2.x's <c>multi_avg_fn</c>).</summary>
public delegate void MultiAverageFunction(IReadOnlyList<Tensor> averaged, IReadOnlyList<Tensor> current, Tensor numAveraged);

/// <summary>
/// The averaging rules of <c>torch.optim.swa_utils</c> (2.x's <c>get_swa_avg_fn</c>, <c>get_ema_avg_fn</c> and their
/// multi-tensor forms): equal-weight (SWA) and exponential moving (EMA) averages.
/// </summary>
public static class AverageFunctions
{
    /// <summary>The equal-weight running average <c>averaged + (current - averaged) / (n + 1)</c>, PyTorch's default.</summary>
    public static AverageFunction Swa() => (averaged, current, numAveraged) =>
    {
        using var noGrad = Autograd.NoGrad();
        using var difference = current - averaged;
        using var count = numAveraged + 1;
        using var step = difference / count;
        return averaged + step;
    };

    /// <summary>The exponential moving average <c>decay * averaged + (1 - decay) * current</c>.</summary>
    /// <exception cref="TorchException"><paramref name="decay"/> is outside [0, 1] (PyTorch's ValueError).</exception>
    public static AverageFunction Ema(double decay = 0.999)
    {
        CheckDecay(decay);
        return (averaged, current, _) =>
        {
            using var noGrad = Autograd.NoGrad();
            using var kept = decay * averaged;
            using var added = (1 - decay) * current;
            return kept + added;
        };
    }

    /// <summary>The equal-weight average over a group, as a lerp towards the model by <c>1 / (n + 1)</c> (floating dtypes) or an addcdiv.</summary>
    public static MultiAverageFunction MultiSwa() => (averaged, current, numAveraged) =>
    {
        using var noGrad = Autograd.NoGrad();
        if (averaged.Count == 0) return;
        using var count = numAveraged + 1;
        if (IsFloatingOrComplex(averaged[0]))
        {
            using var weight = 1 / count;
            var w = weight.Item();
            for (int i = 0; i < averaged.Count; i++) averaged[i].Lerp_(current[i], w);
            return;
        }
        for (int i = 0; i < averaged.Count; i++)
        {
            using var difference = current[i] - averaged[i];
            averaged[i].Addcdiv_(difference, count);
        }
    };

    /// <summary>The exponential moving average over a group, as a lerp towards the model by <c>1 - decay</c> (floating dtypes).</summary>
    /// <exception cref="TorchException"><paramref name="decay"/> is outside [0, 1] (PyTorch's ValueError).</exception>
    public static MultiAverageFunction MultiEma(double decay = 0.999)
    {
        CheckDecay(decay);
        return (averaged, current, _) =>
        {
            using var noGrad = Autograd.NoGrad();
            if (averaged.Count == 0) return;
            if (IsFloatingOrComplex(averaged[0]))
            {
                for (int i = 0; i < averaged.Count; i++) averaged[i].Lerp_(current[i], 1 - decay);
                return;
            }
            for (int i = 0; i < averaged.Count; i++)
            {
                using var kept = averaged[i] * decay;
                using var added = current[i] * (1 - decay);
                using var sum = kept + added;
                averaged[i].Copy_(sum);
            }
        };
    }

    private static bool IsFloatingOrComplex(Tensor t) => t.IsFloatingPoint() || t.IsComplex();

    private static void CheckDecay(double decay)
    {
        if (decay < 0.0 || decay > 1.0)
            throw PythonFloat.ValueError($"Invalid decay value {PythonFloat.Format(decay)} provided. Please provide a value in [0,1] range.");
    }
}
