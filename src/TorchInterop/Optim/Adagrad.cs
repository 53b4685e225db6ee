namespace TorchInterop.Optim;

/// <summary>
/// Adagrad, as <c>torch.optim.Adagrad</c> in the PyTorch this runs on (1.13 or 2.x, whose single-tensor algorithms
/// for dense gradients are the same, op for op): learning rate decay, weight decay, initial accumulator value,
/// maximization.
/// </summary>
/// <example><code>
/// var optimizer = new Adagrad([w, b], lr: 0.01);
/// </code></example>
public sealed class Adagrad : Optimizer
{
    // The group's keys in PyTorch's state dict, in its order; 2.x adds differentiable and fused.
    private static readonly string[] OptionNames = LibTorch.IsAtLeast(2)
        ? ["lr", "lr_decay", "eps", "weight_decay", "initial_accumulator_value", "foreach", "maximize", "differentiable", "fused"]
        : ["lr", "lr_decay", "eps", "weight_decay", "initial_accumulator_value", "foreach", "maximize"];

    /// <summary>Creates the optimizer and its accumulators; the checks and messages are PyTorch's.</summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public Adagrad(IEnumerable<Tensor> parameters, double lr = 1e-2, double lrDecay = 0, double weightDecay = 0,
        double initialAccumulatorValue = 0, double eps = 1e-10, bool maximize = false)
        : this([new ParamGroup(parameters ?? throw new ArgumentNullException(nameof(parameters)))],
            lr, lrDecay, weightDecay, initialAccumulatorValue, eps, maximize)
    {
    }

    /// <summary>Creates the optimizer over parameter groups; options a group leaves unset take these values.</summary>
    public Adagrad(IEnumerable<ParamGroup> paramGroups, double lr = 1e-2, double lrDecay = 0, double weightDecay = 0,
        double initialAccumulatorValue = 0, double eps = 1e-10, bool maximize = false)
        : base(paramGroups, Defaults(lr, lrDecay, weightDecay, initialAccumulatorValue, eps, maximize), OptionNames)
    {
        // PyTorch creates Adagrad's state up front, for every parameter, from the constructor's
        // initial_accumulator_value even where a group has its own.
        foreach (var g in ParamGroups)
        {
            foreach (var p in g.Params)
            {
                var state = StateOf(p);
                state["step"] = Torch.Tensor(0.0, DType.Float32);
                state["sum"] = Torch.FullLike(p, initialAccumulatorValue, memoryFormat: MemoryFormat.Preserve);
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
            double lr = g.Lr.GetValueOrDefault(), lrDecay = g.LrDecay.GetValueOrDefault(), eps = g.Eps.GetValueOrDefault();
            double weightDecay = g.WeightDecay.GetValueOrDefault();
            bool maximize = g.Maximize.GetValueOrDefault();
            foreach (var param in g.Params)
            {
                var grad = param.Grad;
                if (grad is null) continue;
                var state = StateOf(param);
                var stepT = (Tensor)state["step"]!;
                var sum = (Tensor)state["sum"]!;
                stepT.Add_(1);
                double step = stepT.Item<float>();
                if (maximize) grad = grad.Neg();
                if (weightDecay != 0) grad = grad.Add(param, weightDecay);
                double clr = lr / (1 + (step - 1) * lrDecay);
                sum.Addcmul_(grad, grad, 1);
                using var root = sum.Sqrt();
                root.Add_(eps);
                param.Addcdiv_(grad, root, -clr);
            }
        }
    }

    private static ParamGroup Defaults(double lr, double lrDecay, double weightDecay, double initialAccumulatorValue, double eps, bool maximize)
    {
        if (!(lr >= 0)) throw PythonFloat.ValueError($"Invalid learning rate: {PythonFloat.Format(lr)}");
        if (!(lrDecay >= 0)) throw PythonFloat.ValueError($"Invalid lr_decay value: {PythonFloat.Format(lrDecay)}");
        if (!(weightDecay >= 0)) throw PythonFloat.ValueError($"Invalid weight_decay value: {PythonFloat.Format(weightDecay)}");
        if (!(initialAccumulatorValue >= 0))
            throw PythonFloat.ValueError($"Invalid initial_accumulator_value value: {PythonFloat.Format(initialAccumulatorValue)}");
        if (!(eps >= 0)) throw PythonFloat.ValueError($"Invalid epsilon value: {PythonFloat.Format(eps)}");
        return new ParamGroup([])
        {
            Lr = lr, LrDecay = lrDecay, Eps = eps, WeightDecay = weightDecay, InitialAccumulatorValue = initialAccumulatorValue, Maximize = maximize,
        };
    }
}
