namespace TorchInterop.Formatting;

/// <summary>
/// How tensors print (Python's <c>torch._tensor_str.PRINT_OPTS</c>). Process-global, as in Python; change them with
/// <see cref="Set"/> (exposed as <c>Torch.SetPrintOptions</c>).
/// </summary>
public static class PrintOptions
{
    private static readonly object Gate = new();
    private static PrintSettings current = PrintSettings.Default;

    /// <summary>Number of digits after the decimal point for floating-point elements (default 4).</summary>
    public static int Precision => Current.Precision;

    /// <summary>
    /// Tensors with more elements than this are summarized with <c>...</c> (default 1000;
    /// <see cref="double.PositiveInfinity"/> under the "full" profile).
    /// </summary>
    public static double Threshold => Current.Threshold;

    /// <summary>Number of items kept at the start and at the end of each summarized dimension (default 3).</summary>
    public static int EdgeItems => Current.EdgeItems;

    /// <summary>Number of characters per line before elements wrap (default 80).</summary>
    public static int LineWidth => Current.LineWidth;

    /// <summary>
    /// True or false forces scientific notation on or off for floating-point elements; null (the default) lets the
    /// formatter choose from the values.
    /// </summary>
    public static bool? SciMode => Current.SciMode;

    /// <summary>All options at once, read atomically (a print uses one consistent set).</summary>
    internal static PrintSettings Current => Volatile.Read(ref current);

    /// <summary>
    /// Sets print options as Python's <c>torch.set_printoptions</c> does: a <paramref name="profile"/> first resets
    /// precision, threshold, edge items and line width, then each given option overrides it. Like Python,
    /// every call sets <see cref="SciMode"/> to <paramref name="sciMode"/>, so a call without it resets it to null.
    /// </summary>
    /// <example><code>PrintOptions.Set(precision: 2); // tensor([1.12]) instead of tensor([1.1235])</code></example>
    /// <param name="precision">Digits after the decimal point.</param>
    /// <param name="threshold">Element count above which tensors are summarized.</param>
    /// <param name="edgeItems">Items kept at each end of a summarized dimension.</param>
    /// <param name="lineWidth">Characters per line.</param>
    /// <param name="profile"><c>"default"</c>, <c>"short"</c> (precision 2, edge items 2) or <c>"full"</c> (no summarization).</param>
    /// <param name="sciMode">Force scientific notation on (true) or off (false); null lets the formatter choose.</param>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not one of the three names.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> or <paramref name="edgeItems"/> is negative.</exception>
    public static void Set(int? precision = null, double? threshold = null, int? edgeItems = null, int? lineWidth = null,
        string? profile = null, bool? sciMode = null)
    {
        // Python accepts these and fails later, when printing ("Format specifier missing precision") or prints
        // nonsense; .NET callers get the error where they made the mistake. Unknown profiles, which Python
        // silently ignores, are rejected for the same reason.
        if (precision < 0) throw new ArgumentOutOfRangeException(nameof(precision), precision, "Precision must not be negative.");
        if (edgeItems < 0) throw new ArgumentOutOfRangeException(nameof(edgeItems), edgeItems, "Edge items must not be negative.");
        PrintSettings? preset = profile switch
        {
            null => null,
            "default" => PrintSettings.Default,
            "short" => PrintSettings.Default with { Precision = 2, EdgeItems = 2 },
            "full" => PrintSettings.Default with { Threshold = double.PositiveInfinity },
            _ => throw new ArgumentException($"Unknown print profile '{profile}'; use \"default\", \"short\" or \"full\".", nameof(profile)),
        };

        lock (Gate)
        {
            var options = preset ?? current;
            options = options with
            {
                Precision = precision ?? options.Precision,
                Threshold = threshold ?? options.Threshold,
                EdgeItems = edgeItems ?? options.EdgeItems,
                LineWidth = lineWidth ?? options.LineWidth,
                SciMode = sciMode,
            };
            Volatile.Write(ref current, options);
        }
    }
}

/// <summary>One consistent set of print options (the fields of Python's <c>PRINT_OPTS</c>).</summary>
internal sealed record PrintSettings(int Precision, double Threshold, int EdgeItems, int LineWidth, bool? SciMode)
{
    public static PrintSettings Default { get; } = new(Precision: 4, Threshold: 1000, EdgeItems: 3, LineWidth: 80, SciMode: null);
}
