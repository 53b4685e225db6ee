namespace TorchInterop.NN;

/// <summary>A module that maps one input to one output, as most layers do.</summary>
public abstract class Module<TInput, TOutput> : Module
{
    /// <summary>The computation (Python's <c>forward</c>).</summary>
    public abstract TOutput Forward(TInput input);

    /// <summary>Calls the module (Python's <c>module(x)</c>).</summary>
    public TOutput Call(TInput input) => Forward(input);
}
