namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>
/// Tensor members Python defines in its own layer (<c>torch/_tensor.py</c>, <c>torch/functional.py</c>) or its C
/// bindings: <c>x.unique()</c>, <c>x.lu()</c>, <c>x.apply_(fn)</c>, <c>x.H</c>.
/// </summary>
public static class TensorPythonMembers
{
    extension(Tensor t)
    {
        /// <summary><c>x.H</c>: the conjugate transpose of a matrix.</summary>
        public Tensor H => t.ConjugateTranspose();

        /// <summary><c>x.is_nested</c></summary>
        public bool is_nested => t.IsNested;

        /// <summary><c>x.apply_(fn)</c>: each element replaced by <c>fn(element)</c> (CPU, no grad).</summary>
        public Tensor apply_(Func<double, double> callable) => t.Apply_(callable);

        /// <summary><c>x.map_(other, fn)</c>: each element replaced by <c>fn(element, other's element)</c>.</summary>
        public Tensor map_(Tensor tensor, Func<double, double, double> callable) => t.Map_(tensor, callable);

        /// <summary><c>t.map2_(x, y, fn)</c>: each element replaced by <c>fn(element, x's, y's)</c>.</summary>
        public Tensor map2_(Tensor x, Tensor y, Func<double, double, double, double> callable) => t.Map2_(x, y, callable);

        /// <summary><c>x.to_sparse_coo()</c></summary>
        public Tensor to_sparse_coo() => t.ToSparse();

        /// <summary><c>x.unique(sorted=True, dim=None)</c>: the distinct elements.</summary>
        public Tensor unique(bool sorted = true, long? dim = null) => torch.unique(t, sorted, dim);

        /// <summary><c>output, inverse = x.unique(return_inverse=True)</c> (and the counts with <c>return_counts=True</c>).</summary>
        public TensorTuple unique(bool return_inverse, bool sorted = true, bool return_counts = false, long? dim = null) =>
            torch.unique(t, return_inverse, sorted, return_counts, dim);

        /// <summary><c>output, counts = x.unique(return_counts=True)</c></summary>
        public (Tensor output, Tensor counts) unique(bool return_counts, bool sorted = true, long? dim = null, bool _ = false) =>
            torch.unique(t, return_counts, sorted, dim, _);

        /// <summary><c>x.unique_consecutive(dim=None)</c>: consecutive duplicates collapsed.</summary>
        public Tensor unique_consecutive(long? dim = null) => torch.unique_consecutive(t, dim);

        /// <summary><c>x.unique_consecutive(return_inverse=True, return_counts=False, dim=None)</c></summary>
        public TensorTuple unique_consecutive(bool return_inverse, bool return_counts = false, long? dim = null) =>
            torch.unique_consecutive(t, return_inverse, return_counts, dim);

        /// <summary><c>output, counts = x.unique_consecutive(return_counts=True)</c></summary>
        public (Tensor output, Tensor counts) unique_consecutive(bool return_counts, long? dim = null, bool _ = false) =>
            torch.unique_consecutive(t, return_counts, dim, _);

        /// <summary><c>LU, pivots = x.lu()</c>; with <c>get_infos=True</c> also the infos (a tuple of three).</summary>
        public TensorTuple lu(bool pivot = true, bool get_infos = false) => torch.lu(t, pivot, get_infos);

#if LIBTORCH_2
        /// <summary><c>x.itemsize</c>: bytes per element.</summary>
        public long itemsize => t.Dtype.ElementSize();

        /// <summary><c>x.nbytes</c>: bytes of the elements the tensor views.</summary>
        public long nbytes => t.NumEl * t.Dtype.ElementSize();

        /// <summary><c>x.const_data_ptr()</c>: the address of the first element.</summary>
        public ulong const_data_ptr() => t.DataPtr();

        /// <summary><c>param.module_load(other, assign=False)</c>: what <c>load_state_dict</c> puts in a parameter's place.</summary>
        public Tensor module_load(Tensor other, bool assign = false)
        {
            ArgumentNullException.ThrowIfNull(other);
            if (assign) return other.Detach();
            using (Autograd.NoGrad()) t.Copy_(other);
            return t.Detach();
        }
#endif
    }
}
#pragma warning restore CS8981, IDE1006
