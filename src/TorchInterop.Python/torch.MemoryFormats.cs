namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
// torch's memory formats: x.is_contiguous(memory_format=torch.channels_last).
public static partial class torch
{
    /// <summary><c>torch.contiguous_format</c></summary>
    public const MemoryFormat contiguous_format = MemoryFormat.Contiguous;

    /// <summary><c>torch.preserve_format</c></summary>
    public const MemoryFormat preserve_format = MemoryFormat.Preserve;

    /// <summary><c>torch.channels_last</c> (NHWC)</summary>
    public const MemoryFormat channels_last = MemoryFormat.ChannelsLast;

    /// <summary><c>torch.channels_last_3d</c> (NDHWC)</summary>
    public const MemoryFormat channels_last_3d = MemoryFormat.ChannelsLast3d;
}
#pragma warning restore CS8981, IDE1006
