namespace TorchInterop.Serialization;

/// <summary>A Python class or function named in a pickle (<c>module.name</c>), before it is applied.</summary>
internal sealed record PythonGlobal(string Module, string Name)
{
    public override string ToString() => $"{Module}.{Name}";
}

/// <summary>The marker the pickle machine pushes for MARK.</summary>
internal sealed class PickleMark
{
    public static readonly PickleMark Instance = new();
}
