namespace TorchInterop.NN;

// state_dict and load_state_dict with PyTorch's keys, order and error messages.
public abstract partial class Module
{
    /// <summary>
    /// Python's <c>state_dict()</c>: every parameter and persistent buffer by dotted name, in registration order,
    /// detached (they share memory with the module). Save it with <see cref="Serialization.TensorFile.Save(object?, string)"/>
    /// and Python's <c>torch.load</c> reads it.
    /// </summary>
    public Dictionary<string, Tensor> StateDict()
    {
        var state = new Dictionary<string, Tensor>();
        foreach (var (prefix, module) in NamedModules())
        {
            string head = prefix.Length == 0 ? "" : prefix + ".";
            foreach (var (name, value) in module._parameters)
                if (value is not null) state[head + name] = DetachForState(value);
            foreach (var (name, value, persistent) in module._buffers)
                if (value is not null && persistent) state[head + name] = DetachForState(value);
        }
        return state;
    }

    // param.detach() as Python's state_dict takes it: a lazy module's placeholder stays one (it prints as <UninitializedParameter>).
    private static Tensor DetachForState(Tensor value)
    {
        var detached = value.Detach();
        detached.UninitializedClass = value.UninitializedClass;
        return detached;
    }

    /// <summary>
    /// Python's <c>load_state_dict(state_dict, strict)</c>: copies each tensor into the parameter or buffer of the same
    /// name. Mis-shaped tensors are always an error; with <paramref name="strict"/>, so are missing and unexpected
    /// keys. The error lists every problem as PyTorch's does; the returned lists name the missing and unexpected keys.
    /// </summary>
    public (IReadOnlyList<string> MissingKeys, IReadOnlyList<string> UnexpectedKeys) LoadStateDict(
        IReadOnlyDictionary<string, Tensor> stateDict, bool strict = true)
    {
        ArgumentNullException.ThrowIfNull(stateDict);
        LazyModule.MaterializeFrom(this, stateDict);
        var own = StateDict();
        var missing = own.Keys.Where(k => !stateDict.ContainsKey(k)).ToList();
        var unexpected = stateDict.Keys.Where(k => !own.ContainsKey(k)).ToList();
        var errors = new List<string>();
        foreach (var (key, target) in own)
        {
            if (!stateDict.TryGetValue(key, out var source)) continue;
            ArgumentNullException.ThrowIfNull(source, $"{nameof(stateDict)}[\"{key}\"]");
            if (!source.Shape.AsSpan().SequenceEqual(target.Shape))
                errors.Add($"size mismatch for {key}: copying a param with shape {SizeText(source.Shape)} from checkpoint, the shape in current model is {SizeText(target.Shape)}.");
        }
        if (strict)
        {
            if (unexpected.Count > 0) errors.Insert(0, "Unexpected key(s) in state_dict: " + string.Join(", ", unexpected.Select(k => $"\"{k}\"")) + ". ");
            if (missing.Count > 0) errors.Insert(0, "Missing key(s) in state_dict: " + string.Join(", ", missing.Select(k => $"\"{k}\"")) + ". ");
        }
        if (errors.Count > 0)
            throw new TorchException($"Error(s) in loading state_dict for {ReprName}:\n\t" + string.Join("\n\t", errors));
        using (Autograd.NoGrad())
        {
            foreach (var (key, target) in own)
                if (stateDict.TryGetValue(key, out var source)) target.Copy_(source);
        }
        return (missing, unexpected);
    }

    /// <summary>
    /// Loads a state dict from a file written by Python's <c>torch.save(model.state_dict(), path)</c> (or by
    /// <see cref="Serialization.TensorFile.Save(object?, string)"/>), as <see cref="LoadStateDict(IReadOnlyDictionary{string, Tensor}, bool)"/>.
    /// </summary>
    public (IReadOnlyList<string> MissingKeys, IReadOnlyList<string> UnexpectedKeys) LoadStateDict(string path, bool strict = true) =>
        LoadStateDict(Serialization.TensorFile.LoadDictionary(path), strict);

    private static string SizeText(long[] shape) => "torch.Size([" + string.Join(", ", shape) + "])";
}
