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
    }
}
#pragma warning restore CS8981, IDE1006
