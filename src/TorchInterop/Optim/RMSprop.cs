namespace TorchInterop.Optim;

/// <summary>
/// RMSprop, as <c>torch.optim.RMSprop</c> in the PyTorch this runs on (1.13 or 2.x; its single-tensor algorithm, op
/// for op): weight decay, momentum, the centered variant, maximization.
/// </summary>
/// <example><code>
/// var optimizer = new RMSprop([w, b], lr: 0.01, momentum: 0.9);
/// </code></example>
public sealed class RMSprop : Optimizer
{
    // The group's keys in PyTorch's state dict, in its order; 2.x adds capturable.
    private static readonly string[] OptionNames = LibTorch.IsAtLeast(2)
        ? ["lr", "momentum", "alpha", "eps", "centered", "weight_decay", "capturable", "foreach", "maximize", "differentiable"]
        : ["lr", "momentum", "alpha", "eps", "centered", "weight_decay", "foreach", "maximize", "differentiable"];

    /// <summary>Creates the optimizer; the checks and messages are PyTorch's.</summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public RMSprop(IEnumerable<Tensor> parameters, double lr = 1e-2, double alpha = 0.99, double eps = 1e-8,
        double weightDecay = 0, double momentum = 0, bool centered = false, bool maximize = false)
        : this([new ParamGroup(parameters ?? throw new ArgumentNullException(nameof(parameters)))],
            lr, alpha, eps, weightDecay, momentum, centered, maximize)
    {
    }

    /// <summary>Creates the optimizer over parameter groups; options a group leaves unset take these values.</summary>
    public RMSprop(IEnumerable<ParamGroup> paramGroups, double lr = 1e-2, double alpha = 0.99, double eps = 1e-8,
        double weightDecay = 0, double momentum = 0, bool centered = false, bool maximize = false)
        : base(paramGroups, Defaults(lr, alpha, eps, weightDecay, momentum, centered, maximize), OptionNames)
    {
    }

    /// <inheritdoc/>
    public override void Step()
    {
        RecordStep();
        using var noGrad = Autograd.NoGrad();
        foreach (var g in ParamGroups)
        {
            double lr = g.Lr.GetValueOrDefault(), alpha = g.Alpha.GetValueOrDefault(), eps = g.Eps.GetValueOrDefault();
            double weightDecay = g.WeightDecay.GetValueOrDefault(), momentum = g.Momentum.GetValueOrDefault();
            bool centered = g.Centered.GetValueOrDefault(), maximize = g.Maximize.GetValueOrDefault();
            foreach (var param in g.Params)
            {
                var grad = param.Grad;
                if (grad is null) continue;
                var state = StateOf(param);
                if (state.Count == 0)
                {
                    // 1.13 counts the steps in a Python int, 2.x in a float32 tensor.
                    state["step"] = LibTorch.IsAtLeast(2) ? Torch.Tensor(0.0, DType.Float32) : (object)0L;
                    state["square_avg"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                    if (momentum > 0) state["momentum_buffer"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                    if (centered) state["grad_avg"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                }
                if (state["step"] is Tensor stepT) stepT.Add_(1);
                else state["step"] = Convert.ToInt64(state["step"], System.Globalization.CultureInfo.InvariantCulture) + 1;
                var squareAvg = (Tensor)state["square_avg"]!;

                if (maximize) grad = grad.Neg();
                if (weightDecay != 0) grad = grad.Add(param, weightDecay);
                squareAvg.Mul_(alpha).Addcmul_(grad, grad, 1 - alpha);
                Tensor avg;
                if (centered)
                {
                    var gradAvg = (Tensor)state["grad_avg"]!;
                    // 2.x interpolates where 1.13 scales and adds: the roundings differ.
                    if (LibTorch.IsAtLeast(2)) gradAvg.Lerp_(grad, 1 - alpha);
                    else gradAvg.Mul_(alpha).Add_(grad, 1 - alpha);
                    avg = squareAvg.Addcmul(gradAvg, gradAvg, -1).Sqrt_();
                }
                else
                {
                    avg = squareAvg.Sqrt();
                }
                using (avg)
                {
                    avg.Add_(eps);
                    if (momentum > 0)
                    {
                        var buffer = (Tensor)state["momentum_buffer"]!;
                        buffer.Mul_(momentum).Addcdiv_(grad, avg);
                        param.Add_(buffer, -lr);
                    }
                    else
                    {
                        param.Addcdiv_(grad, avg, -lr);
                    }
                }
            }
        }
    }

    private static ParamGroup Defaults(double lr, double alpha, double eps, double weightDecay, double momentum, bool centered, bool maximize)
    {
        if (!(lr >= 0)) throw PythonFloat.ValueError($"Invalid learning rate: {PythonFloat.Format(lr)}");
        if (!(eps >= 0)) throw PythonFloat.ValueError($"Invalid epsilon value: {PythonFloat.Format(eps)}");
        if (!(momentum >= 0)) throw PythonFloat.ValueError($"Invalid momentum value: {PythonFloat.Format(momentum)}");
        if (!(weightDecay >= 0)) throw PythonFloat.ValueError($"Invalid weight_decay value: {PythonFloat.Format(weightDecay)}");
        if (!(alpha >= 0)) throw PythonFloat.ValueError($"Invalid alpha value: {PythonFloat.Format(alpha)}");
        return new ParamGroup([])
        {
            Lr = lr, Momentum = momentum, Alpha = alpha, Eps = eps, Centered = centered, WeightDecay = weightDecay, Maximize = maximize,
        };
    }
}
