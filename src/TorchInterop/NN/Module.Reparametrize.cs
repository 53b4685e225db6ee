namespace TorchInterop.NN;

public abstract partial class Module
{
    /// <summary>
    /// Swaps in the given tensors for the parameters and buffers of those names (dotted, as in
    /// <see cref="NamedParameters"/>) until the returned scope is disposed: PyTorch's <c>_reparametrize_module</c>, for
    /// <c>torch.func.functional_call</c>. Names the module does not have are ignored unless <paramref name="strict"/>.
    /// </summary>
    internal IDisposable Reparametrize(IReadOnlyDictionary<string, Tensor> values, bool tieWeights, bool strict)
    {
        ArgumentNullException.ThrowIfNull(values);
        var slots = Slots(this, "").ToList();
        var untied = tieWeights ? Untie(slots, values) : new Dictionary<string, Tensor>(values);
        if (strict) CheckKeys(slots, untied.Keys);
        var swapped = new List<(Slot Slot, Tensor Original)>();
        foreach (var slot in slots)
            if (untied.TryGetValue(slot.FullName, out var value))
            {
                swapped.Add((slot, slot.Get()));
                slot.Set(value);
            }
        return new Restore(swapped);
    }

    private static Dictionary<string, Tensor> Untie(List<Slot> slots, IReadOnlyDictionary<string, Tensor> values)
    {
        var tiedNames = slots.GroupBy(s => s.Get(), ReferenceEqualityComparer.Instance)
            .Select(g => g.Select(s => s.FullName).ToList()).Where(names => names.Count > 1).ToList();
        var untied = new Dictionary<string, Tensor>(values);
        foreach (var names in tiedNames)
        {
            var given = names.Where(values.ContainsKey).ToList();
            if (given.Count == 0) continue;
            if (given.Select(n => values[n]).Distinct(ReferenceEqualityComparer.Instance).Count() > 1)
                throw new TorchException($"functional_call got multiple values for keys [{string.Join(", ", names.Order(StringComparer.Ordinal).Select(n => $"'{n}'"))}], " +
                                         "which are tied. Consider using tie_weights=False", TorchErrorKind.ValueError);
            foreach (var name in names) untied[name] = values[given[0]];
        }
        return untied;
    }

    private void CheckKeys(List<Slot> slots, IEnumerable<string> keys)
    {
        var valid = slots.Select(s => s.FullName).ToHashSet();
        var given = keys.ToHashSet();
        var errors = new List<string>();
        var unexpected = given.Except(valid).Order(StringComparer.Ordinal).ToList();
        var missing = valid.Except(given).Order(StringComparer.Ordinal).ToList();
        if (unexpected.Count > 0) errors.Add($"Unexpected key(s): {string.Join(", ", unexpected.Select(k => $"'{k}'"))}.");
        if (missing.Count > 0) errors.Add($"Missing key(s): {string.Join(", ", missing.Select(k => $"'{k}'"))}.");
        if (errors.Count > 0)
            throw new TorchException($"Error(s) in reparametrizing for {ReprName}:\n\t{string.Join("\n\t", errors)}");
    }

    // Every parameter and buffer under every path (tied and shared ones under each of their names).
    private static IEnumerable<Slot> Slots(Module module, string prefix)
    {
        string Full(string name) => prefix.Length == 0 ? name : prefix + "." + name;
        for (int i = 0; i < module._parameters.Count; i++)
            if (module._parameters[i].Value is not null) yield return new Slot(module, i, false, Full(module._parameters[i].Name));
        for (int i = 0; i < module._buffers.Count; i++)
            if (module._buffers[i].Value is not null) yield return new Slot(module, i, true, Full(module._buffers[i].Name));
        foreach (var (name, child) in module.NamedChildren())
            foreach (var slot in Slots(child, Full(name))) yield return slot;
    }

    private sealed record Slot(Module Owner, int Index, bool IsBuffer, string FullName)
    {
        public Tensor Get() => IsBuffer ? Owner._buffers[Index].Value! : Owner._parameters[Index].Value!;

        public void Set(Tensor value)
        {
            if (IsBuffer) Owner._buffers[Index] = Owner._buffers[Index] with { Value = value };
            else Owner._parameters[Index] = Owner._parameters[Index] with { Value = value };
        }
    }

    private sealed class Restore(List<(Slot Slot, Tensor Original)> swapped) : IDisposable
    {
        public void Dispose()
        {
            for (int i = swapped.Count - 1; i >= 0; i--) swapped[i].Slot.Set(swapped[i].Original);
            swapped.Clear();
        }
    }
}
