namespace TorchInterop;

public static partial class Torch
{
    /// <summary>
    /// <c>torch.accelerator</c> (PyTorch 2.6 and later): the current accelerator, for device-agnostic code. This
    /// build runs on the CPU, so there is none, as Python reports on a machine without one.
    /// </summary>
    public static class Accelerator
    {
        /// <summary><c>torch.accelerator.is_available()</c>: false, as on a CPU-only machine.</summary>
        public static bool IsAvailable()
        {
            LibTorch.Require("torch.accelerator", 2, 6);
            return false;
        }

        /// <summary><c>torch.accelerator.current_accelerator()</c>: none (null) on the CPU.</summary>
        public static Device? CurrentAccelerator()
        {
            LibTorch.Require("torch.accelerator", 2, 6);
            return null;
        }

        /// <summary><c>torch.accelerator.device_count()</c>: 0 on the CPU.</summary>
        public static long DeviceCount()
        {
            LibTorch.Require("torch.accelerator", 2, 6);
            return 0;
        }

        /// <summary><c>torch.accelerator.current_device_index()</c>: fails as PyTorch does when there is no accelerator.</summary>
        /// <exception cref="TorchException">Always: there is no accelerator.</exception>
        public static long CurrentDeviceIndex()
        {
            LibTorch.Require("torch.accelerator", 2, 6);
            throw new TorchException("Cannot access accelerator device when none is available.");
        }
    }
}
