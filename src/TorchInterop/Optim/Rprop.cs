namespace TorchInterop.Optim;

/// <summary>
/// Resilient backpropagation, as <c>torch.optim.Rprop</c> in the PyTorch this runs on (1.13 or 2.x; its
/// single-tensor algorithm, op for op): per-element step sizes grown by <c>etaplus</c> while the gradient keeps its
/// sign and shrunk by <c>etaminus</c> when it flips, within <c>step_sizes</c>; maximization.
/// </summary>
/// <example><code>
/// var optimizer = new Rprop([w, b], lr: 0.01);
/// </code></example>
public sealed class Rprop : Optimizer
{
    // The group's keys in PyTorch's state dict, in its order; 2.x adds differentiable and capturable.
    private static readonly string[] OptionNames = LibTorch.IsAtLeast(2)
        ? ["lr", "etas", "step_sizes", "foreach", "maximize", "differentiable", "capturable"]
        : ["lr", "etas", "step_sizes", "foreach", "maximize"];

    /// <summary>
    /// Creates the optimizer; the checks and messages are PyTorch's. Left null, <paramref name="etas"/> is (0.5, 1.2)
    /// and <paramref name="stepSizes"/> is PyTorch's <c>(1e-6, 50)</c>, its maximum an int as Python keeps it.
    /// </summary>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public Rprop(IEnumerable<Tensor> parameters, double lr = 1e-2, (double EtaMinus, double EtaPlus)? etas = null,
        (double Min, double Max)? stepSizes = null, bool? useForeach = null, bool maximize = false, bool differentiable = false)
        : this(OptimizerChecks.OneGroup(parameters), lr, etas, stepSizes, useForeach, maximize, differentiable)
    {
    }

    /// <summary>Creates the optimizer over parameter groups; options a group leaves unset take these values.</summary>
    public Rprop(IEnumerable<ParamGroup> paramGroups, double lr = 1e-2, (double EtaMinus, double EtaPlus)? etas = null,
        (double Min, double Max)? stepSizes = null, bool? useForeach = null, bool maximize = false, bool differentiable = false)
        : base(paramGroups, Defaults(lr, etas ?? (0.5, 1.2), stepSizes, useForeach, maximize, differentiable), OptionNames)
    {
    }

    /// <inheritdoc/>
    public override void Step()
    {
        RecordStep();
        using var mode = OptimizerChecks.StepMode(DefaultOptions);
        foreach (var g in ParamGroups)
        {
            var (etaMinus, etaPlus) = g.OtherPair("etas");
            var (stepSizeMin, stepSizeMax) = g.OtherPair("step_sizes");
            bool maximize = g.Maximize.GetValueOrDefault();
            foreach (var param in g.Params)
            {
                var grad = param.Grad;
                if (grad is null) continue;
                OptimizerChecks.RejectSparse(grad, "Rprop");
                var state = StateOf(param);
                if (state.Count == 0)
                {
                    state["step"] = OptimizerChecks.NewStep(intIn113: true);
                    state["prev"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                    state["step_size"] = Torch.FullLike(grad, g.Lr.GetValueOrDefault());
                }
                OptimizerChecks.Increment(state);
                var prev = (Tensor)state["prev"]!;
                var stepSize = (Tensor)state["step_size"]!;
                if (maximize) grad = grad.Neg();

                using var product = grad.Mul(prev);
                using var sign = product.Sign();
                using (var positive = sign.Gt(0)) sign.MaskedFill_(positive, etaPlus);
                using (var negative = sign.Lt(0)) sign.MaskedFill_(negative, etaMinus);
                using (var zero = sign.Eq(0)) sign.MaskedFill_(zero, 1);
                stepSize.Mul_(sign).Clamp_(stepSizeMin, stepSizeMax);

                // Where the sign flipped the gradient counts as zero: no step, and no flip next time.
                using var kept = grad.Clone();
                using (var flipped = sign.Eq(etaMinus)) kept.MaskedFill_(flipped, 0);
                using (var direction = kept.Sign()) param.Addcmul_(direction, stepSize, -1);
                prev.Copy_(kept);
            }
        }
    }

    private static ParamGroup Defaults(double lr, (double EtaMinus, double EtaPlus) etas, (double Min, double Max)? stepSizes,
        bool? useForeach, bool maximize, bool differentiable)
    {
        OptimizerChecks.Lr(lr);
        if (!(0 < etas.EtaMinus && etas.EtaMinus < 1 && 1 < etas.EtaPlus))
            throw PythonFloat.ValueError($"Invalid eta values: {PythonFloat.Format(etas.EtaMinus)}, {PythonFloat.Format(etas.EtaPlus)}");
        var defaults = new ParamGroup([]) { Lr = lr, Maximize = maximize };
        defaults.SetOther("etas", etas);
        defaults.SetOther("step_sizes", stepSizes is { } given ? given : (object)(1e-6, 50L));
        defaults.SetOther("foreach", useForeach);
        if (LibTorch.IsAtLeast(2))
        {
            defaults.SetOther("differentiable", differentiable);
            defaults.SetOther("capturable", false);
        }
        return defaults;
    }
}
