namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        /// <summary>
        /// The deprecated <c>torch.nn.Container(name=module, ...)</c>, written with (name, module) pairs:
        /// <c>torch.nn.Container(("a", torch.nn.Linear(2, 3)))</c>.
        /// </summary>
        public static NN.Container Container(params (string name, NN.Module module)[] kwargs) =>
            new(kwargs.Select(pair => KeyValuePair.Create(pair.name, pair.module)));

        /// <summary>
        /// <c>torch.nn.factory_kwargs(kwargs)</c>: the factory arguments (device, dtype, memory_format, and those of a
        /// nested "factory_kwargs" dict) of <paramref name="kwargs"/> as one dict, for module authors; null gives an
        /// empty dict. Another key is a TypeError, as is a key given both ways.
        /// </summary>
        public static Dictionary<string, object?> factory_kwargs(IReadOnlyDictionary<string, object?>? kwargs) =>
            FactoryKwargs.Canonicalize(kwargs);
    }
}
#pragma warning restore CS8981, IDE1006
