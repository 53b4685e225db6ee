using System.Text;

namespace TorchInterop.Visualization;

/// <summary>Writes a <see cref="GraphModel"/> as Graphviz DOT text, with torchviz's look.</summary>
internal static class DotWriter
{
    // torchviz's node and graph attributes; the grey of function boxes is Graphviz's default fill, made explicit.
    private const string GraphAttributes = "size=\"12,12\"";
    private const string NodeAttributes =
        "align=left fillcolor=lightgrey fontname=monospace fontsize=10 height=0.2 ranksep=0.1 shape=box style=filled";

    public static string Write(GraphModel graph)
    {
        var dot = new StringBuilder();
        dot.Append("digraph {\n");
        dot.Append("\tgraph [").Append(GraphAttributes).Append("]\n");
        dot.Append("\tnode [").Append(NodeAttributes).Append("]\n");
        foreach (var node in graph.Nodes)
        {
            dot.Append('\t').Append(node.Id).Append(" [label=").Append(Quote(node.Label));
            if (FillColor(node.Kind) is { } color) dot.Append(" fillcolor=").Append(color);
            dot.Append("]\n");
        }
        foreach (var edge in graph.Edges)
            dot.Append('\t').Append(edge.From).Append(" -> ").Append(edge.To).Append('\n');
        dot.Append("}\n");
        return dot.ToString();
    }

    private static string? FillColor(GraphNodeKind kind) => kind switch
    {
        GraphNodeKind.Leaf => "lightblue",
        GraphNodeKind.Output => "darkolivegreen1",
        _ => null,
    };

    /// <summary>A DOT string literal; a line break becomes DOT's centred-line escape <c>\n</c>.</summary>
    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': break;
                default: quoted.Append(c); break;
            }
        }
        return quoted.Append('"').ToString();
    }
}
