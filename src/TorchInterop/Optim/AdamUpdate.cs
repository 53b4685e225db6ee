namespace TorchInterop.Optim;

// The update Adam and AdamW share; they differ only in how the weight decay is applied.
internal static class AdamUpdate
{
    public static ParamGroup Defaults(double lr, (double Beta1, double Beta2) betas, double eps, double weightDecay,
        bool amsgrad, bool maximize)
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
        };
    }

    public static void Step(IReadOnlyList<ParamGroup> groups, Func<Tensor, Dictionary<string, object?>> stateOf,
        bool decoupledWeightDecay)
    {
        using var noGrad = Autograd.NoGrad();
        foreach (var g in groups)
        {
            double lr = g.Lr.GetValueOrDefault(), eps = g.Eps.GetValueOrDefault(), weightDecay = g.WeightDecay.GetValueOrDefault();
            var (beta1, beta2) = g.Betas.GetValueOrDefault();
            bool amsgrad = g.Amsgrad.GetValueOrDefault(), maximize = g.Maximize.GetValueOrDefault();
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
                    if (amsgrad) state["max_exp_avg_sq"] = Torch.ZerosLike(param, memoryFormat: MemoryFormat.Preserve);
                }
                var expAvg = (Tensor)state["exp_avg"]!;
                var expAvgSq = (Tensor)state["exp_avg_sq"]!;
                var stepT = (Tensor)state["step"]!;

                if (maximize) grad = grad.Neg();
                stepT.Add_(1);
                if (decoupledWeightDecay) param.Mul_(1 - lr * weightDecay);
                else if (weightDecay != 0) grad = grad.Add(param, weightDecay);

                expAvg.Mul_(beta1).Add_(grad, 1 - beta1);
                expAvgSq.Mul_(beta2).Addcmul_(grad, grad, 1 - beta2);

                double step = stepT.Item<float>();
                double biasCorrection1 = 1 - Math.Pow(beta1, step);
                double biasCorrection2 = 1 - Math.Pow(beta2, step);
                double stepSize = lr / biasCorrection1;
                double biasCorrection2Sqrt = Math.Sqrt(biasCorrection2);
                Tensor second = expAvgSq;
                if (amsgrad)
                {
                    var max = (Tensor)state["max_exp_avg_sq"]!;
                    Torch.Maximum(max, expAvgSq, max);
                    second = max;
                }
                using var root = second.Sqrt();
                using var denom = root.Div(biasCorrection2Sqrt);
                denom.Add_(eps);
                param.Addcdiv_(expAvg, denom, -stepSize);
            }
        }
    }
}
