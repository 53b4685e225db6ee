using TorchInterop.Visualization;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>
/// The torchviz package: <c>torchviz.make_dot(y, @params: named).render("graph", format: "png")</c>. The pictures
/// are drawn by <see cref="AutogradGraph"/>.
/// </summary>
public static class torchviz
{
    /// <summary><c>torchviz.make_dot(var, params=None)</c>: the autograd graph behind <paramref name="var"/>.</summary>
    /// <param name="var">The tensor whose graph is drawn.</param>
    /// <param name="params">Names for leaf tensors (Python's <c>dict(model.named_parameters())</c>), matched by identity.</param>
    public static Digraph make_dot(Tensor var, IReadOnlyDictionary<string, Tensor>? @params = null) =>
        new(AutogradGraph.ToDot(var, @params));

    /// <summary><c>torchviz.make_dot((y1, y2), params=None)</c>: the graph behind several tensors.</summary>
    /// <param name="var">The tensors whose graphs are drawn.</param>
    /// <param name="params">Names for leaf tensors, matched by identity.</param>
    public static Digraph make_dot(IReadOnlyList<Tensor> var, IReadOnlyDictionary<string, Tensor>? @params = null) =>
        new(AutogradGraph.ToDot(var, @params));
}

/// <summary>What <c>make_dot</c> returns: the part of Python's <c>graphviz.Digraph</c> that torchviz users call.</summary>
public sealed class Digraph
{
    internal Digraph(string source) => this.source = source;

    /// <summary><c>dot.source</c>: the DOT text.</summary>
    public string source { get; }

    /// <summary><c>dot.format</c>: the format <see cref="render"/> uses when none is given (graphviz's default, pdf).</summary>
    public string format { get; set; } = "pdf";

    /// <summary>
    /// <c>dot.render(filename, format=None, cleanup=False)</c>: saves the DOT text as <paramref name="filename"/>,
    /// draws it with Graphviz's <c>dot</c> as <c>filename.format</c> and returns that path.
    /// </summary>
    /// <param name="filename">The DOT file to save; the picture gets the format as an extra extension.</param>
    /// <param name="format">Any format <c>dot -T</c> knows (png, svg, pdf, …); defaults to <see cref="format"/>.</param>
    /// <param name="cleanup">Delete the DOT file once the picture is drawn.</param>
    /// <exception cref="GraphvizNotFoundException">Graphviz's <c>dot</c> is not on <c>PATH</c>.</exception>
    public string render(string filename, string? format = null, bool cleanup = false)
    {
        ArgumentNullException.ThrowIfNull(filename);
        string picture = $"{filename}.{format ?? this.format}";
        if (Path.GetDirectoryName(Path.GetFullPath(filename)) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        File.WriteAllText(filename, source);
        Graphviz.Render(source, picture, format ?? this.format);
        if (cleanup) File.Delete(filename);
        return picture;
    }

    /// <summary>Python's <c>str(dot)</c>: the DOT text.</summary>
    public override string ToString() => source;
}
#pragma warning restore CS8981, IDE1006
