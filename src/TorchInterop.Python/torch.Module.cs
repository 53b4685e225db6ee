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

    /// <summary><c>torch.is_tensor(obj)</c></summary>
    public static bool is_tensor(object? obj) => obj is Tensor;

    /// <summary><c>torch.is_storage(obj)</c>: the dialect has no storage objects.</summary>
    public static bool is_storage(object? obj) => false;

    /// <summary><c>torch.as_tensor(data)</c> of .NET numbers: as <c>torch.tensor</c>, there being no buffer to share.</summary>
    public static Tensor as_tensor(double[] data, DType? dtype = null, Device? device = null) => tensor(data, dtype, device);

    /// <summary><c>torch.as_tensor(data)</c> of integers.</summary>
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
