namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>torch's module-level switches: the default dtype, anomaly mode, autocast state, matmul precision, seeds.</summary>
public static partial class torch
{
    /// <summary><c>torch.set_default_dtype(d)</c>: float16, bfloat16, float32 or float64.</summary>
    public static void set_default_dtype(DType d) => Torch.SetDefaultDtype(d);

    /// <summary>
    /// <c>torch.set_default_tensor_type("torch.DoubleTensor")</c>: the legacy tensor type's name sets the default dtype
    /// (the class objects <c>torch.DoubleTensor</c> are not in the dialect: pass their names).
    /// </summary>
    public static void set_default_tensor_type(string t)
    {
        ArgumentNullException.ThrowIfNull(t);
        if (LibTorch.IsAtLeast(2))
            Warnings.Raise("torch.set_default_tensor_type() is deprecated as of PyTorch 2.1, please use torch.set_default_dtype() " +
                           "and torch.set_default_device() as alternatives.");
        var dtype = Tensor.DtypeOfTypeName(t);
        if (!dtype.IsFloatingPoint())
            throw new TorchException("only floating-point types are supported as the default type", TorchErrorKind.TypeError);
        Torch.SetDefaultDtype(dtype);
    }

    /// <summary><c>torch.finfo(dtype)</c>; <c>torch.finfo()</c> is the default dtype's.</summary>
    public static FloatInfo finfo(DType? type = null) => Torch.FInfo(type);

    /// <summary><c>torch.iinfo(dtype)</c></summary>
    public static IntInfo iinfo(DType type) => Torch.IInfo(type);

    /// <summary><c>torch.seed()</c>: seeds the default generator non-deterministically and returns the seed.</summary>
    public static ulong seed() => Torch.Seed();

    /// <summary><c>torch.default_generator</c>: the default CPU generator.</summary>
    public static global::TorchInterop.Generator default_generator => global::TorchInterop.Generator.Default;

    /// <summary><c>torch.get_device(t)</c>: -1 on the CPU.</summary>
    public static long get_device(Tensor input) => input.GetDevice();

    /// <summary><c>torch.init_num_threads()</c></summary>
    public static void init_num_threads() => Torch.InitNumThreads();

    /// <summary><c>torch.get_float32_matmul_precision()</c>: "highest", "high" or "medium".</summary>
    public static string get_float32_matmul_precision() => Torch.GetFloat32MatmulPrecision();

    /// <summary><c>torch.set_float32_matmul_precision(precision)</c> (no effect on CPU matmuls).</summary>
    public static void set_float32_matmul_precision(string precision) => Torch.SetFloat32MatmulPrecision(precision);

    // ---- anomaly mode -------------------------------------------------------------------------------------------
    /// <summary><c>torch.is_anomaly_enabled()</c></summary>
    public static bool is_anomaly_enabled() => Autograd.IsAnomalyEnabled;

    /// <summary><c>torch.is_anomaly_check_nan_enabled()</c></summary>
    public static bool is_anomaly_check_nan_enabled() => Autograd.IsAnomalyCheckNanEnabled;

    /// <summary><c>torch.set_anomaly_enabled(enabled, check_nan=True)</c></summary>
    public static void set_anomaly_enabled(bool enabled, bool check_nan = true) => Autograd.SetAnomalyEnabled(enabled, check_nan);

    // ---- autocast state -----------------------------------------------------------------------------------------
    /// <summary><c>torch.is_autocast_enabled()</c>: the CUDA switch (never on in this CPU build unless set by hand).</summary>
    public static bool is_autocast_enabled() => AutocastState.IsEnabled("cuda");

    /// <summary><c>torch.is_autocast_cpu_enabled()</c></summary>
    public static bool is_autocast_cpu_enabled() => AutocastState.IsEnabled("cpu");

    /// <summary><c>torch.set_autocast_cpu_enabled(enabled)</c></summary>
    public static void set_autocast_cpu_enabled(bool enabled) => AutocastState.SetEnabled("cpu", enabled);

