namespace TorchInterop.Python;

#pragma warning disable IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>Python's max/min: <c>var (values, indices) = x.max(dim: 1);</c>, and <c>AccumulateGrad</c>'s <c>variable</c>.</summary>
public static class MaxMinExtensions
{
    extension(Tensor tensor)
    {
        /// <summary><c>tensor.max()</c>: the largest element.</summary>
        public Tensor max() => tensor.Max();

        /// <summary><c>tensor.max(dim, keepdim)</c>: values and indices, deconstructible.</summary>
        public ValuesAndIndices max(long dim, bool keepdim = false) => tensor.Max(dim, keepdim);

        /// <summary><c>tensor.min()</c>: the smallest element.</summary>
        public Tensor min() => tensor.Min();

        /// <summary><c>tensor.min(dim, keepdim)</c>: values and indices, deconstructible.</summary>
        public ValuesAndIndices min(long dim, bool keepdim = false) => tensor.Min(dim, keepdim);
    }

    extension(GradFn node)
    {
        /// <summary><c>grad_fn.variable</c> of an <c>AccumulateGrad</c> node: the leaf it accumulates into.</summary>
        public Tensor? variable => node.Variable;
    }
}
#pragma warning restore IDE1006
