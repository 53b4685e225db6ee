namespace TorchInterop.Optim;

// The argument checks PyTorch's optimizers share, with its messages.
internal static class OptimizerChecks
{
    public static void Lr(double lr)
    {
        if (!(lr >= 0)) throw PythonFloat.ValueError($"Invalid learning rate: {PythonFloat.Format(lr)}");
    }

    public static void Eps(double eps)
    {
        if (!(eps >= 0)) throw PythonFloat.ValueError($"Invalid epsilon value: {PythonFloat.Format(eps)}");
    }

    public static void WeightDecay(double weightDecay)
    {
        if (!(weightDecay >= 0)) throw PythonFloat.ValueError($"Invalid weight_decay value: {PythonFloat.Format(weightDecay)}");
    }

    public static void Betas((double Beta1, double Beta2) betas)
    {
        if (!(betas.Beta1 >= 0 && betas.Beta1 < 1))
            throw PythonFloat.ValueError($"Invalid beta parameter at index 0: {PythonFloat.Format(betas.Beta1)}");
        if (!(betas.Beta2 >= 0 && betas.Beta2 < 1))
            throw PythonFloat.ValueError($"Invalid beta parameter at index 1: {PythonFloat.Format(betas.Beta2)}");
    }

    // The parameter groups of a constructor given a plain list of tensors.
    public static IEnumerable<ParamGroup> OneGroup(IEnumerable<Tensor> parameters) =>
        [new ParamGroup(parameters ?? throw new ArgumentNullException(nameof(parameters)))];

    // A fresh 0-dim step counter as the version keeps it: 1.13 some optimizers count in a Python int, others (and all
    // of 2.x) in a float32 tensor.
    public static object NewStep(bool intIn113) =>
        intIn113 && !LibTorch.IsAtLeast(2) ? 0L : (object)Torch.Tensor(0.0, DType.Float32);

    // Adds one to a step counter (Python int or tensor) and returns the new count as Python's float.
    public static double Increment(Dictionary<string, object?> state)
    {
        if (state["step"] is Tensor stepT)
        {
            stepT.Add_(1);
            return stepT.Item<float>();
        }
        long step = Convert.ToInt64(state["step"], System.Globalization.CultureInfo.InvariantCulture) + 1;
        state["step"] = step;
        return step;
    }

    // PyTorch 2.x runs step() with grad mode set to the group's differentiable flag (_use_grad_for_differentiable);
    // 1.13's new optimizers always under no_grad.
    public static GradModeScope StepMode(ParamGroup defaults) => Autograd.SetGradEnabled(defaults.GetOption("differentiable") is true);

    public static void RejectSparse(Tensor grad, string optimizer)
    {
        if (grad.Layout == Layout.SparseCoo) throw new TorchException($"{optimizer} does not support sparse gradients");
    }
}
