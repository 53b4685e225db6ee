namespace TorchInterop.NN;

public static partial class Utils
{
    /// <summary>
    /// Python's <c>torch.nn.utils.convert_conv2d_weight_memory_format(module, memory_format)</c>: the weights of every
    /// <see cref="Conv2d"/> and <see cref="ConvTranspose2d"/> in <paramref name="module"/> (itself included) are laid out
    /// in <paramref name="memoryFormat"/> (e.g. <see cref="MemoryFormat.ChannelsLast"/>), in place. Returns the module.
    /// </summary>
    public static T ConvertConv2dWeightMemoryFormat<T>(T module, MemoryFormat memoryFormat) where T : Module =>
        ConvertWeightMemoryFormat(module, memoryFormat, m => m is Conv2d or ConvTranspose2d);

    /// <summary>
    /// Python's <c>torch.nn.utils.convert_conv3d_weight_memory_format(module, memory_format)</c> (PyTorch 2): as
    /// <see cref="ConvertConv2dWeightMemoryFormat{T}"/> for <see cref="Conv3d"/> and <see cref="ConvTranspose3d"/>
    /// (<see cref="MemoryFormat.ChannelsLast3d"/>).
    /// </summary>
    public static T ConvertConv3dWeightMemoryFormat<T>(T module, MemoryFormat memoryFormat) where T : Module =>
        ConvertWeightMemoryFormat(module, memoryFormat, m => m is Conv3d or ConvTranspose3d);

    private static T ConvertWeightMemoryFormat<T>(T module, MemoryFormat memoryFormat, Func<Module, bool> converts) where T : Module
    {
        ArgumentNullException.ThrowIfNull(module);
        if (converts(module) && module.GetParameter("weight") is { } weight)
        {
            using var detached = weight.Detach();
            using var copy = Torch.Clone(detached, memoryFormat);
            using var resized = copy.Resize_(copy.Shape, memoryFormat);
            weight.SetData(resized);
        }
        foreach (var child in module.Children()) ConvertWeightMemoryFormat(child, memoryFormat, converts);
        return module;
    }
}
