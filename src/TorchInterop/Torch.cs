using TorchInterop.Formatting;
using TorchInterop.Native;

namespace TorchInterop;

/// <summary>Tensor factories and functions (Python's <c>torch.*</c> namespace).</summary>
public static partial class Torch
{
    /// <summary>
    /// The dtype of floating-point tensors when none is given: float32 unless <see cref="SetDefaultDtype"/> changed it
    /// (LibTorch's process-wide default, which its factories read too).
    /// </summary>
    public static DType DefaultDtype => (DType)Check.Status(NativeMethods.ti_default_dtype());

    /// <summary>Seeds the default CPU generator; the same seed gives the same numbers as Python's <c>torch.manual_seed</c>.</summary>
    public static void ManualSeed(ulong seed) => Check.Status(NativeMethods.ti_manual_seed(seed));

    /// <summary>Seeds the default CPU generator (negative seeds wrap as in Python).</summary>
    public static void ManualSeed(long seed) => ManualSeed(unchecked((ulong)seed));

    /// <summary>The seed of the default CPU generator.</summary>
    public static ulong InitialSeed()
    {
        Check.Status(NativeMethods.ti_initial_seed(out ulong seed));
        return seed;
    }

    /// <summary>The default CPU generator's state, a uint8 tensor (Python's <c>torch.get_rng_state()</c>).</summary>
    public static Tensor GetRngState() => global::TorchInterop.Tensor.From(NativeMethods.ti_get_rng_state());

    /// <summary>Restores a state from <see cref="GetRngState"/> (Python's <c>torch.set_rng_state</c>).</summary>
    public static void SetRngState(Tensor newState)
    {
        ArgumentNullException.ThrowIfNull(newState);
        Check.Status(NativeMethods.ti_set_rng_state(newState));
    }

    /// <summary>
    /// Opens a <see cref="DisposeScope"/>: tensors created until it is disposed are disposed with it.
    /// <c>using var scope = Torch.NewDisposeScope();</c>
    /// </summary>
    public static DisposeScope NewDisposeScope() => new();

    /// <summary>Number of threads LibTorch uses within one operation (Python's <c>torch.set_num_threads</c>).</summary>
    public static void SetNumThreads(int threads) => Check.Status(NativeMethods.ti_set_num_threads(threads));

    /// <summary>Python's <c>torch.get_num_threads()</c>.</summary>
    public static int GetNumThreads() => NativeMethods.ti_get_num_threads();

