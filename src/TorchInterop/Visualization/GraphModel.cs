namespace TorchInterop.Visualization;

/// <summary>What a box in the picture stands for; it decides the box's colour.</summary>
internal enum GraphNodeKind
{
    /// <summary>An autograd function (a <see cref="GradFn"/>).</summary>
    Function,
    /// <summary>A leaf tensor that requires grad, behind an <c>AccumulateGrad</c> node.</summary>
    Leaf,
    /// <summary>A tensor whose graph is drawn.</summary>
    Output,
}

/// <summary>One box: its DOT id (<c>n0</c>, <c>n1</c>, … in traversal order), its text and what it stands for.</summary>
internal sealed record GraphNode(string Id, string Label, GraphNodeKind Kind);

/// <summary>An arrow in the direction values flow forward: from an input to the node that consumes it.</summary>
internal readonly record struct GraphEdge(string From, string To);

/// <summary>The picture of an autograd graph, independent of how it is written out.</summary>
internal sealed record GraphModel(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);
