namespace TorchInterop.Optim.Schedulers;

// PyTorch's _format_param: one value for every group, or a list with a value per group.
internal static class ScheduleParams
{
    public static double[] PerGroup(string name, Optimizer optimizer, IEnumerable<double> values)
    {
        var list = values.ToArray();
        int groups = optimizer.ParamGroups.Count;
        if (list.Length != groups)
        {
            throw LibTorch.IsAtLeast(2)
                ? PythonFloat.ValueError($"{name} must have the same length as optimizer.param_groups. {name} has {list.Length} values, param_groups has {groups}.")
                : PythonFloat.ValueError($"expected {groups} values for {name}, got {list.Length}");
        }
        return list;
    }

    public static double[] Same(Optimizer optimizer, double value) => Enumerable.Repeat(value, optimizer.ParamGroups.Count).ToArray();

    // Whether the optimizer's defaults have momentum (SGD, RMSprop) or betas (Adam and kin), as cycle_momentum asks.
    public static bool HasMomentum(Optimizer optimizer) => optimizer.DefaultOptions.Momentum is not null || optimizer.DefaultOptions.HasOther("momentum");

    public static bool HasBetas(Optimizer optimizer) => optimizer.DefaultOptions.Betas is not null || optimizer.DefaultOptions.HasOther("betas");

    // Sets a group's momentum, or beta1 of its betas.
    public static void SetMomentum(ParamGroup group, bool useBeta1, double momentum)
    {
        if (useBeta1)
        {
            var (_, beta2) = group.Betas ?? (0, 0);
            group.Betas = (momentum, beta2);
        }
        else
        {
            group.Momentum = momentum;
        }
    }

    public static List<object?> List(IEnumerable<double> values) => values.Cast<object?>().ToList();
}
