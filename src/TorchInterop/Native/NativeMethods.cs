using System.Runtime.InteropServices;
using System.Runtime.InteropServices.Marshalling;

namespace TorchInterop.Native;

/// <summary>The C ABI of libtorchinterop (native/include/torchinterop.h).</summary>
internal static unsafe partial class NativeMethods
{
    internal const string Library = "torchinterop";

    // Runs before the first native call: the shim is found next to this assembly, not on the system path.
    static NativeMethods()
    {
        NativeLibraryLoader.Register();
        Warnings.Register();
        ForwardStackTrace.Register();
    }

    // ---- errors, lifetime, diagnostics ----
    [LibraryImport(Library)] internal static partial IntPtr ti_last_error();
    [LibraryImport(Library)] internal static partial int ti_last_error_kind();
    [LibraryImport(Library)] internal static partial void ti_tensor_free(IntPtr t);
    [LibraryImport(Library)] internal static partial void ti_tensor_free_batch(IntPtr* handles, int n);
    [LibraryImport(Library)] internal static partial void ti_free_handle_array(IntPtr* handles);
    [LibraryImport(Library)] internal static partial long ti_live_bytes();
    [LibraryImport(Library)] internal static partial int ti_set_num_threads(int n);
    [LibraryImport(Library)] internal static partial int ti_get_num_threads();
    [LibraryImport(Library)] internal static partial IntPtr ti_tensor_share(Tensor t);
    [LibraryImport(Library)] internal static partial long ti_live_tensors();
    [LibraryImport(Library)] internal static partial long ti_live_nodes();

