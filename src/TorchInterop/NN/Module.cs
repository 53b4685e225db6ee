namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.Module</c>: parameters, buffers and submodules registered by name, in order, so that
/// <see cref="Parameters"/>, <see cref="StateDict"/> and the printed form follow PyTorch's order.
/// </summary>
public abstract partial class Module
{
    // Not readonly: a deep copy (Module.Copy.cs) gives the copy lists of its own.
    private List<(string Name, Tensor? Value)> _parameterList = [];
    private List<(string Name, Tensor? Value, bool Persistent)> _bufferList = [];
    private List<(string Name, Module? Value)> _moduleList = [];
    private bool _registeringDeclared;

    // Every read of the registries first lets a subclass register what it declares (the dialect's nn.Module registers
    // its fields, as Python's __setattr__ does on assignment).
    private List<(string Name, Tensor? Value)> _parameters => Declared(_parameterList);
    private List<(string Name, Tensor? Value, bool Persistent)> _buffers => Declared(_bufferList);
    private List<(string Name, Module? Value)> _modules => Declared(_moduleList);

    /// <summary>
    /// Called before the module's parameters, buffers or submodules are read: a subclass registers there what it
    /// holds in fields (see the Python dialect's <c>torch.nn.Module</c>). Registering from here is safe: it does not
    /// call itself again.
    /// </summary>
    protected virtual void RegisterDeclaredMembers()
    {
    }

    private T Declared<T>(T registry)
    {
        if (_registeringDeclared) return registry;
        _registeringDeclared = true;
        try
        {
            RegisterDeclaredMembers();
        }
        finally
        {
            _registeringDeclared = false;
        }
        return registry;
    }

    /// <summary>True in training mode (the default); <see cref="Eval"/> turns it off for this module and its children.</summary>
    public bool Training { get; private set; } = true;

    /// <summary>Registers (or replaces) a parameter; a null value keeps the name with no tensor, as Python's <c>register_parameter(name, None)</c>.</summary>
    protected Tensor? RegisterParameter(string name, Tensor? parameter)
    {
        CheckName(name);
        if (parameter is not null && !parameter.IsParameter)
            throw new ArgumentException($"cannot assign a plain tensor as parameter '{name}' (use NN.Parameter.Create)", nameof(parameter));
        Set(_parameters, name, parameter);
        _tensorAttributes.Remove(name);
        return parameter;
    }

    /// <summary>Registers (or replaces) a buffer: state that is saved but not learned (running statistics).</summary>
    protected Tensor? RegisterBuffer(string name, Tensor? buffer, bool persistent = true)
    {
        CheckName(name);
        int index = _buffers.FindIndex(b => b.Name == name);
        if (index >= 0) _buffers[index] = (name, buffer, persistent);
        else _buffers.Add((name, buffer, persistent));
        return buffer;
    }

    /// <summary>Registers (or replaces) a submodule.</summary>
    protected T? RegisterModule<T>(string name, T? module) where T : Module
    {
        CheckName(name);
        Set(_modules, name, module);
        return module;
    }

    /// <summary>Removes the submodule registered under <paramref name="name"/> (Python's <c>del self._modules[name]</c>); true if there was one.</summary>
    protected bool UnregisterModule(string name) => _modules.RemoveAll(m => m.Name == name) > 0;

    /// <summary>The parameters of this module and, with <paramref name="recurse"/>, of every submodule, each once.</summary>
    public IEnumerable<Tensor> Parameters(bool recurse = true) => NamedParameters(recurse: recurse).Select(p => p.Value);

    /// <summary>Parameters with their dotted names (<c>0.weight</c>), each tensor once.</summary>
    public IEnumerable<(string Name, Tensor Value)> NamedParameters(string prefix = "", bool recurse = true) =>
        Named(prefix, recurse, m => m._parameters.Select(p => (p.Name, p.Value)));

    /// <summary>The buffers of this module and its submodules.</summary>
    public IEnumerable<Tensor> Buffers(bool recurse = true) => NamedBuffers(recurse: recurse).Select(b => b.Value);

    /// <summary>Buffers with their dotted names.</summary>
    public IEnumerable<(string Name, Tensor Value)> NamedBuffers(string prefix = "", bool recurse = true) =>
        Named(prefix, recurse, m => m._buffers.Select(b => (b.Name, b.Value)));

    /// <summary>The direct submodules.</summary>
    public IEnumerable<Module> Children() => NamedChildren().Select(c => c.Value);

    /// <summary>The direct submodules with their names.</summary>
    public IEnumerable<(string Name, Module Value)> NamedChildren() =>
        _modules.Where(m => m.Value is not null).Select(m => (m.Name, m.Value!));

    /// <summary>This module and every module below it, depth first, each once.</summary>
    public IEnumerable<(string Name, Module Value)> NamedModules(string prefix = "")
    {
        var seen = new HashSet<Module>(ReferenceEqualityComparer.Instance);
        return Walk(this, prefix, seen);

        static IEnumerable<(string, Module)> Walk(Module module, string prefix, HashSet<Module> seen)
        {
            if (!seen.Add(module)) yield break;
            yield return (prefix, module);
            foreach (var (name, child) in module.NamedChildren())
                foreach (var item in Walk(child, prefix.Length == 0 ? name : prefix + "." + name, seen))
                    yield return item;
        }
    }

