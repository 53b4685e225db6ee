namespace TorchInterop;

public static partial class Torch
{
    [ThreadStatic] private static Device? defaultDevice;

    /// <summary>
    /// The device of tensors that the hand-written factories (<see cref="Ones"/>, <see cref="Zeros"/>,
    /// <see cref="Full"/>, <see cref="Arange(Scalar, Scalar, Scalar?, DType?, Device?, bool)"/>, ...) create when no
    /// device is given: <see cref="Device.CPU"/> unless <see cref="SetDefaultDevice"/> changed it on this thread
    /// (Python keeps it per thread too).
    /// </summary>
    public static Device DefaultDevice => defaultDevice ?? Device.CPU;

    /// <summary><c>torch.set_default_device(device)</c> (PyTorch 2.0 and later); null restores the CPU.</summary>
    public static void SetDefaultDevice(Device? device)
    {
        LibTorch.Require("torch.set_default_device", 2, 0);
        defaultDevice = device;
    }

    /// <summary><c>torch.get_default_device()</c> (PyTorch 2.3 and later).</summary>
    public static Device GetDefaultDevice()
    {
        LibTorch.Require("torch.get_default_device", 2, 3);
        return DefaultDevice;
    }
}
