namespace TorchInterop.NN;

/// <summary>Python's <c>torch.nn.Parameter</c>: a tensor a module learns.</summary>
public static class Parameter
{
    /// <summary>
    /// <c>nn.Parameter(data, requires_grad=True)</c>: a new leaf that shares <paramref name="data"/>'s storage, marked
    /// as a parameter (it prints as <c>Parameter containing:</c>).
    /// </summary>
    public static Tensor Create(Tensor data, bool requiresGrad = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        var parameter = data.Detach();
        if (requiresGrad) parameter.RequiresGrad = true;
        parameter.IsParameter = true;
        return parameter;
    }
}