    /// <summary>
    /// How many native tensor handles (<paramref name="handles"/>) or bytes (<paramref name="bytes"/>) undisposed
    /// tensors may accumulate before the library asks the GC to collect them (defaults: 512 handles, 64 MiB).
    /// Lower values bound memory more tightly; higher values collect less often.
    /// </summary>
    public static void SetCollectionBudget(long handles, long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(handles);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytes);
        CollectionPolicy.HandleBudget = handles;
        CollectionPolicy.ByteBudget = bytes;
    }

    /// <summary>Cross-entropy between logits and class indices, as <c>torch.nn.functional.cross_entropy</c> (mean by default).</summary>
    public static Tensor CrossEntropy(Tensor input, Tensor target, Reduction reduction = Reduction.Mean) =>
        TorchInterop.Tensor.From(NativeMethods.ti_cross_entropy(NotNull(input), NotNull(target), (int)reduction));

    /// <summary>Sets how tensors print, as Python's <c>torch.set_printoptions</c> (a call without <paramref name="sciMode"/> resets it to automatic).</summary>
    public static void SetPrintOptions(int? precision = null, double? threshold = null, int? edgeItems = null,
        int? lineWidth = null, string? profile = null, bool? sciMode = null) =>
        PrintOptions.Set(precision, threshold, edgeItems, lineWidth, profile, sciMode);

    /// <summary>Joins tensors along an existing dimension.</summary>
    public static unsafe Tensor Cat(IReadOnlyList<Tensor> tensors, long dim = 0)
    {
        using var handles = HandleList.NonNull(tensors, nameof(tensors));
        IntPtr result;
        fixed (IntPtr* p = handles.Pointers) return TorchInterop.Tensor.Result(NativeMethods.tig_cat(&result, p, tensors.Count, dim), result);
    }

    /// <summary>Python's <c>torch.pow(number, tensor)</c> (<c>PowBackward2</c>; for Python's <c>number ** tensor</c> use <see cref="Tensor.RPow"/>).</summary>
    public static unsafe Tensor Pow(Scalar self, Tensor exponent)
    {
        IntPtr result;
        return TorchInterop.Tensor.Result(NativeMethods.tig_pow_Scalar(&result, self, NotNull(exponent)), result);
    }

    /// <summary>Python's <c>torch.pow(tensor, exponent)</c>.</summary>
    public static Tensor Pow(Tensor self, Scalar exponent) => NotNull(self).Pow(exponent);

    /// <summary>Python's <c>torch.pow(tensor, tensor)</c>.</summary>
    public static Tensor Pow(Tensor self, Tensor exponent) => NotNull(self).Pow(exponent);

    /// <summary>Dot product of two 1-D tensors.</summary>
    public static Tensor Dot(Tensor a, Tensor b) => NotNull(a).Dot(b);

    /// <summary>Matrix product of two 2-D tensors.</summary>
    public static Tensor Mm(Tensor a, Tensor b) => NotNull(a).Mm(b);

    /// <summary>Matrix product with broadcasting.</summary>
    public static Tensor Matmul(Tensor a, Tensor b) => NotNull(a).Matmul(b);

    /// <summary>Sine.</summary>
    public static Tensor Sin(Tensor x) => NotNull(x).Sin();
    /// <summary>Cosine.</summary>
    public static Tensor Cos(Tensor x) => NotNull(x).Cos();
    /// <summary>Exponential.</summary>
    public static Tensor Exp(Tensor x) => NotNull(x).Exp();
    /// <summary>Natural logarithm.</summary>
    public static Tensor Log(Tensor x) => NotNull(x).Log();
    /// <summary>Square root.</summary>
    public static Tensor Sqrt(Tensor x) => NotNull(x).Sqrt();
    /// <summary>Absolute value.</summary>
    public static Tensor Abs(Tensor x) => NotNull(x).Abs();
    /// <summary>Hyperbolic tangent.</summary>
    public static Tensor Tanh(Tensor x) => NotNull(x).Tanh();
    /// <summary>Logistic sigmoid.</summary>
    public static Tensor Sigmoid(Tensor x) => NotNull(x).Sigmoid();
    /// <summary>max(x, 0).</summary>
    public static Tensor Relu(Tensor x) => NotNull(x).Relu();
    /// <summary>Sum of all elements.</summary>
    public static Tensor Sum(Tensor x) => NotNull(x).Sum();
    /// <summary>Mean of all elements.</summary>
    public static Tensor Mean(Tensor x) => NotNull(x).Mean();
    /// <summary>Frobenius norm, as Python's <c>torch.norm(x)</c>.</summary>
    public static Tensor Norm(Tensor x) => NotNull(x).Norm();
    /// <summary>Reshapes (see <see cref="Tensor.Reshape"/>).</summary>
    public static Tensor Reshape(Tensor x, params long[] shape) => NotNull(x).Reshape(shape);
    /// <summary>Transpose of a 2-D tensor.</summary>
    public static unsafe Tensor T(Tensor x)
    {
        IntPtr result;
        return TorchInterop.Tensor.Result(NativeMethods.tig_t(&result, NotNull(x)), result);
    }
    /// <summary>Swaps two dimensions.</summary>
    public static Tensor Transpose(Tensor x, long dim0, long dim1) => NotNull(x).Transpose(dim0, dim1);

    private static Tensor NotNull(Tensor tensor, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(tensor))] string? name = null) =>
        tensor ?? throw new ArgumentNullException(name);
}
