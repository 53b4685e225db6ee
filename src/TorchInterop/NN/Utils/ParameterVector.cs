namespace TorchInterop.NN;

public static partial class Utils
{
    /// <summary>Python's <c>parameters_to_vector</c>: the parameters flattened and concatenated, in order.</summary>
    public static Tensor ParametersToVector(IEnumerable<Tensor> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var flat = parameters.Select(p => p.View(-1)).ToList();
        return Torch.Cat(flat);
    }

    /// <summary>Python's <c>vector_to_parameters</c>: slices of <paramref name="vec"/> become the parameters' data, in order.</summary>
    public static void VectorToParameters(Tensor vec, IEnumerable<Tensor> parameters)
    {
        ArgumentNullException.ThrowIfNull(vec);
        ArgumentNullException.ThrowIfNull(parameters);
        long pointer = 0;
        foreach (var parameter in parameters)
        {
            long count = parameter.NumEl;
            using var slice = vec.Slice(0, pointer, pointer + count);
            using var shaped = slice.ViewAs(parameter);
            using var data = shaped.Data();
            parameter.SetData(data);
            pointer += count;
        }
    }
}
