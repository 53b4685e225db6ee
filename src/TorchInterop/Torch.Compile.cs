namespace TorchInterop;

public static partial class Torch
{
    /// <summary>
    /// <c>torch.compile(model)</c> (PyTorch 2.0 and later). TorchInterop has no graph compiler (TorchDynamo and
    /// Inductor are Python): the function is returned as it is and runs eagerly, with the same results, so ported
    /// code keeps working.
    /// </summary>
    public static T Compile<T>(T function) where T : class
    {
        ArgumentNullException.ThrowIfNull(function);
        LibTorch.Require("torch.compile", 2, 0);
        return function;
    }
}
