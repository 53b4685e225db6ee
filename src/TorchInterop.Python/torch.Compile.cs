namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary><c>torch.compile(model)</c>: runs eagerly, see <see cref="Torch.Compile{T}"/>.</summary>
    public static T compile<T>(T model) where T : class => Torch.Compile(model);

    /// <summary><c>torch.set_default_device(device)</c>; <c>None</c> is null.</summary>
    public static void set_default_device(Device? device) => Torch.SetDefaultDevice(device);

    /// <summary><c>torch.get_default_device()</c></summary>
    public static Device get_default_device() => Torch.GetDefaultDevice();
}
#pragma warning restore CS8981, IDE1006
