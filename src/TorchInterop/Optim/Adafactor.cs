#if LIBTORCH_2
namespace TorchInterop.Optim;

/// <summary>
/// Adafactor, as PyTorch 2.x's <c>torch.optim.Adafactor</c> (its single-tensor algorithm, op for op): the second
/// moment of a matrix is kept as row and column factors over its last two dimensions, of a vector as a whole; the
/// relative step is capped by <c>lr</c>, which also scales the decoupled weight decay.
/// </summary>
/// <example><code>
/// var optimizer = new Adafactor([w], lr: 1e-2, beta2Decay: -0.8);
/// </code></example>
public sealed class Adafactor : Optimizer
{
    private static readonly string[] OptionNames = ["lr", "beta2_decay", "eps", "d", "weight_decay", "foreach", "maximize"];

    /// <summary>
    /// Creates the optimizer; <paramref name="eps"/> is (epsilon1, epsilon2), epsilon1 null for the parameter dtype's
    /// machine epsilon. The checks and messages are PyTorch's.
    /// </summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public Adafactor(IEnumerable<Tensor> parameters, double lr = 1e-2, double beta2Decay = -0.8, (double? Eps1, double Eps2)? eps = null,
        double d = 1.0, double weightDecay = 0.0, bool? useForeach = null, bool maximize = false)
        : this(OptimizerChecks.OneGroup(parameters), lr, beta2Decay, eps, d, weightDecay, useForeach, maximize)
    {
    }

    /// <summary>Creates the optimizer over parameter groups; options a group leaves unset take these values.</summary>
    public Adafactor(IEnumerable<ParamGroup> paramGroups, double lr = 1e-2, double beta2Decay = -0.8, (double? Eps1, double Eps2)? eps = null,
        double d = 1.0, double weightDecay = 0.0, bool? useForeach = null, bool maximize = false)
        : base(paramGroups, Defaults(lr, beta2Decay, eps ?? (null, 1e-3), d, weightDecay, useForeach, maximize), OptionNames)
    {
    }

    /// <inheritdoc/>
    public override void Step()
    {
        RecordStep();
        using var noGrad = Autograd.NoGrad();
        foreach (var g in ParamGroups)
        {
            double lr = g.Lr.GetValueOrDefault(), weightDecay = g.WeightDecay.GetValueOrDefault();
            double beta2Decay = g.OtherNumber("beta2_decay"), d = g.OtherNumber("d");
            var epsPair = ((System.Collections.IEnumerable)g.GetOption("eps")!).Cast<object?>().ToArray();
            double? eps1 = epsPair[0] is null ? null : Convert.ToDouble(epsPair[0], System.Globalization.CultureInfo.InvariantCulture);
            double eps2 = Convert.ToDouble(epsPair[1], System.Globalization.CultureInfo.InvariantCulture);
            bool maximize = g.Maximize.GetValueOrDefault();
            var withGrad = new List<Tensor>();
            foreach (var param in g.Params)
            {
                // PyTorch checks (and initializes the state of) the whole group before updating any parameter.
                var grad = param.Grad;
                if (grad is null) continue;
                if (param.Dtype.IsComplex()) throw new TorchException("Adafactor does not support complex parameters");
                OptimizerChecks.RejectSparse(grad, "Adafactor");
                var state = StateOf(param);
                if (state.Count == 0)
                {
                    state["step"] = Torch.Tensor(0.0, DType.Float32);
                    if (grad.Dim > 1)
                    {
                        var rowShape = grad.Shape;
                        rowShape[^1] = 1;
                        state["row_var"] = grad.NewZeros(rowShape);
                        var colShape = grad.Shape;
                        colShape[^2] = 1;
                        state["col_var"] = grad.NewZeros(colShape);
                    }
                    else
                    {
                        state["variance"] = Torch.ZerosLike(grad, memoryFormat: MemoryFormat.Preserve);
                    }
                }
                withGrad.Add(param);
            }
            foreach (var param in withGrad)
            {
                // The first parameter's dtype fixes a missing epsilon1 for the rest of the group, as in PyTorch.
                eps1 ??= FloatInfo.Of(param.Dtype).Eps;
                UpdateOne(param, StateOf(param), lr, beta2Decay, eps1.Value, eps2, d, weightDecay, maximize);
            }
        }
    }

    private static void UpdateOne(Tensor param, Dictionary<string, object?> state, double lr, double beta2Decay, double eps1, double eps2,
        double d, double weightDecay, bool maximize)
    {
        using var grad = maximize ? param.Grad!.Neg() : param.Grad!.Alias();
        double step = OptimizerChecks.Increment(state);
        double oneMinusBeta2 = Math.Pow(step, beta2Decay);
        double rho = Math.Min(lr, 1 / Math.Pow(step, 0.5));
        using var paramNorm = Torch.LinalgVectorNorm(param, 2);
        double alpha = Math.Max(eps2, paramNorm.Item<float>() / Math.Pow(param.NumEl, 0.5)) * rho;
        if (weightDecay != 0) param.Mul_(1 - lr * weightDecay);

        Tensor varEstimate;
        if (grad.Dim > 1)
        {
            var rowVar = (Tensor)state["row_var"]!;
            var colVar = (Tensor)state["col_var"]!;
            // The mean of g*g along a dimension, as the squared norm over its length.
            using var rowMean = Torch.LinalgVectorNorm(grad, 2, [-1], keepdim: true).Square_().Div_(grad.Shape[^1]);
            rowVar.Lerp_(rowMean, oneMinusBeta2);
            using var colMean = Torch.LinalgVectorNorm(grad, 2, [-2], keepdim: true).Square_().Div_(grad.Shape[^2]);
            colVar.Lerp_(colMean, oneMinusBeta2);
            varEstimate = rowVar.Matmul(colVar);
            using var rowVarMean = rowVar.Mean([-2], keepDim: true).Clamp_(min: eps1);
            varEstimate.Div_(rowVarMean);
        }
        else
        {
            var variance = (Tensor)state["variance"]!;
            using var gradSquared = grad * grad;
            variance.Lerp_(gradSquared, oneMinusBeta2);
            varEstimate = variance.Clone();
        }
        using (varEstimate)
        {
            // eps1 is squared because the square root follows.
            var update = varEstimate.Clamp_(min: eps1 * eps1).Rsqrt_();
            update.Mul_(grad);
            using var updateNorm = Torch.LinalgVectorNorm(update, 2);
            double denom = Math.Max(1.0, updateNorm.Item<float>() / (Math.Pow(update.NumEl, 0.5) * d));
            param.Add_(update, -alpha / denom);
        }
    }

    private static ParamGroup Defaults(double lr, double beta2Decay, (double? Eps1, double Eps2) eps, double d, double weightDecay,
        bool? useForeach, bool maximize)
    {
        if (!(0.0 <= lr)) throw PythonFloat.ValueError($"Learning rate should be >= 0 but is: {PythonFloat.Format(lr)}");
        if (!(0.0 >= beta2Decay)) throw PythonFloat.ValueError($"beta2_decay should be <= 0 but is: {PythonFloat.Format(beta2Decay)}");
        if (eps.Eps1 is { } e1 && !(0.0 <= e1)) throw PythonFloat.ValueError($"epsilon1 should be >= 0 but is: {PythonFloat.Format(e1)}");
        if (!(0.0 <= eps.Eps2)) throw PythonFloat.ValueError($"epsilon2 should be >= 0 but is: {PythonFloat.Format(eps.Eps2)}");
        if (!(1.0 <= d)) throw PythonFloat.ValueError($"Clipping threshold d should be >= 1 but is: {PythonFloat.Format(d)}");
        if (!(0.0 <= weightDecay)) throw PythonFloat.ValueError($"weight_decay should be >= 0 but is: {PythonFloat.Format(weightDecay)}");
        var defaults = new ParamGroup([]) { Lr = lr, WeightDecay = weightDecay, Maximize = maximize };
        defaults.SetOther("beta2_decay", beta2Decay);
        defaults.SetOther("eps", (eps.Eps1, eps.Eps2));
        defaults.SetOther("d", d);
        defaults.SetOther("foreach", useForeach);
        return defaults;
    }
}
#endif
