using System.Globalization;

namespace TorchInterop.Visualization;

/// <summary>
/// Walks the autograd graph behind some tensors into a <see cref="GraphModel"/>, the way torchviz's
/// <c>make_dot</c> draws it: each output tensor, then its functions depth first in <c>next_functions</c> order, each
/// <c>AccumulateGrad</c> followed by its leaf tensor. Every function and tensor is drawn once.
/// </summary>
internal sealed class AutogradGraphWalker
{
    private readonly Dictionary<IntPtr, string> _parameterNames = [];
    private readonly List<GraphNode> _nodes = [];
    private readonly Dictionary<GradFn, string> _functionIds = [];
    private readonly List<(GradFn Function, string Id)> _functions = [];
    private readonly Dictionary<IntPtr, string> _tensorIds = []; // keyed by TensorImpl, so two wrappers of one tensor are one box
    private readonly List<GraphEdge> _tensorEdges = [];

    private AutogradGraphWalker(IReadOnlyDictionary<string, Tensor>? parameters)
    {
        if (parameters is null) return;
        foreach (var (name, tensor) in parameters)
        {
            if (tensor is null) throw new ArgumentException($"Parameter '{name}' is null.", nameof(parameters));
            _parameterNames.TryAdd(tensor.Handle, name);
        }
    }

    public static GraphModel Walk(IReadOnlyList<Tensor> outputs, IReadOnlyDictionary<string, Tensor>? parameters)
    {
        var walker = new AutogradGraphWalker(parameters);
        foreach (var output in outputs) walker.AddOutput(output);
        return walker.ToModel();
    }

    private void AddOutput(Tensor output)
    {
        if (_tensorIds.ContainsKey(output.Handle)) return;
        string id = AddTensor(output, GraphNodeKind.Output);
        if (output.GradFn is { } function) _tensorEdges.Add(new(AddFunctions(function), id));
    }

    // Depth first with an explicit stack (long graphs would overflow a recursive walk); pushing the inputs in
    // reverse makes the order the recursive one.
    private string AddFunctions(GradFn root)
    {
        var pending = new Stack<GradFn>();
        pending.Push(root);
        while (pending.TryPop(out var function))
        {
            if (_functionIds.ContainsKey(function)) continue;
            string id = AddNode(function.Name, GraphNodeKind.Function);
            _functionIds.Add(function, id);
            _functions.Add((function, id));
            AddLeafOf(function, id);

            var inputs = function.NextFunctions;
            for (int i = inputs.Count - 1; i >= 0; i--)
                if (inputs[i].Function is { } input && !_functionIds.ContainsKey(input)) pending.Push(input);
        }
        return _functionIds[root];
    }

    private void AddLeafOf(GradFn function, string functionId)
    {
        using var leaf = function.OwnVariable();
        if (leaf is null) return;
        if (!_tensorIds.TryGetValue(leaf.Handle, out string? leafId)) leafId = AddTensor(leaf, GraphNodeKind.Leaf);
        _tensorEdges.Add(new(leafId, functionId));
    }

    private string AddTensor(Tensor tensor, GraphNodeKind kind)
    {
        string shape = ShapeText(tensor.Shape);
        string label = _parameterNames.TryGetValue(tensor.Handle, out string? name) ? name + "\n" + shape : shape;
        string id = AddNode(label, kind);
        _tensorIds.Add(tensor.Handle, id);
        return id;
    }

    private string AddNode(string label, GraphNodeKind kind)
    {
        string id = "n" + _nodes.Count.ToString(CultureInfo.InvariantCulture);
        _nodes.Add(new GraphNode(id, label, kind));
        return id;
    }

    /// <summary>A shape as a Python tuple: <c>()</c>, <c>(2,)</c>, <c>(2, 3)</c>.</summary>
    internal static string ShapeText(long[] shape) => shape.Length switch
    {
        0 => "()",
        1 => $"({shape[0].ToString(CultureInfo.InvariantCulture)},)",
        _ => "(" + string.Join(", ", shape.Select(size => size.ToString(CultureInfo.InvariantCulture))) + ")",
    };

    // Edges are listed by the node they point to, in node order, so the text follows the drawing order.
    private GraphModel ToModel()
    {
        var incoming = _nodes.ToDictionary(node => node.Id, _ => new List<string>());
        foreach (var edge in _tensorEdges) incoming[edge.To].Add(edge.From);
        foreach (var (function, id) in _functions)
            foreach (var (input, _) in function.NextFunctions)
                if (input is not null) incoming[id].Add(_functionIds[input]);

        var edges = _nodes.SelectMany(node => incoming[node.Id].Select(from => new GraphEdge(from, node.Id))).ToList();
        return new GraphModel(_nodes, edges);
    }
}
