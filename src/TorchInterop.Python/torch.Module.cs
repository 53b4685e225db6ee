using System.Runtime.CompilerServices;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
// Module-level names of torch that tutorials use: constants, the default dtype, threads, seeds, type tests.
public static partial class torch
{
    /// <summary><c>torch.pi</c></summary>
    public const double pi = Math.PI;

    /// <summary><c>torch.e</c></summary>
    public const double e = Math.E;

    /// <summary><c>torch.inf</c></summary>
    public const double inf = double.PositiveInfinity;

    /// <summary><c>torch.nan</c></summary>
    public const double nan = double.NaN;

    /// <summary><c>torch.get_default_dtype()</c>: float32.</summary>
    public static DType get_default_dtype() => Torch.DefaultDtype;

    /// <summary><c>torch.get_num_threads()</c>: LibTorch's intra-op threads.</summary>
    public static long get_num_threads() => Torch.GetNumThreads();

    /// <summary><c>torch.set_num_threads(n)</c></summary>
    public static void set_num_threads(int n) => Torch.SetNumThreads(n);

    /// <summary><c>torch.initial_seed()</c>: the default generator's seed.</summary>
    public static ulong initial_seed() => Torch.InitialSeed();

    /// <summary><c>torch.has_openmp</c></summary>
    public static bool has_openmp => Torch.Build.HasOpenMP;

    /// <summary><c>torch.has_mkl</c></summary>
    public static bool has_mkl => Torch.Build.HasMkl;

    /// <summary><c>torch.has_lapack</c></summary>
    public static bool has_lapack => Torch.Build.HasLapack;

    /// <summary><c>torch.has_mkldnn</c></summary>
    public static bool has_mkldnn => Torch.Build.HasMkldnn;

    /// <summary><c>torch.has_mps</c></summary>
    public static bool has_mps => Torch.Build.HasMps;

    /// <summary><c>torch.has_cuda</c></summary>
    public static bool has_cuda => Torch.Build.HasCuda;

    /// <summary><c>torch.has_cudnn</c></summary>
    public static bool has_cudnn => Torch.Build.HasCudnn;

    /// <summary><c>torch.has_spectral</c>: LibTorch's FFT ops are always there.</summary>
    public static bool has_spectral => true;

    /// <summary><c>torch.use_deterministic_algorithms(mode, warn_only=False)</c></summary>
    public static void use_deterministic_algorithms(bool mode, bool warn_only = false) => Torch.UseDeterministicAlgorithms(mode, warn_only);

    /// <summary><c>torch.are_deterministic_algorithms_enabled()</c></summary>
    public static bool are_deterministic_algorithms_enabled() => Torch.AreDeterministicAlgorithmsEnabled();

    /// <summary><c>torch.is_deterministic_algorithms_warn_only_enabled()</c></summary>
    public static bool is_deterministic_algorithms_warn_only_enabled() => Torch.IsDeterministicAlgorithmsWarnOnlyEnabled();

    /// <summary><c>torch.get_deterministic_debug_mode()</c></summary>
    public static long get_deterministic_debug_mode() => Torch.GetDeterministicDebugMode();

    /// <summary><c>torch.set_deterministic_debug_mode(mode)</c></summary>
    public static void set_deterministic_debug_mode(int debug_mode) => Torch.SetDeterministicDebugMode(debug_mode);

    /// <summary><c>torch.set_deterministic_debug_mode("warn")</c></summary>
    public static void set_deterministic_debug_mode(string debug_mode) => Torch.SetDeterministicDebugMode(debug_mode);

    /// <summary><c>torch.set_flush_denormal(mode)</c></summary>
    public static bool set_flush_denormal(bool mode) => Torch.SetFlushDenormal(mode);

    /// <summary><c>torch.is_warn_always_enabled()</c></summary>
    public static bool is_warn_always_enabled() => Torch.IsWarnAlwaysEnabled();

    /// <summary><c>torch.set_warn_always(b)</c></summary>
    public static void set_warn_always(bool b) => Torch.SetWarnAlways(b);

    /// <summary><c>torch.get_num_interop_threads()</c></summary>
    public static long get_num_interop_threads() => Torch.GetNumInteropThreads();

    /// <summary><c>torch.set_num_interop_threads(n)</c></summary>
    public static void set_num_interop_threads(int n) => Torch.SetNumInteropThreads(n);

    /// <summary><c>torch.typename(obj)</c>: the legacy type of a tensor (<c>torch.FloatTensor</c>), else the .NET type's name.</summary>
    public static string typename(object obj) => obj is Tensor t ? t.TypeName() : obj.GetType().FullName ?? obj.GetType().Name;

    /// <summary><c>torch.is_tensor(obj)</c></summary>
    public static bool is_tensor(object? obj) => obj is Tensor;

    /// <summary><c>torch.is_storage(obj)</c>: the dialect has no storage objects.</summary>
    public static bool is_storage(object? obj) => false;

    /// <summary><c>torch.as_tensor(data)</c> of .NET numbers: as <c>torch.tensor</c>, there being no buffer to share.</summary>
    public static Tensor as_tensor(double[] data, DType? dtype = null, Device? device = null) => tensor(data, dtype, device);

    /// <summary><c>torch.as_tensor(data)</c> of integers.</summary>
    [OverloadResolutionPriority(1)] // takes torch.as_tensor([]) (the default dtype, as torch.tensor([]))
    public static Tensor as_tensor(long[] data, DType? dtype = null, Device? device = null) => tensor(data, dtype, device);

    /// <summary><c>torch.as_tensor(data)</c> of bools.</summary>
    public static Tensor as_tensor(bool[] data, DType? dtype = null, Device? device = null) => tensor(data, dtype, device);

    /// <summary><c>torch.as_tensor(t, dtype=None, device=None)</c>: the tensor itself when it already has them.</summary>
    public static Tensor as_tensor(Tensor data, DType? dtype = null, Device? device = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        bool sameDtype = dtype is null || dtype == data.Dtype, sameDevice = device is null || device == data.Device;
        return sameDtype && sameDevice ? data : data.To(device ?? data.Device, dtype);
    }

    /// <summary><c>torch.numel(input)</c></summary>
    public static long numel(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.NumEl;
    }
}
#pragma warning restore CS8981, IDE1006
