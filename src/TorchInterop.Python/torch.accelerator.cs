namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary>Python's <c>torch.accelerator</c> (PyTorch 2.6 and later): none on the CPU.</summary>
    public static class accelerator
    {
        /// <summary><c>torch.accelerator.is_available()</c></summary>
        public static bool is_available() => Torch.Accelerator.IsAvailable();

        /// <summary><c>torch.accelerator.current_accelerator()</c>: None on the CPU.</summary>
        public static Device? current_accelerator() => Torch.Accelerator.CurrentAccelerator();

        /// <summary><c>torch.accelerator.device_count()</c></summary>
        public static long device_count() => Torch.Accelerator.DeviceCount();

        /// <summary><c>torch.accelerator.current_device_index()</c></summary>
        public static long current_device_index() => Torch.Accelerator.CurrentDeviceIndex();
    }
}
#pragma warning restore CS8981, IDE1006
