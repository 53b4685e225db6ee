namespace TorchInterop.Optim;

// The update Adam and AdamW share; they differ only in how the weight decay is applied. Each PyTorch version's
// single-tensor algorithm is ported op for op (2.x's uses lerp_ for the first moment, which rounds differently
// from 1.13's mul_ and add_), so the parameters match that version's to the last bit.
internal static class AdamUpdate
{
    // The group keys of PyTorch's state dict, in its order (Adam's defaults dict; AdamW's in 1.13).
    public static readonly string[] AdamOptionNames = LibTorch.IsAtLeast(2)
        ? ["lr", "betas", "eps", "weight_decay", "amsgrad", "maximize", "foreach", "capturable", "differentiable", "fused", "decoupled_weight_decay"]
        : ["lr", "betas", "eps", "weight_decay", "amsgrad", "maximize", "foreach", "capturable", "differentiable", "fused"];

    // 2.x's AdamW is Adam with decoupled_weight_decay=True, so it has Adam's keys.
    public static readonly string[] AdamWOptionNames = LibTorch.IsAtLeast(2)
        ? AdamOptionNames
        : ["lr", "betas", "eps", "weight_decay", "amsgrad", "foreach", "maximize", "capturable"];

    public static ParamGroup Defaults(double lr, (double Beta1, double Beta2) betas, double eps, double weightDecay,
        bool amsgrad, bool maximize, bool decoupledWeightDecay)
    {
        if (!(lr >= 0)) throw PythonFloat.ValueError($"Invalid learning rate: {PythonFloat.Format(lr)}");
        if (!(eps >= 0)) throw PythonFloat.ValueError($"Invalid epsilon value: {PythonFloat.Format(eps)}");
        if (!(betas.Beta1 >= 0 && betas.Beta1 < 1))
            throw PythonFloat.ValueError($"Invalid beta parameter at index 0: {PythonFloat.Format(betas.Beta1)}");
        if (!(betas.Beta2 >= 0 && betas.Beta2 < 1))
            throw PythonFloat.ValueError($"Invalid beta parameter at index 1: {PythonFloat.Format(betas.Beta2)}");
        if (!(weightDecay >= 0)) throw PythonFloat.ValueError($"Invalid weight_decay value: {PythonFloat.Format(weightDecay)}");
        return new ParamGroup([])
        {
            Lr = lr, Betas = betas, Eps = eps, WeightDecay = weightDecay, Amsgrad = amsgrad, Maximize = maximize,
            DecoupledWeightDecay = decoupledWeightDecay,
        };
    }

