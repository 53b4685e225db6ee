using System.Collections;
using System.Reflection;

namespace TorchInterop.NN;

// Python's copy.deepcopy(module) and module.to_empty(device).
public abstract partial class Module
{
    /// <summary>
    /// Python's <c>copy.deepcopy(module)</c> for modules that keep their state in the registries (every built-in
    /// layer): new parameters, buffers and submodules with copied values, hooks and training flag as they are. A
    /// tensor shared by two slots is copied once and stays shared, as Python's memo keeps it.
    /// </summary>
    internal Module DeepCopy() => DeepCopy(new Dictionary<Tensor, Tensor>(ReferenceEqualityComparer.Instance),
                                           new Dictionary<Module, Module>(ReferenceEqualityComparer.Instance));

    private Module DeepCopy(Dictionary<Tensor, Tensor> tensors, Dictionary<Module, Module> modules)
    {
        if (modules.TryGetValue(this, out var done)) return done;
        var copy = (Module)MemberwiseClone();
        modules[this] = copy;
        copy._parameterList = _parameters.Select(p => (p.Name, CopyOf(p.Value, tensors))).ToList();
        copy._bufferList = _buffers.Select(b => (b.Name, CopyOf(b.Value, tensors), b.Persistent)).ToList();
        copy._moduleList = _modules.Select(m => (m.Name, m.Value?.DeepCopy(tensors, modules))).ToList();
        copy._tensorAttributes = _tensorAttributes.ToDictionary(a => a.Key, a => CopyOf(a.Value, tensors)!);
        copy._forwardPreHooks = [.. _forwardPreHooks];
        copy._forwardHooks = [.. _forwardHooks];
        CopyBackwardHooksTo(copy);
        copy.RepointFields(value => value switch
        {
            Module module => module.DeepCopy(tensors, modules),
            Tensor tensor => CopyOf(tensor, tensors)!,
            _ => value,
        });
        return copy;
    }

    // A subclass's own fields (Sequential's layer list, a layer's submodule properties, the dialect's declared fields)
    // still refer to the original's submodules and tensors after MemberwiseClone: point them at the copies.
    private void RepointFields(Func<object, object> copyOf)
    {
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        for (var type = GetType(); type is not null && type != typeof(Module) && !IsGenericModule(type); type = type.BaseType)
            foreach (var field in type.GetFields(flags))
            {
                object? value = field.GetValue(this);
                object? copied = value switch
                {
                    Module or Tensor => copyOf(value),
                    IList list when IsModuleCollection(field.FieldType, typeof(List<>), 0) => CopyList(list, field.FieldType, copyOf),
                    IDictionary dict when IsModuleCollection(field.FieldType, typeof(Dictionary<,>), 1) => CopyDict(dict, field.FieldType, copyOf),
                    _ => value,
                };
                if (!ReferenceEquals(copied, value)) field.SetValue(this, copied);
            }
    }

    private static bool IsGenericModule(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Module<,>);

    // A List<> or Dictionary<,> whose item (or value) type argument, at itemArgument, is a module type.
    private static bool IsModuleCollection(Type type, Type definition, int itemArgument) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == definition &&
        typeof(Module).IsAssignableFrom(type.GetGenericArguments()[itemArgument]);

    private static IDictionary CopyDict(IDictionary dict, Type dictType, Func<object, object> copyOf)
    {
        var copy = (IDictionary)Activator.CreateInstance(dictType)!;
        foreach (DictionaryEntry entry in dict) copy.Add(entry.Key, entry.Value is null ? null : copyOf(entry.Value));
        return copy;
    }

    private static IList CopyList(IList list, Type listType, Func<object, object> copyOf)
    {
        var copy = (IList)Activator.CreateInstance(listType)!;
        foreach (var item in list) copy.Add(item is null ? null : copyOf(item));
        return copy;
    }

    private static Tensor? CopyOf(Tensor? tensor, Dictionary<Tensor, Tensor> copies)
    {
        if (tensor is null) return null;
        if (copies.TryGetValue(tensor, out var done)) return done;
        using var detached = tensor.Detach();
        var clone = detached.Clone();
        var copy = tensor.IsParameter ? Parameter.Create(clone, tensor.RequiresGrad) : clone;
        if (tensor.IsParameter) clone.Dispose();
        else if (tensor.RequiresGrad) copy.RequiresGrad = true;
        copies[tensor] = copy;
        return copy;
    }

    /// <summary>
    /// Python's <c>module.to_empty(device)</c>: every parameter and buffer, in this module and below, becomes a new
    /// uninitialized tensor of the same shape and dtype on <paramref name="device"/> (parameters keep
    /// <c>requires_grad</c>). Returns this module.
    /// </summary>
    public Module ToEmpty(Device device)
    {
        foreach (var module in Modules())
        {
            for (int i = 0; i < module._parameters.Count; i++)
                if (module._parameters[i].Value is { } p)
                {
                    using var empty = Torch.EmptyLike(p, device: device);
                    module._parameters[i] = (module._parameters[i].Name, Parameter.Create(empty, p.RequiresGrad));
                }
            for (int i = 0; i < module._buffers.Count; i++)
                if (module._buffers[i].Value is { } b)
                    module._buffers[i] = module._buffers[i] with { Value = Torch.EmptyLike(b, device: device) };
        }
        return this;
    }
}
