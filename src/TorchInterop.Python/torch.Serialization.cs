using TorchInterop.Serialization;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary><c>torch.save(obj, f)</c>: tensors, state dicts, lists, tuples, dicts, numbers and strings, in the file format Python's <c>torch.load</c> reads.</summary>
    public static void save(object? obj, string f) => TensorFile.Save(obj, f);

    /// <summary><c>torch.load(f)</c>: what Python's <c>torch.save</c> wrote (a state dict is a dictionary of tensors; no code runs).</summary>
    public static object? load(string f) => TensorFile.Load(f);
}