    // adamW: whether this is AdamW, which decides the weight decay in 1.13; 2.x reads each group's
    // decoupled_weight_decay.
    public static void Step(IReadOnlyList<ParamGroup> groups, Func<Tensor, Dictionary<string, object?>> stateOf, bool adamW)
    {
        using var noGrad = Autograd.NoGrad();
        foreach (var g in groups)
        {
            var options = new Options(g, LibTorch.IsAtLeast(2) ? g.DecoupledWeightDecay.GetValueOrDefault() : adamW);
            foreach (var param in g.Params)
            {
                var grad = param.Grad;
                if (grad is null) continue;
                var state = stateOf(param);
                if (state.Count == 0)
                {
                    state["step"] = Torch.Tensor(0.0, DType.Float32);
                    state["exp_avg"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                    state["exp_avg_sq"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                    if (options.Amsgrad) state["max_exp_avg_sq"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                }
                if (LibTorch.IsAtLeast(2)) Update2(param, grad, state, options);
                else Update113(param, grad, state, options);
            }
        }
    }

    // PyTorch 1.13's _single_tensor_adam and _single_tensor_adamw (the two differ only in the weight decay).
    private static void Update113(Tensor param, Tensor grad, Dictionary<string, object?> state, Options o)
    {
        var expAvg = (Tensor)state["exp_avg"]!;
        var expAvgSq = (Tensor)state["exp_avg_sq"]!;
        var stepT = (Tensor)state["step"]!;

        if (o.Maximize) grad = grad.Neg();
        stepT.Add_(1);
        if (o.Decoupled) param.Mul_(1 - o.Lr * o.WeightDecay);
        else if (o.WeightDecay != 0) grad = grad.Add(param, o.WeightDecay);

        expAvg.Mul_(o.Beta1).Add_(grad, 1 - o.Beta1);
        expAvgSq.Mul_(o.Beta2).Addcmul_(grad, grad, 1 - o.Beta2);

        double step = stepT.Item<float>();
        double biasCorrection1 = 1 - Math.Pow(o.Beta1, step);
        double biasCorrection2 = 1 - Math.Pow(o.Beta2, step);
        double stepSize = o.Lr / biasCorrection1;
        double biasCorrection2Sqrt = Math.Sqrt(biasCorrection2);
        ApplyStep(param, state, expAvg, expAvgSq, biasCorrection2Sqrt, stepSize, o);
    }

    // PyTorch 2.x's _single_tensor_adam (AdamW is Adam with decoupled_weight_decay there).
    private static void Update2(Tensor param, Tensor grad, Dictionary<string, object?> state, Options o)
    {
        if (o.Maximize) grad = grad.Neg();
        var expAvg = (Tensor)state["exp_avg"]!;
        var expAvgSq = (Tensor)state["exp_avg_sq"]!;
        var stepT = (Tensor)state["step"]!;

        stepT.Add_(1);
        if (o.WeightDecay != 0)
        {
            if (o.Decoupled) param.Mul_(1 - o.Lr * o.WeightDecay);
            else grad = grad.Add(param, o.WeightDecay);
        }

        expAvg.Lerp_(grad, 1 - o.Beta1);
        expAvgSq.Mul_(o.Beta2).Addcmul_(grad, grad, 1 - o.Beta2);

        double step = stepT.Item<float>();
        double biasCorrection1 = 1 - Math.Pow(o.Beta1, step);
        double biasCorrection2 = 1 - Math.Pow(o.Beta2, step);
        double stepSize = o.Lr / biasCorrection1;
        double biasCorrection2Sqrt = Math.Pow(biasCorrection2, 0.5); // Python's ** 0.5, which is C's pow, not sqrt
        ApplyStep(param, state, expAvg, expAvgSq, biasCorrection2Sqrt, stepSize, o);
    }

    // The tail both versions share: the AMSGrad maximum, the denominator and the update.
    private static void ApplyStep(Tensor param, Dictionary<string, object?> state, Tensor expAvg, Tensor expAvgSq,
        double biasCorrection2Sqrt, double stepSize, Options o)
    {
        Tensor second = expAvgSq;
        if (o.Amsgrad)
        {
            var max = (Tensor)state["max_exp_avg_sq"]!;
            Torch.Maximum(max, expAvgSq, max);
            second = max;
        }
        using var root = second.Sqrt();
        using var denom = root.Div(biasCorrection2Sqrt);
        denom.Add_(o.Eps);
        param.Addcdiv_(expAvg, denom, -stepSize);
    }

    // A group's options, read once per step.
    private readonly struct Options(ParamGroup g, bool decoupled)
    {
        public double Lr { get; } = g.Lr.GetValueOrDefault();
        public double Eps { get; } = g.Eps.GetValueOrDefault();
        public double WeightDecay { get; } = g.WeightDecay.GetValueOrDefault();
        public double Beta1 { get; } = g.Betas.GetValueOrDefault().Beta1;
        public double Beta2 { get; } = g.Betas.GetValueOrDefault().Beta2;
        public bool Amsgrad { get; } = g.Amsgrad.GetValueOrDefault();
        public bool Maximize { get; } = g.Maximize.GetValueOrDefault();
        public bool Decoupled { get; } = decoupled;
    }
}
