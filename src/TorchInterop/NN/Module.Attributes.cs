namespace TorchInterop.NN;

// Python's plain tensor attributes (`module.weight = tensor` of a tensor that is not a Parameter) and the
// registry edits a reparametrization makes (`del module._parameters[name]`), for torch.nn.utils.
public abstract partial class Module
{
    private Dictionary<string, Tensor> _tensorAttributes = [];

    /// <summary>
    /// Python's <c>setattr(module, name, tensor)</c> of a tensor that is neither a parameter nor a buffer: not in
    /// <see cref="Parameters"/> or <see cref="StateDict"/>, but what <see cref="GetParameter"/> returns for that name
    /// while no parameter has it. Null removes it (<c>delattr</c>).
    /// </summary>
    internal void SetTensorAttribute(string name, Tensor? value)
    {
        CheckName(name);
        if (value is null) _tensorAttributes.Remove(name);
        else _tensorAttributes[name] = value;
    }

    /// <summary>The plain tensor attribute of that name, or null.</summary>
    internal Tensor? GetTensorAttribute(string name) => _tensorAttributes.GetValueOrDefault(name);

    /// <summary>Registers a parameter from outside the module (what Python's <c>module.register_parameter</c> allows).</summary>
    internal void AddParameter(string name, Tensor? parameter) => RegisterParameter(name, parameter);

    /// <summary>Registers a buffer from outside the module (Python's <c>module.register_buffer</c>).</summary>
    internal void AddBuffer(string name, Tensor? buffer, bool persistent = true) => RegisterBuffer(name, buffer, persistent);

    /// <summary>Python's <c>del module._parameters[name]</c>; true if it was there.</summary>
    internal bool RemoveParameter(string name) => _parameters.RemoveAll(p => p.Name == name) > 0;

    /// <summary>Python's <c>del module._buffers[name]</c>; true if it was there.</summary>
    internal bool RemoveBuffer(string name) => _buffers.RemoveAll(b => b.Name == name) > 0;

    /// <summary>Whether a parameter (None included) is registered under <paramref name="name"/>.</summary>
    internal bool HasParameter(string name) => _parameters.Any(p => p.Name == name);
}
