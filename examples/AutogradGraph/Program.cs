// Draws seed 004's autograd graph as torchviz's make_dot would:
//   dotnet run --project examples/AutogradGraph -- [picture.png]   (default: artifacts/graphs/seed004_graph.png)
// The DOT text is written beside the picture. Without Graphviz only the DOT text is written, and the program says why.
using TorchInterop;
using TorchInterop.Python;
using TorchInterop.Visualization;

string picture = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine("artifacts", "graphs", "seed004_graph.png"));
string dotFile = Path.ChangeExtension(picture, ".dot");

var x1 = torch.rand([2, 2], requires_grad: true);
var x2 = torch.rand([2, 2], requires_grad: true);
var y = torch.mm(x1, x2);
var z = torch.sin(y + x2);
var L = z.mean();
var names = new Dictionary<string, Tensor> { ["x1"] = x1, ["x2"] = x2 };

AutogradGraph.Render(L, dotFile, names);
Console.WriteLine($"wrote {dotFile}");
try
{
    AutogradGraph.Render(L, picture, names);
    Console.WriteLine($"wrote {picture}");
}
catch (GraphvizNotFoundException error)
{
    Console.Error.WriteLine($"{error.Message} Skipped {picture}.");
}
