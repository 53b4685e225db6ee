namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class Builtins
{
    /// <summary>Python's <c>Warning</c> class, the base of the others.</summary>
    public static WarningCategory Warning => WarningCategory.Warning;

    /// <summary>Python's <c>UserWarning</c>.</summary>
    public static WarningCategory UserWarning => WarningCategory.User;

    /// <summary>Python's <c>DeprecationWarning</c>.</summary>
    public static WarningCategory DeprecationWarning => WarningCategory.Deprecation;

    /// <summary>Python's <c>FutureWarning</c>.</summary>
    public static WarningCategory FutureWarning => WarningCategory.Future;

    /// <summary>Python's <c>RuntimeWarning</c>.</summary>
    public static WarningCategory RuntimeWarning => WarningCategory.Runtime;

    /// <summary>Python's <c>issubclass(w.category, UserWarning)</c>.</summary>
    public static bool issubclass(WarningCategory cls, WarningCategory classinfo)
    {
        ArgumentNullException.ThrowIfNull(cls);
        ArgumentNullException.ThrowIfNull(classinfo);
        return cls.IsSubclassOf(classinfo);
    }
}
#pragma warning restore CS8981, IDE1006
