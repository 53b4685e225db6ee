using System.Runtime.InteropServices;

namespace TorchInterop.Native;

/// <summary>The C ABI of libtorchinterop (native/include/torchinterop.h).</summary>
internal static unsafe partial class NativeMethods
{
    internal const string Library = "torchinterop";

    // Runs before the first native call: the shim is found next to this assembly, not on the system path.
    static NativeMethods() => NativeLibraryLoader.Register();

    // ---- errors, lifetime, diagnostics ----
    [LibraryImport(Library)] internal static partial IntPtr ti_last_error();
    [LibraryImport(Library)] internal static partial int ti_last_error_kind();
    [LibraryImport(Library)] internal static partial void ti_tensor_free(IntPtr t);
    [LibraryImport(Library)] internal static partial TensorHandle ti_tensor_share(TensorHandle t);
    [LibraryImport(Library)] internal static partial long ti_live_tensors();
    [LibraryImport(Library)] internal static partial long ti_live_nodes();

    // ---- creation ----
    [LibraryImport(Library)] internal static partial TensorHandle ti_empty(long* shape, int ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial TensorHandle ti_zeros(long* shape, int ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial TensorHandle ti_ones(long* shape, int ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial TensorHandle ti_full(long* shape, int ndim, Scalar value, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial TensorHandle ti_rand(long* shape, int ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial TensorHandle ti_randn(long* shape, int ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial TensorHandle ti_arange(Scalar start, Scalar end, Scalar step, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial TensorHandle ti_linspace(Scalar start, Scalar end, long steps, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial TensorHandle ti_eye(long n, long m, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial TensorHandle ti_from_data(void* data, long nbytes, long* shape, int ndim, int dtype, int requiresGrad);
    [LibraryImport(Library)] internal static partial TensorHandle ti_scalar_tensor(Scalar value, int dtype, int requiresGrad);
    [LibraryImport(Library)] internal static partial int ti_manual_seed(ulong seed);
    [LibraryImport(Library)] internal static partial int ti_initial_seed(out ulong seed);

    // ---- metadata and data ----
    [LibraryImport(Library)] internal static partial int ti_dim(TensorHandle t);
    [LibraryImport(Library)] internal static partial int ti_sizes(TensorHandle t, long* output, int capacity);
    [LibraryImport(Library)] internal static partial long ti_numel(TensorHandle t);
    [LibraryImport(Library)] internal static partial int ti_dtype(TensorHandle t);
    [LibraryImport(Library)] internal static partial int ti_device(TensorHandle t, out int type, out int index);
    [LibraryImport(Library)] internal static partial long ti_nbytes(TensorHandle t);
    [LibraryImport(Library)] internal static partial int ti_item(TensorHandle t, out Scalar value);
    [LibraryImport(Library)] internal static partial int ti_copy_to_host(TensorHandle t, int dtype, void* destination, long capacity);

    // ---- autograd ----
    [LibraryImport(Library)] internal static partial int ti_requires_grad(TensorHandle t);
    [LibraryImport(Library)] internal static partial int ti_set_requires_grad(TensorHandle t, int requiresGrad, int asMethod);
    [LibraryImport(Library)] internal static partial int ti_is_leaf(TensorHandle t);
    [LibraryImport(Library)] internal static partial int ti_grad(TensorHandle t, out TensorHandle grad);
    [LibraryImport(Library)] internal static partial IntPtr ti_grad_identity(TensorHandle t);
    [LibraryImport(Library)] internal static partial int ti_set_grad(TensorHandle t, IntPtr grad);
    [LibraryImport(Library)] internal static partial int ti_retain_grad(TensorHandle t);
    [LibraryImport(Library)] internal static partial int ti_retains_grad(TensorHandle t);
    [LibraryImport(Library)] internal static partial TensorHandle ti_detach(TensorHandle t);
    [LibraryImport(Library)] internal static partial int ti_detach_(TensorHandle t);
    [LibraryImport(Library)] internal static partial int ti_backward(IntPtr* tensors, int n, IntPtr* grads, int retainGraph, int createGraph, IntPtr* inputs, int ninputs);
    [LibraryImport(Library)] internal static partial int ti_autograd_grad(IntPtr* outputs, int n, IntPtr* inputs, int ninputs, IntPtr* gradOutputs, int retainGraph, int createGraph, int allowUnused, IntPtr* results);
    [LibraryImport(Library)] internal static partial int ti_is_grad_enabled();
    [LibraryImport(Library)] internal static partial int ti_set_grad_enabled(int enabled);
    [LibraryImport(Library)] internal static partial int ti_is_inference_mode_enabled();
    [LibraryImport(Library)] internal static partial IntPtr ti_inference_mode_enter(int enabled);
    [LibraryImport(Library)] internal static partial void ti_inference_mode_exit(IntPtr guard);
    [LibraryImport(Library)] internal static partial int ti_is_inference(TensorHandle t);

    // ---- grad_fn nodes ----
    [LibraryImport(Library)] internal static partial int ti_grad_fn(TensorHandle t, out NodeHandle node);
    [LibraryImport(Library)] internal static partial IntPtr ti_grad_fn_identity(TensorHandle t);
    [LibraryImport(Library)] internal static partial void ti_node_free(IntPtr node);
    [LibraryImport(Library)] internal static partial IntPtr ti_node_identity(NodeHandle node);
    [LibraryImport(Library)] internal static partial IntPtr ti_node_name(NodeHandle node);
    [LibraryImport(Library)] internal static partial int ti_node_num_next(NodeHandle node);
    [LibraryImport(Library)] internal static partial int ti_node_next(NodeHandle node, int i, out NodeHandle function, out int inputNr);

    // ---- operators ----
    [LibraryImport(Library)] internal static partial TensorHandle ti_add(TensorHandle a, TensorHandle b, Scalar alpha);
    [LibraryImport(Library)] internal static partial TensorHandle ti_add_scalar(TensorHandle a, Scalar b, Scalar alpha);
    [LibraryImport(Library)] internal static partial TensorHandle ti_sub(TensorHandle a, TensorHandle b, Scalar alpha);
    [LibraryImport(Library)] internal static partial TensorHandle ti_sub_scalar(TensorHandle a, Scalar b, Scalar alpha);
    [LibraryImport(Library)] internal static partial TensorHandle ti_rsub_scalar(TensorHandle a, Scalar b);
    [LibraryImport(Library)] internal static partial TensorHandle ti_mul(TensorHandle a, TensorHandle b);
    [LibraryImport(Library)] internal static partial TensorHandle ti_mul_scalar(TensorHandle a, Scalar b);
    [LibraryImport(Library)] internal static partial TensorHandle ti_div(TensorHandle a, TensorHandle b);
    [LibraryImport(Library)] internal static partial TensorHandle ti_div_scalar(TensorHandle a, Scalar b);
    [LibraryImport(Library)] internal static partial TensorHandle ti_rdiv_scalar(TensorHandle a, Scalar b);
    [LibraryImport(Library)] internal static partial TensorHandle ti_pow(TensorHandle a, TensorHandle b);
    [LibraryImport(Library)] internal static partial TensorHandle ti_pow_scalar(TensorHandle a, Scalar b);
    [LibraryImport(Library)] internal static partial TensorHandle ti_rpow_scalar(TensorHandle a, Scalar b);
    [LibraryImport(Library)] internal static partial int ti_add_(TensorHandle a, TensorHandle b, Scalar alpha);
    [LibraryImport(Library)] internal static partial int ti_add_scalar_(TensorHandle a, Scalar b, Scalar alpha);
    [LibraryImport(Library)] internal static partial int ti_sub_(TensorHandle a, TensorHandle b, Scalar alpha);
    [LibraryImport(Library)] internal static partial int ti_sub_scalar_(TensorHandle a, Scalar b, Scalar alpha);
    [LibraryImport(Library)] internal static partial int ti_mul_(TensorHandle a, TensorHandle b);
    [LibraryImport(Library)] internal static partial int ti_mul_scalar_(TensorHandle a, Scalar b);
    [LibraryImport(Library)] internal static partial int ti_div_(TensorHandle a, TensorHandle b);
    [LibraryImport(Library)] internal static partial int ti_div_scalar_(TensorHandle a, Scalar b);
    [LibraryImport(Library)] internal static partial TensorHandle ti_compare(TensorHandle a, TensorHandle b, int op);
    [LibraryImport(Library)] internal static partial TensorHandle ti_compare_scalar(TensorHandle a, Scalar b, int op);
    [LibraryImport(Library)] internal static partial TensorHandle ti_unary(TensorHandle a, int op);
    [LibraryImport(Library)] internal static partial int ti_unary_(TensorHandle a, int op);
    [LibraryImport(Library)] internal static partial TensorHandle ti_sum(TensorHandle a, int dtype);
    [LibraryImport(Library)] internal static partial TensorHandle ti_sum_dims(TensorHandle a, long* dims, int ndims, int keepDim, int dtype);
    [LibraryImport(Library)] internal static partial TensorHandle ti_mean(TensorHandle a, int dtype);
    [LibraryImport(Library)] internal static partial TensorHandle ti_mean_dims(TensorHandle a, long* dims, int ndims, int keepDim, int dtype);
    [LibraryImport(Library)] internal static partial TensorHandle ti_norm(TensorHandle a, int pIsFro, Scalar p, long* dims, int ndims, int keepDim);
    [LibraryImport(Library)] internal static partial TensorHandle ti_dot(TensorHandle a, TensorHandle b);
    [LibraryImport(Library)] internal static partial TensorHandle ti_mm(TensorHandle a, TensorHandle b);
    [LibraryImport(Library)] internal static partial TensorHandle ti_matmul(TensorHandle a, TensorHandle b);
    [LibraryImport(Library)] internal static partial TensorHandle ti_reshape(TensorHandle a, long* shape, int ndim);
    [LibraryImport(Library)] internal static partial TensorHandle ti_view(TensorHandle a, long* shape, int ndim);
    [LibraryImport(Library)] internal static partial TensorHandle ti_t(TensorHandle a);
    [LibraryImport(Library)] internal static partial TensorHandle ti_transpose(TensorHandle a, long dim0, long dim1);
    [LibraryImport(Library)] internal static partial TensorHandle ti_select(TensorHandle a, long dim, long index);
    [LibraryImport(Library)] internal static partial TensorHandle ti_slice(TensorHandle a, long dim, int hasStart, long start, int hasEnd, long end, long step);
    [LibraryImport(Library)] internal static partial TensorHandle ti_unsqueeze(TensorHandle a, long dim);
    [LibraryImport(Library)] internal static partial TensorHandle ti_cat(IntPtr* tensors, int n, long dim);
    [LibraryImport(Library)] internal static partial TensorHandle ti_to_dtype(TensorHandle a, int dtype);
    [LibraryImport(Library)] internal static partial TensorHandle ti_clone(TensorHandle a);
    [LibraryImport(Library)] internal static partial TensorHandle ti_contiguous(TensorHandle a);
    [LibraryImport(Library)] internal static partial int ti_copy_(TensorHandle destination, TensorHandle source);
    [LibraryImport(Library)] internal static partial int ti_fill_(TensorHandle a, Scalar value);
    [LibraryImport(Library)] internal static partial int ti_zero_(TensorHandle a);
    [LibraryImport(Library)] internal static partial TensorHandle ti_masked_select(TensorHandle a, TensorHandle mask);
    [LibraryImport(Library)] internal static partial int ti_equal(TensorHandle a, TensorHandle b);
}