    /// <summary><c>torch.set_autocast_enabled(enabled)</c>: the CUDA switch.</summary>
    public static void set_autocast_enabled(bool enabled) => AutocastState.SetEnabled("cuda", enabled);

    /// <summary><c>torch.get_autocast_cpu_dtype()</c></summary>
    public static DType get_autocast_cpu_dtype() => AutocastState.GetDtype("cpu");

    /// <summary><c>torch.set_autocast_cpu_dtype(dtype)</c></summary>
    public static void set_autocast_cpu_dtype(DType dtype) => AutocastState.SetDtype("cpu", dtype);

    /// <summary><c>torch.get_autocast_gpu_dtype()</c></summary>
    public static DType get_autocast_gpu_dtype() => AutocastState.GetDtype("cuda");

    /// <summary><c>torch.set_autocast_gpu_dtype(dtype)</c></summary>
    public static void set_autocast_gpu_dtype(DType dtype) => AutocastState.SetDtype("cuda", dtype);

    /// <summary><c>torch.is_autocast_cache_enabled()</c></summary>
    public static bool is_autocast_cache_enabled() => AutocastState.IsCacheEnabled;

    /// <summary><c>torch.set_autocast_cache_enabled(enabled)</c></summary>
    public static void set_autocast_cache_enabled(bool enabled) => AutocastState.IsCacheEnabled = enabled;

    /// <summary><c>torch.clear_autocast_cache()</c></summary>
    public static void clear_autocast_cache() => AutocastState.ClearCache();

    /// <summary><c>torch.autocast_increment_nesting()</c>: the new depth.</summary>
    public static long autocast_increment_nesting() => AutocastState.IncrementNesting();

    /// <summary><c>torch.autocast_decrement_nesting()</c>: the new depth.</summary>
    public static long autocast_decrement_nesting() => AutocastState.DecrementNesting();

#if LIBTORCH_2
    /// <summary><c>torch.set_autocast_enabled(device_type, enabled)</c></summary>
    public static void set_autocast_enabled(string device_type, bool enabled) => AutocastState.SetEnabled(device_type, enabled);

    /// <summary><c>torch.get_autocast_dtype(device_type)</c></summary>
    public static DType get_autocast_dtype(string device_type) => AutocastState.GetDtype(device_type);

    /// <summary><c>torch.set_autocast_dtype(device_type, dtype)</c></summary>
    public static void set_autocast_dtype(string device_type, DType dtype) => AutocastState.SetDtype(device_type, dtype);

    /// <summary><c>torch.is_autocast_ipu_enabled()</c></summary>
    public static bool is_autocast_ipu_enabled() => AutocastState.IsEnabled("ipu");

    /// <summary><c>torch.set_autocast_ipu_enabled(enabled)</c></summary>
    public static void set_autocast_ipu_enabled(bool enabled) => AutocastState.SetEnabled("ipu", enabled);

    /// <summary><c>torch.get_autocast_ipu_dtype()</c></summary>
    public static DType get_autocast_ipu_dtype() => AutocastState.GetDtype("ipu");

    /// <summary><c>torch.set_autocast_ipu_dtype(dtype)</c></summary>
    public static void set_autocast_ipu_dtype(DType dtype) => AutocastState.SetDtype("ipu", dtype);

    /// <summary><c>torch.is_autocast_xla_enabled()</c></summary>
    public static bool is_autocast_xla_enabled() => AutocastState.IsEnabled("xla");

    /// <summary><c>torch.set_autocast_xla_enabled(enabled)</c></summary>
    public static void set_autocast_xla_enabled(bool enabled) => AutocastState.SetEnabled("xla", enabled);

    /// <summary><c>torch.get_autocast_xla_dtype()</c></summary>
    public static DType get_autocast_xla_dtype() => AutocastState.GetDtype("xla");

    /// <summary><c>torch.set_autocast_xla_dtype(dtype)</c></summary>
    public static void set_autocast_xla_dtype(DType dtype) => AutocastState.SetDtype("xla", dtype);
#endif
}
#pragma warning restore CS8981, IDE1006
