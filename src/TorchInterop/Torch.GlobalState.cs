using TorchInterop.Native;

namespace TorchInterop;

public static partial class Torch
{
    /// <summary>
    /// Sets the default floating-point dtype (Python's <c>torch.set_default_dtype</c>): factories without a dtype and
    /// tensors made from .NET floating-point numbers then have it. Only float16, bfloat16, float32 and float64 are allowed.
    /// </summary>
    public static void SetDefaultDtype(DType dtype)
    {
        if (!dtype.IsFloatingPoint())
            throw new TorchException("only floating-point types are supported as the default type", TorchErrorKind.TypeError);
        Check.Status(NativeMethods.ti_set_default_dtype((int)dtype));
    }

    /// <summary>Python's <c>torch.get_float32_matmul_precision()</c>: "highest", "high" or "medium".</summary>
    public static string GetFloat32MatmulPrecision() => Check.Status(NativeMethods.ti_float32_matmul_precision()) switch
    {
        0 => "highest",
        1 => "high",
        _ => "medium",
    };

    /// <summary>
    /// Python's <c>torch.set_float32_matmul_precision(precision)</c>. Like LibTorch, an unknown name only warns and
    /// changes nothing. It has no effect on this CPU build's matmuls (it selects TF32 and bfloat16 paths on GPUs).
    /// </summary>
    public static void SetFloat32MatmulPrecision(string precision)
    {
        ArgumentNullException.ThrowIfNull(precision);
        int code = precision switch { "highest" => 0, "high" => 1, "medium" => 2, _ => -1 };
        if (code < 0)
        {
            Warnings.Raise($"{precision} is not one of 'highest', 'high', or 'medium'; the current" +
                           "setFloat32MatmulPrecision call has no effect.");
            return;
        }
        Check.Status(NativeMethods.ti_set_float32_matmul_precision(code));
    }

    /// <summary>Initializes LibTorch's intra-op thread pool for the calling thread (Python's <c>torch.init_num_threads()</c>).</summary>
    public static void InitNumThreads() => Check.Status(NativeMethods.ti_init_num_threads());

    /// <summary>Seeds the default CPU generator from a non-deterministic source and returns the seed (Python's <c>torch.seed()</c>).</summary>
    public static ulong Seed() => Generator.Default.Seed();
}