    // ---- creation ----
    [LibraryImport(Library)] internal static partial IntPtr ti_empty(long* shape, int ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial IntPtr ti_zeros(long* shape, int ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial IntPtr ti_ones(long* shape, int ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial IntPtr ti_full(long* shape, int ndim, Scalar value, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial IntPtr ti_rand(long* shape, int ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial IntPtr ti_randn(long* shape, int ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial IntPtr ti_arange(Scalar start, Scalar end, Scalar step, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial IntPtr ti_linspace(Scalar start, Scalar end, long steps, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial IntPtr ti_eye(long n, long m, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Library)] internal static partial IntPtr ti_from_data(void* data, long nbytes, long* shape, int ndim, int dtype, int requiresGrad);
    [LibraryImport(Library)] internal static partial IntPtr ti_scalar_tensor(Scalar value, int dtype, int requiresGrad);
    [LibraryImport(Library)] internal static partial IntPtr ti_wrapped_number(Scalar value);
    [LibraryImport(Library)] internal static partial int ti_is_wrapped_number(Tensor t);
    [LibraryImport(Library)] internal static partial IntPtr ti_number_like(Tensor number, Tensor like);
    [LibraryImport(Library)] internal static partial int ti_manual_seed(ulong seed);
    [LibraryImport(Library)] internal static partial int ti_autocast_cpu_state(out int enabled, out int dtype, out int cacheEnabled);
    [LibraryImport(Library)] internal static partial int ti_autocast_cpu_set(int enabled, int dtype, int cacheEnabled);
    [LibraryImport(Library)] internal static partial int ti_autocast_nest(int enter);
    [LibraryImport(Library)] internal static partial long ti_func_grad_enter();
    [LibraryImport(Library)] internal static partial long ti_func_jvp_enter();
    [LibraryImport(Library)] internal static partial long ti_func_vmap_enter(long batchSize, int randomness);
    [LibraryImport(Library)] internal static partial int ti_func_exit(long level, int transform);
    [LibraryImport(Library)] internal static partial int ti_func_is_batched(Tensor t, long level);
    [LibraryImport(Library)] internal static partial IntPtr ti_func_add_batch_dim(Tensor t, long dim, long level);
    [LibraryImport(Library)] internal static partial IntPtr ti_func_remove_batch_dim(Tensor t, long level, long batchSize, long outDim);
    [LibraryImport(Library)] internal static partial long ti_fwad_enter_level();
    [LibraryImport(Library)] internal static partial int ti_fwad_exit_level(long level);
    [LibraryImport(Library)] internal static partial int ti_fwad_set_enabled(int enabled);
    [LibraryImport(Library)] internal static partial int ti_fwad_is_enabled();
    [LibraryImport(Library)] internal static partial int ti_fwad_unpack(Tensor dual, long level, out IntPtr primal, out IntPtr tangent);
    [LibraryImport(Library)] internal static partial IntPtr ti_func_wrap(Tensor t, long level);
    [LibraryImport(Library)] internal static partial IntPtr ti_func_unwrap(Tensor t, long level);
    [LibraryImport(Library)] internal static partial int ti_func_make_differentiable(Tensor t);
    [LibraryImport(Library)] internal static partial int ti_initial_seed(out ulong seed);
    [LibraryImport(Library)] internal static partial IntPtr ti_get_rng_state();
    [LibraryImport(Library)] internal static partial int ti_set_rng_state(Tensor state);

    // ---- metadata and data ----
    [LibraryImport(Library)] internal static partial int ti_dim(Tensor t);
    [LibraryImport(Library)] internal static partial int ti_sizes(Tensor t, long* output, int capacity);
    [LibraryImport(Library)] internal static partial int ti_strides(Tensor t, long* output, int capacity);
    [LibraryImport(Library)] internal static partial long ti_storage_offset(Tensor t);
    [LibraryImport(Library)] internal static partial long ti_numel(Tensor t);
    [LibraryImport(Library)] internal static partial int ti_dtype(Tensor t);
    [LibraryImport(Library)] internal static partial int ti_device(Tensor t, out int type, out int index);
    [LibraryImport(Library)] internal static partial long ti_nbytes(Tensor t);
    [LibraryImport(Library)] internal static partial int ti_item(Tensor t, out Scalar value);
    [LibraryImport(Library)] internal static partial int ti_copy_to_host(Tensor t, int dtype, void* destination, long capacity);

    // ---- autograd ----
    [LibraryImport(Library)] internal static partial int ti_requires_grad(Tensor t);
    [LibraryImport(Library)] internal static partial int ti_set_requires_grad(Tensor t, int requiresGrad, int asMethod);
    [LibraryImport(Library)] internal static partial int ti_is_leaf(Tensor t);
    [LibraryImport(Library)] internal static partial int ti_grad(Tensor t, out IntPtr grad);
    [LibraryImport(Library)] internal static partial IntPtr ti_grad_identity(Tensor t);
    [LibraryImport(Library)] internal static partial int ti_set_grad(Tensor t, Tensor? grad);
    [LibraryImport(Library)] internal static partial int ti_retain_grad(Tensor t);
    [LibraryImport(Library)] internal static partial int ti_retains_grad(Tensor t);
    [LibraryImport(Library)] internal static partial IntPtr ti_detach(Tensor t);
    [LibraryImport(Library)] internal static partial int ti_detach_(Tensor t);
    [LibraryImport(Library)] internal static partial int ti_backward(IntPtr* tensors, int n, IntPtr* grads, int retainGraph, int createGraph, IntPtr* inputs, int ninputs);
    [LibraryImport(Library)] internal static partial int ti_autograd_grad(IntPtr* outputs, int n, IntPtr* inputs, int ninputs, IntPtr* gradOutputs, int retainGraph, int createGraph, int allowUnused, IntPtr* results);
    [LibraryImport(Library)] internal static partial int ti_is_grad_enabled();
    [LibraryImport(Library)] internal static partial int ti_set_grad_enabled(int enabled);
    [LibraryImport(Library)] internal static partial int ti_is_inference_mode_enabled();
    [LibraryImport(Library)] internal static partial IntPtr ti_inference_mode_enter(int enabled);
    [LibraryImport(Library)] internal static partial void ti_inference_mode_exit(IntPtr guard);
    [LibraryImport(Library)] internal static partial int ti_is_inference(Tensor t);

    // ---- warnings ----
    [LibraryImport(Library)] internal static partial void ti_set_warning_callback(delegate* unmanaged<byte*, byte*, int, int, void> callback);

    // ---- hooks ----
    [LibraryImport(Library)] internal static partial int ti_register_hook(Tensor t, delegate* unmanaged<IntPtr, IntPtr, int*, IntPtr> hook, delegate* unmanaged<IntPtr, void> release, IntPtr state, out int position);
    [LibraryImport(Library)] internal static partial int ti_remove_hook(Tensor t, int position);
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)] internal static partial void ti_set_hook_error(string message);

    // ---- grad_fn nodes ----
    [LibraryImport(Library)] internal static partial int ti_grad_fn(Tensor t, out NodeHandle node);
    [LibraryImport(Library)] internal static partial IntPtr ti_grad_fn_identity(Tensor t);
    [LibraryImport(Library)] internal static partial void ti_node_free(IntPtr node);
    [LibraryImport(Library)] internal static partial IntPtr ti_node_identity(NodeHandle node);
    [LibraryImport(Library)] internal static partial IntPtr ti_node_name(NodeHandle node);
    [LibraryImport(Library)] internal static partial int ti_node_num_next(NodeHandle node);
    [LibraryImport(Library)] internal static partial int ti_node_variable(NodeHandle node, out IntPtr variable);
    [LibraryImport(Library)] internal static partial int ti_node_next(NodeHandle node, int i, out NodeHandle function, out int inputNr);

    // ---- operators ----
    [LibraryImport(Library)] internal static partial IntPtr ti_add_scalar(Tensor a, Scalar b, Scalar alpha);
    [LibraryImport(Library)] internal static partial IntPtr ti_sub_scalar(Tensor a, Scalar b, Scalar alpha);
    [LibraryImport(Library)] internal static partial IntPtr ti_rsub_scalar(Tensor a, Scalar b);
    [LibraryImport(Library)] internal static partial IntPtr ti_mul_scalar(Tensor a, Scalar b);
    [LibraryImport(Library)] internal static partial IntPtr ti_div_scalar(Tensor a, Scalar b);
    [LibraryImport(Library)] internal static partial IntPtr ti_rdiv_scalar(Tensor a, Scalar b);
    [LibraryImport(Library)] internal static partial IntPtr ti_rpow_scalar(Tensor a, Scalar b);
    [LibraryImport(Library)] internal static partial int ti_add_scalar_(Tensor a, Scalar b, Scalar alpha);
    [LibraryImport(Library)] internal static partial int ti_sub_scalar_(Tensor a, Scalar b, Scalar alpha);
    [LibraryImport(Library)] internal static partial int ti_mul_scalar_(Tensor a, Scalar b);
    [LibraryImport(Library)] internal static partial int ti_div_scalar_(Tensor a, Scalar b);
    [LibraryImport(Library)] internal static partial IntPtr ti_norm(Tensor a, int pIsFro, Scalar p, long* dims, int ndims, int keepDim);
    [LibraryImport(Library)] internal static partial IntPtr ti_contiguous(Tensor a);
    [LibraryImport(Library)] internal static partial IntPtr ti_cross_entropy(Tensor input, Tensor target, int reduction);
}
