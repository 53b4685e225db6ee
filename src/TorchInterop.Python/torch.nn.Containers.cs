using TorchInterop.NN;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        /// <summary><c>torch.nn.ModuleList(modules=None)</c></summary>
        public static NN.ModuleList ModuleList(IEnumerable<NN.Module>? modules = null) => new(modules);

        /// <summary><c>torch.nn.ModuleDict(modules=None)</c>: <c>torch.nn.ModuleDict(new() { ["relu"] = torch.nn.ReLU() })</c>.</summary>
        public static NN.ModuleDict ModuleDict(Dictionary<string, NN.Module>? modules = null) => new(modules);

        /// <summary><c>torch.nn.Bilinear(in1_features, in2_features, out_features, bias=True)</c></summary>
        public static Bilinear Bilinear(long in1_features, long in2_features, long out_features, bool bias = true) =>
            new(in1_features, in2_features, out_features, bias);
    }
}
