namespace TorchInterop;

/// <summary>Kinds of device. The values are LibTorch's <c>c10::DeviceType</c> numbers.</summary>
public enum DeviceType
{
    /// <summary>The host CPU.</summary>
    CPU = 0,
    /// <summary>An NVIDIA GPU.</summary>
    CUDA = 1,
}

/// <summary>Where a tensor lives, as Python's <c>torch.device</c>.</summary>
/// <param name="Type">The kind of device.</param>
/// <param name="Index">The device's index, or -1 for "the current one".</param>
public readonly record struct Device(DeviceType Type, int Index = -1)
{
    /// <summary>The CPU.</summary>
    public static Device CPU { get; } = new(DeviceType.CPU);

    /// <summary>The CUDA device with the given index.</summary>
    public static Device CUDA(int index = 0) => new(DeviceType.CUDA, index);

    /// <summary>True for the CPU.</summary>
    public bool IsCpu => Type == DeviceType.CPU;

    /// <summary>Python's <c>str(device)</c>: <c>cpu</c>, <c>cuda:0</c>.</summary>
    public override string ToString()
    {
        string type = Type == DeviceType.CPU ? "cpu" : Type.ToString().ToLowerInvariant();
        return Index >= 0 ? $"{type}:{Index}" : type;
    }
}
