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

    // The device types c10::Device's string constructor accepts, in the order its error message lists them
    // (c10/core/Device.cpp). LibTorch has no call that lists them, so they follow its version: 2.x renamed ort to
    // maia and added mtia (as 2.14 lists them).
    private static readonly string[] TypeNames1 =
        ["cpu", "cuda", "ipu", "xpu", "mkldnn", "opengl", "opencl", "ideep", "hip", "ve", "fpga", "ort", "xla", "lazy", "vulkan", "mps", "meta", "hpu", "privateuseone"];

    private static readonly string[] TypeNames2 =
        ["cpu", "cuda", "ipu", "xpu", "mkldnn", "opengl", "opencl", "ideep", "hip", "ve", "fpga", "maia", "xla", "lazy", "vulkan", "mps", "meta", "hpu", "mtia", "privateuseone"];

    // Read at parse time, not in a static initializer, so that the type loads without the native library.
    private static string[] TypeNames => LibTorch.IsAtLeast(2) ? TypeNames2 : TypeNames1;

    /// <summary>
    /// The <c>c10::DeviceType</c> number of a device type name (for state LibTorch keeps per device type, such as
    /// autocast), with PyTorch's message for a name it does not know.
    /// </summary>
    internal static int TypeCode(string deviceType)
    {
        ArgumentNullException.ThrowIfNull(deviceType);
        if (!TypeNames.Contains(deviceType))
            throw new TorchException($"Expected one of {string.Join(", ", TypeNames)} device type at start of device string: {deviceType}");
        return deviceType switch
        {
            "cpu" => 0, "cuda" => 1, "mkldnn" => 2, "opengl" => 3, "opencl" => 4, "ideep" => 5, "hip" => 6, "fpga" => 7,
            "ort" or "maia" => 8, "xla" => 9, "vulkan" => 10, "xpu" => 12, "mps" => 13, "meta" => 14, "hpu" => 15, "ve" => 16,
            "lazy" => 17, "ipu" => 18, "mtia" => 19, _ => LibTorch.IsAtLeast(2) ? 20 : 19,
        };
    }

    /// <summary>Python's <c>torch.device("cuda:1")</c>: a device type, optionally followed by <c>:index</c>.</summary>
    /// <exception cref="TorchException">The string is not a device, with PyTorch's message.</exception>
    /// <exception cref="NotSupportedException">A device type LibTorch knows but this library does not (only cpu and cuda).</exception>
    public static Device Parse(string device)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.Length == 0) throw new TorchException("Device string must not be empty");
        int colon = device.IndexOf(':');
        string type = colon < 0 ? device : device[..colon];
        if (!TypeNames.Contains(type))
            throw new TorchException($"Expected one of {string.Join(", ", TypeNames)} device type at start of device string: {device}");
        int index = -1;
        if (colon >= 0)
        {
            string digits = device[(colon + 1)..];
            if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) || (digits.Length > 1 && digits[0] == '0') ||
                !int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out index))
                throw new TorchException($"Invalid device string: '{device}'");
        }
        return type switch
        {
            "cpu" => new(DeviceType.CPU, index),
            "cuda" => new(DeviceType.CUDA, index),
            _ => throw new NotSupportedException($"TorchInterop supports the cpu and cuda device types, not {type}"),
        };
    }

    /// <summary>Same as <see cref="Parse"/>: <c>Device d = "cpu";</c></summary>
    public static implicit operator Device(string device) => Parse(device);

    /// <summary>True for the CPU.</summary>
    public bool IsCpu => Type == DeviceType.CPU;

    /// <summary>Python's <c>str(device)</c>: <c>cpu</c>, <c>cuda:0</c>.</summary>
    public override string ToString()
    {
        string type = Type == DeviceType.CPU ? "cpu" : Type.ToString().ToLowerInvariant();
        return Index >= 0 ? $"{type}:{Index}" : type;
    }
}
