namespace TorchInterop.NN;

/// <summary>
/// What functorch's <c>make_functional(model)</c> returns: a module that runs a copy of the model (its
/// <c>stateless_model</c>) with the parameters it is given, <c>fmodel(params, x)</c>, so that transforms can
/// differentiate or map over those parameters. Built by <see cref="Torch.Func.MakeFunctional"/>.
/// </summary>
public sealed class FunctionalModule : Module
{
    internal FunctionalModule(Module<Tensor, Tensor> statelessModel, string[] parameterNames)
    {
        StatelessModel = RegisterModule("stateless_model", statelessModel)!;
        ParameterNames = parameterNames;
    }

    /// <summary>The model's copy that runs each call (Python's <c>stateless_model</c>).</summary>
    public Module<Tensor, Tensor> StatelessModel { get; }

    /// <summary>The parameters' dotted names, in the order the parameters are given (Python's <c>param_names</c>).</summary>
    public IReadOnlyList<string> ParameterNames { get; }

    /// <summary>
    /// Python's <c>fmodel(params, x)</c>: the model's forward with <paramref name="parameters"/> in place of its
    /// parameters (in <see cref="ParameterNames"/>'s order; tied parameters take the value of their first name).
    /// </summary>
    public Tensor Forward(IReadOnlyList<Tensor> parameters, Tensor input)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        using var swapped = StatelessModel.Reparametrize(FunctionalState.Pair(ParameterNames, parameters, "params"), tieWeights: true, strict: false);
        return StatelessModel.Call(input);
    }
}

/// <summary>
/// What functorch's <c>make_functional_with_buffers(model)</c> returns: <c>fmodel(params, buffers, x)</c> runs a copy
/// of the model with the given parameters and buffers. Built by <see cref="Torch.Func.MakeFunctionalWithBuffers"/>
/// and <see cref="Torch.Func.CombineStateForEnsemble"/>.
/// </summary>
public sealed class FunctionalModuleWithBuffers : Module
{
    internal FunctionalModuleWithBuffers(Module<Tensor, Tensor> statelessModel, string[] parameterNames, string[] bufferNames)
    {
        StatelessModel = RegisterModule("stateless_model", statelessModel)!;
        ParameterNames = parameterNames;
        BufferNames = bufferNames;
    }

    /// <summary>The model's copy that runs each call (Python's <c>stateless_model</c>).</summary>
    public Module<Tensor, Tensor> StatelessModel { get; }

    /// <summary>The parameters' dotted names, in the order the parameters are given (Python's <c>param_names</c>).</summary>
    public IReadOnlyList<string> ParameterNames { get; }

    /// <summary>The buffers' dotted names, in the order the buffers are given (Python's <c>buffer_names</c>).</summary>
    public IReadOnlyList<string> BufferNames { get; }

    /// <summary>Python's <c>fmodel(params, buffers, x)</c>: the model's forward with these parameters and buffers.</summary>
    public Tensor Forward(IReadOnlyList<Tensor> parameters, IReadOnlyList<Tensor> buffers, Tensor input)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(buffers);
        var state = FunctionalState.Pair(ParameterNames, parameters, "params");
        foreach (var (name, buffer) in FunctionalState.Pair(BufferNames, buffers, "buffers")) state[name] = buffer;
        using var swapped = StatelessModel.Reparametrize(state, tieWeights: true, strict: false);
        return StatelessModel.Call(input);
    }
}
