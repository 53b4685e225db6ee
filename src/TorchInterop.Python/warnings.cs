namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>Python's <c>warnings</c> module, for LibTorch's warnings: <c>using var w = warnings.catch_warnings(record: true);</c></summary>
public static class warnings
{
    /// <summary>
    /// Records LibTorch's warnings on this thread until disposed (<c>w.Records</c>), instead of showing them. The
    /// recorder is returned whatever <paramref name="record"/> says (Python returns None without it).
    /// </summary>
    public static WarningRecorder catch_warnings(bool record = false) => Warnings.Catch();
}

/// <summary>The attributes of Python's <c>warnings.WarningMessage</c>.</summary>
public static class WarningMessageExtensions
{
    extension(TorchWarning warning)
    {
        /// <summary><c>w.message</c>: the text, as <c>str(w.message)</c> shows it.</summary>
        public string message => warning.Message;

        /// <summary><c>w.filename</c>: the LibTorch source file that warned.</summary>
        public string filename => warning.File;

        /// <summary><c>w.lineno</c></summary>
        public int lineno => warning.Line;

        /// <summary><c>w.category</c>: the warning's class (<c>UserWarning</c>, <c>DeprecationWarning</c>, <c>FutureWarning</c>).</summary>
        public WarningCategory category => WarningCategory.Named(warning.Category);
    }
}

/// <summary>
/// A Python warning class, as <c>w.category</c> gives it: prints as <c>&lt;class 'UserWarning'&gt;</c>, compares
/// with <see cref="Builtins.UserWarning"/> and the others, and <c>issubclass</c> knows their hierarchy.
/// </summary>
public sealed class WarningCategory
{
    private WarningCategory(string name, WarningCategory? baseClass)
    {
        __name__ = name;
        Base = baseClass;
    }

    /// <summary>The class name, Python's <c>category.__name__</c>.</summary>
    public string __name__ { get; }

    internal WarningCategory? Base { get; }

    internal static readonly WarningCategory Warning = new("Warning", null);
    internal static readonly WarningCategory User = new("UserWarning", Warning);
    internal static readonly WarningCategory Deprecation = new("DeprecationWarning", Warning);
    internal static readonly WarningCategory Future = new("FutureWarning", Warning);
    internal static readonly WarningCategory Runtime = new("RuntimeWarning", Warning);

    internal static WarningCategory Named(string name) => name switch
    {
        "DeprecationWarning" => Deprecation,
        "FutureWarning" => Future,
        "RuntimeWarning" => Runtime,
        "Warning" => Warning,
        _ => User,
    };

    /// <summary>Python's <c>issubclass(self, other)</c>.</summary>
    internal bool IsSubclassOf(WarningCategory other)
    {
        for (var c = this; c is not null; c = c.Base)
            if (ReferenceEquals(c, other)) return true;
        return false;
    }

    /// <summary>Python's repr of a class.</summary>
    public override string ToString() => $"<class '{__name__}'>";
}
#pragma warning restore CS8981, IDE1006
