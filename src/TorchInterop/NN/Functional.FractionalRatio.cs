namespace TorchInterop.NN;

public static partial class Functional
{
    /// <summary>
    /// <c>F.fractional_max_pool2d/3d</c>'s <c>output_ratio</c> as their Python code reads it, one ratio per spatial
    /// dimension. PyTorch 2.x's 2-D function asks for its <c>len()</c> before <c>_pair</c>, so there a plain number
    /// raises TypeError (the module passes its stored pair) and more than two ratios raise ValueError.
    /// </summary>
    internal static double[]? FunctionalFractionalRatio(FloatOrTuple? outputRatio, IntOrTuple? outputSize, int dims)
    {
        if (outputRatio is not { } ratio) return null;
#if LIBTORCH_2
        if (dims == 2 && outputSize is null && ratio.IsNumber)
        {
            string type = ratio.ToString() == ratio.AsFloats().ToString() ? "float" : "int";
            throw new TorchException($"object of type '{type}' has no len()", TorchErrorKind.TypeError);
        }
        if (dims == 2 && outputSize is null && ratio.Values.Count > 2)
            throw new TorchException("fractional_max_pool2d requires output_ratio to either be a single Int or tuple of Ints.", TorchErrorKind.ValueError);
#endif
        return ratio.Expand(dims);
    }
}