    /// <summary>This module and every module below it.</summary>
    public IEnumerable<Module> Modules() => NamedModules().Select(m => m.Value);

    /// <summary>Sets training mode for this module and its submodules (Python's <c>train(mode)</c>); returns this module.</summary>
    public Module Train(bool mode = true)
    {
        foreach (var module in Modules()) module.Training = mode;
        return this;
    }

    /// <summary>Evaluation mode (Python's <c>eval()</c>).</summary>
    public Module Eval() => Train(false);

    /// <summary>
    /// Resets the gradients of every parameter: drops them with <paramref name="setToNone"/> true, zeroes them in
    /// place (detaching them from any graph) with false. Left null, it takes the default of the PyTorch this runs on:
    /// zeroing in 1.13, dropping from 2.0 on.
    /// </summary>
    public void ZeroGrad(bool? setToNone = null)
    {
        bool toNone = setToNone ?? Optim.Optimizer.ZeroGradSetsToNoneByDefault;
        foreach (var p in Parameters())
        {
            if (p.Grad is not { } grad) continue;
            if (toNone) p.Grad = null;
            else
            {
                if (grad.GradFn is not null) p.Grad = grad.Detach();
                else grad.RequiresGrad = false;
                p.Grad!.Zero_();
            }
        }
    }

    /// <summary>
    /// Converts every floating-point parameter and buffer (and parameter gradient) to <paramref name="dtype"/> in place
    /// (Python's <c>module.to(dtype)</c>): the tensors keep their identity, so optimizers built before still hold them.
    /// </summary>
    public Module To(DType dtype) => Apply(t => IsFloating(t.Dtype) ? t.To(dtype) : null);

    /// <summary>
    /// Moves every parameter, buffer and parameter gradient to <paramref name="device"/> in place, converting the
    /// floating-point ones to <paramref name="dtype"/> when given (Python's <c>module.to(device, dtype)</c>).
    /// </summary>
    public Module To(Device device, DType? dtype = null) =>
        Apply(t => t.To(device, dtype is { } d && IsFloating(t.Dtype) ? d : null));

    /// <summary>Python's <c>module.cpu()</c>.</summary>
    public Module Cpu() => To(Device.CPU);

    private Module Apply(Func<Tensor, Tensor?> convert)
    {
        foreach (var tensor in Parameters().Concat(Buffers()).ToList())
        {
            SetDataFrom(tensor, convert);
            if (tensor.Grad is { } grad) SetDataFrom(grad, convert);
        }
        return this;
    }

    private static void SetDataFrom(Tensor tensor, Func<Tensor, Tensor?> convert)
    {
        using var detached = tensor.Detach();
        using var converted = convert(detached);
        if (converted is not null) tensor.SetData(converted);
    }

    /// <summary>
    /// The parameter registered under <paramref name="name"/> in this module, not its submodules; where a
    /// reparametrization replaced it by a computed tensor (<see cref="Utils.WeightNorm{T}(T, string, long?)"/>, whose
    /// <c>weight</c> is recomputed before each forward), that tensor, as Python's <c>module.weight</c> reads it. Null if none.
    /// </summary>
    public Tensor? GetParameter(string name) => _parameters.FirstOrDefault(p => p.Name == name).Value ?? GetTensorAttribute(name);

    /// <summary>The buffer registered under <paramref name="name"/> in this module, not its submodules (null if none).</summary>
    public Tensor? GetBuffer(string name) => _buffers.FirstOrDefault(b => b.Name == name).Value;

    private IEnumerable<(string Name, Tensor Value)> Named(string prefix, bool recurse, Func<Module, IEnumerable<(string Name, Tensor? Value)>> members)
    {
        var seen = new HashSet<Tensor>(ReferenceEqualityComparer.Instance);
        var modules = recurse ? NamedModules(prefix) : [(prefix, this)];
        foreach (var (modulePrefix, module) in modules)
            foreach (var (name, value) in members(module))
                if (value is not null && seen.Add(value))
                    yield return (modulePrefix.Length == 0 ? name : modulePrefix + "." + name, value);
    }

    private static void Set<T>(List<(string Name, T? Value)> list, string name, T? value) where T : class
    {
        int index = list.FindIndex(item => item.Name == name);
        if (index >= 0) list[index] = (name, value);
        else list.Add((name, value));
    }

    private static void CheckName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0) throw new ArgumentException("name can't be empty string \"\"", nameof(name));
        if (name.Contains('.')) throw new ArgumentException($"name can't contain \".\", got: {name}", nameof(name));
    }

    private static bool IsFloating(DType dtype) => dtype is DType.Float16 or DType.Float32 or DType.Float64 or DType.BFloat16;
}
