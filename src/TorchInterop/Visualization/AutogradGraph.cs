namespace TorchInterop.Visualization;

/// <summary>
/// Pictures of the autograd graph behind tensors, as torchviz's <c>make_dot</c> draws them: grey boxes for the
/// autograd functions (named as Python names them, e.g. <c>MulBackward0</c>), blue boxes for the leaves that
/// require grad (their name, when given, and shape), green boxes for the outputs (their shape), and arrows from
/// each input to the function that consumes it.
/// </summary>
/// <example><code>
/// var a = Torch.Ones([2], requiresGrad: true);
/// var y = (a * 3).Sum();
/// Console.Write(AutogradGraph.ToDot(y, new Dictionary&lt;string, Tensor&gt; { ["a"] = a }));
/// AutogradGraph.Render(y, "graph.svg");   // needs Graphviz's dot
/// </code></example>
public static class AutogradGraph
{
    private static readonly Dictionary<string, string> FormatsByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".svg"] = "svg",
        [".png"] = "png",
        [".pdf"] = "pdf",
        [".dot"] = "dot",
    };

    /// <summary>The graph behind <paramref name="output"/> as Graphviz DOT text.</summary>
    /// <param name="output">The tensor whose graph is drawn; one without a graph gives a picture of itself alone.</param>
    /// <param name="parameters">
    /// Names for leaf tensors (for example a model's named parameters), matched by identity, not by value.
    /// </param>
    /// <returns>DOT text whose node ids are <c>n0</c>, <c>n1</c>, … in traversal order, so equal graphs give equal text.</returns>
    public static string ToDot(Tensor output, IReadOnlyDictionary<string, Tensor>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        return ToDot([output], parameters);
    }

    /// <summary>The graph behind several tensors as one DOT text; parts they share are drawn once.</summary>
    /// <param name="outputs">The tensors whose graphs are drawn.</param>
    /// <param name="parameters">Names for leaf tensors, matched by identity.</param>
    /// <returns>DOT text with deterministic node ids, as for <see cref="ToDot(Tensor, IReadOnlyDictionary{string, Tensor}?)"/>.</returns>
    public static string ToDot(IReadOnlyList<Tensor> outputs, IReadOnlyDictionary<string, Tensor>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        for (int i = 0; i < outputs.Count; i++)
            if (outputs[i] is null) throw new ArgumentException($"outputs[{i}] is null.", nameof(outputs));
        return DotWriter.Write(AutogradGraphWalker.Walk(outputs, parameters));
    }

    /// <summary>
    /// Draws the graph behind <paramref name="output"/> into a file whose extension picks the format: <c>.svg</c>,
    /// <c>.png</c> or <c>.pdf</c> (drawn by Graphviz's <c>dot</c>, which must be on <c>PATH</c>), or <c>.dot</c>
    /// (the DOT text, no Graphviz needed). The file's folder is created if needed.
    /// </summary>
    /// <param name="output">The tensor whose graph is drawn.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="parameters">Names for leaf tensors, matched by identity.</param>
    /// <exception cref="ArgumentException">The extension is none of the above.</exception>
    /// <exception cref="GraphvizNotFoundException">The format needs Graphviz and <c>dot</c> is not on <c>PATH</c>.</exception>
    /// <exception cref="InvalidOperationException">Graphviz failed.</exception>
    public static void Render(Tensor output, string path, IReadOnlyDictionary<string, Tensor>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        Render([output], path, parameters);
    }

    /// <summary>Draws the graph behind several tensors into one file (see <see cref="Render(Tensor, string, IReadOnlyDictionary{string, Tensor}?)"/>).</summary>
    /// <param name="outputs">The tensors whose graphs are drawn.</param>
    /// <param name="path">The file to write; its extension picks the format.</param>
    /// <param name="parameters">Names for leaf tensors, matched by identity.</param>
    /// <exception cref="ArgumentException">The extension is not <c>.svg</c>, <c>.png</c>, <c>.pdf</c> or <c>.dot</c>.</exception>
    /// <exception cref="GraphvizNotFoundException">The format needs Graphviz and <c>dot</c> is not on <c>PATH</c>.</exception>
    /// <exception cref="InvalidOperationException">Graphviz failed.</exception>
    public static void Render(IReadOnlyList<Tensor> outputs, string path, IReadOnlyDictionary<string, Tensor>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(path);
        string format = FormatOf(path);
        string dot = ToDot(outputs, parameters);
        if (format == "dot")
        {
            string fullPath = Path.GetFullPath(path);
            if (Path.GetDirectoryName(fullPath) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
            File.WriteAllText(fullPath, dot);
        }
        else
        {
            Graphviz.Render(dot, path, format);
        }
    }

    private static string FormatOf(string path) =>
        FormatsByExtension.TryGetValue(Path.GetExtension(path), out string? format)
            ? format
            : throw new ArgumentException(
                $"Cannot tell the picture format of '{path}': use a .svg, .png, .pdf or .dot file name.", nameof(path));
}
