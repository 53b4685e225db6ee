#if LIBTORCH_2
namespace TorchInterop.Optim;

/// <summary>
/// Muon, as PyTorch 2.x's <c>torch.optim.Muon</c> (op for op): SGD momentum (Nesterov by default) whose update is
/// orthogonalized by a Newton–Schulz iteration in bfloat16, for 2-D parameters only, with a learning rate adjusted to
/// the parameter's shape by <c>adjust_lr_fn</c> and decoupled weight decay.
/// </summary>
/// <example><code>
/// var optimizer = new Muon([linear.Weight], lr: 0.02);
/// </code></example>
public sealed class Muon : Optimizer
{
    /// <summary>Keller Jordan's Newton–Schulz coefficients, PyTorch's defaults.</summary>
    public static readonly (double A, double B, double C) DefaultNsCoefficients = (3.4445, -4.7750, 2.0315);

    private static readonly string[] OptionNames = ["lr", "weight_decay", "momentum", "nesterov", "ns_coefficients", "eps", "ns_steps", "adjust_lr_fn"];

    private static readonly string[] AdjustLrFunctions = ["original", "match_rms_adamw", "spectral_unclamped"];

    /// <summary>
    /// Creates the optimizer; <paramref name="adjustLrFn"/> is null (as <c>"original"</c>), <c>"original"</c>,
    /// <c>"match_rms_adamw"</c> or <c>"spectral_unclamped"</c>. The checks and messages are PyTorch's.
    /// </summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public Muon(IEnumerable<Tensor> parameters, double lr = 1e-3, double weightDecay = 0.1, double momentum = 0.95, bool nesterov = true,
        (double A, double B, double C)? nsCoefficients = null, double eps = 1e-7, long nsSteps = 5, string? adjustLrFn = null)
        : this(OptimizerChecks.OneGroup(parameters), lr, weightDecay, momentum, nesterov, nsCoefficients, eps, nsSteps, adjustLrFn)
    {
    }

    /// <summary>Creates the optimizer over parameter groups; options a group leaves unset take these values.</summary>
    public Muon(IEnumerable<ParamGroup> paramGroups, double lr = 1e-3, double weightDecay = 0.1, double momentum = 0.95, bool nesterov = true,
        (double A, double B, double C)? nsCoefficients = null, double eps = 1e-7, long nsSteps = 5, string? adjustLrFn = null)
        : base(paramGroups, Defaults(lr, weightDecay, momentum, nesterov, nsCoefficients ?? DefaultNsCoefficients, eps, nsSteps, adjustLrFn),
            OptionNames)
    {
        foreach (var g in ParamGroups)
        {
            foreach (var p in g.Params)
            {
                if (p.Dim != 2)
                {
                    throw PythonFloat.ValueError(
                        $"Muon only supports 2D parameters whereas we found a parameter with size: torch.Size([{string.Join(", ", p.Shape)}])");
                }
            }
        }
    }

    /// <inheritdoc/>
    public override void Step()
    {
        RecordStep();
        using var noGrad = Autograd.NoGrad();
        foreach (var g in ParamGroups)
        {
            double lr = g.Lr.GetValueOrDefault(), weightDecay = g.WeightDecay.GetValueOrDefault(), momentum = g.Momentum.GetValueOrDefault();
            var withGrad = new List<Tensor>();
            foreach (var p in g.Params)
            {
                var grad = p.Grad;
                if (grad is null) continue;
                if (p.Dtype.IsComplex()) throw new TorchException("Muon does not support complex parameters");
                OptimizerChecks.RejectSparse(grad, "Muon");
                var state = StateOf(p);
                if (!state.ContainsKey("momentum_buffer")) state["momentum_buffer"] = Torch.ZerosLike(grad, memoryFormat: MemoryFormat.Preserve);
                withGrad.Add(p);
            }
            var coefficients = Numbers(g.GetOption("ns_coefficients"));
            long nsSteps = Convert.ToInt64(g.GetOption("ns_steps"), System.Globalization.CultureInfo.InvariantCulture);
            double eps = g.Eps.GetValueOrDefault();
            string? adjustLrFn = g.GetOption("adjust_lr_fn") as string;
            foreach (var param in withGrad)
            {
                var grad = param.Grad!;
                if (grad.Dim != 2) throw PythonFloat.ValueError($"Param gradient must be a 2D matrix");
                var buf = (Tensor)StateOf(param)["momentum_buffer"]!;
                buf.Lerp_(grad, 1 - momentum);
                using var nesterovUpdate = g.Nesterov.GetValueOrDefault() ? grad.Lerp(buf, momentum) : null;
                using var update = NewtonSchulz.ZeroPower(nesterovUpdate ?? buf, coefficients, nsSteps, eps);
                double adjustedLr = AdjustLr(lr, adjustLrFn, param.Shape);
                param.Mul_(1 - lr * weightDecay);
                param.Add_(update, -adjustedLr);
            }
        }
    }

    // A tuple option (a C# tuple, or the list a loaded state dict holds) as its numbers.
    private static double[] Numbers(object? option)
    {
        IEnumerable<object?> items = option switch
        {
            System.Runtime.CompilerServices.ITuple t => Enumerable.Range(0, t.Length).Select(i => t[i]),
            System.Collections.IEnumerable e => e.Cast<object?>(),
            _ => [],
        };
        return items.Select(c => Convert.ToDouble(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    // The learning rate scaled to the parameter's shape (A rows, B columns), as PyTorch's _adjust_lr.
    private static double AdjustLr(double lr, string? adjustLrFn, long[] shape)
    {
        double a = shape[0], b = shape[1];
        double ratio = adjustLrFn switch
        {
            null or "original" => Math.Sqrt(Math.Max(1, a / b)),
            "match_rms_adamw" => 0.2 * Math.Sqrt(Math.Max(a, b)),
            "spectral_unclamped" => Math.Sqrt(a / b),
            _ => 1.0,
        };
        return lr * ratio;
    }

    private static ParamGroup Defaults(double lr, double weightDecay, double momentum, bool nesterov, (double A, double B, double C) nsCoefficients,
        double eps, long nsSteps, string? adjustLrFn)
    {
        if (!(0.0 <= lr)) throw PythonFloat.ValueError($"Learning rate should be >= 0 but is: {PythonFloat.Format(lr)}");
        if (!(0.0 <= momentum)) throw PythonFloat.ValueError($"momentum should be >= 0 but is: {PythonFloat.Format(momentum)}");
        if (!(0.0 <= weightDecay)) throw PythonFloat.ValueError($"weight decay should be >= 0 but is: {PythonFloat.Format(weightDecay)}");
        if (adjustLrFn is not null && !AdjustLrFunctions.Contains(adjustLrFn))
        {
            throw PythonFloat.ValueError($"Adjust learning rate function {adjustLrFn} is not supported");
        }
        var defaults = new ParamGroup([]) { Lr = lr, WeightDecay = weightDecay, Momentum = momentum, Nesterov = nesterov, Eps = eps };
        defaults.SetOther("ns_coefficients", nsCoefficients);
        defaults.SetOther("ns_steps", nsSteps);
        defaults.SetOther("adjust_lr_fn", adjustLrFn);
        return defaults;
    }
}
#endif
