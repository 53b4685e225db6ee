#if LIBTORCH_2
using System.Globalization;

namespace TorchInterop.NN;

/// <summary>
/// PyTorch 2.x's <c>torch.nn.LinearCrossEntropyOptions(allow_retain_graph=False, batch_chunk_size=None,
/// chunking_method='auto', acc_policy='auto', acc_dtype=None)</c>: opts <see cref="Functional.LinearCrossEntropy"/>
/// into its batch-chunked path. Immutable and checked on construction, as PyTorch's frozen dataclass is.
/// </summary>
public sealed record LinearCrossEntropyOptions
{
    private static readonly string[] s_accPolicies = ["auto", "accurate", "compact"];

    /// <summary>Options with PyTorch's checks (<c>ValueError</c> for an unknown policy, chunking method, chunk size or dtype).</summary>
    public LinearCrossEntropyOptions(bool allowRetainGraph = false, long? batchChunkSize = null, string? chunkingMethod = "auto",
        string accPolicy = "auto", DType? accDtype = null)
    {
        ArgumentNullException.ThrowIfNull(accPolicy);
        if (!s_accPolicies.Contains(accPolicy))
            throw ValueError($"invalid acc_policy: '{accPolicy}'; expected one of {string.Join(", ", s_accPolicies.Select(p => $"'{p}'"))}");
        if (chunkingMethod is not null && chunkingMethod != "auto" && AspectRatioFactor(chunkingMethod) is null)
            throw ValueError($"invalid chunking_method: '{chunkingMethod}'");
        if (batchChunkSize is <= 0) throw ValueError($"batch_chunk_size must be positive int or None, got {batchChunkSize}");
        if (accDtype is { } d && d is not (DType.Float16 or DType.BFloat16 or DType.Float32 or DType.Float64))
            throw ValueError("acc_dtype must be one of {None, torch.float16, torch.bfloat16, torch.float32, torch.float64}, " +
                $"got {d.PythonName()}. Pass acc_dtype=None to let the op pick automatically.");
        AllowRetainGraph = allowRetainGraph;
        BatchChunkSize = batchChunkSize;
        ChunkingMethod = chunkingMethod;
        AccPolicy = accPolicy;
        AccDtype = accDtype;
    }

    /// <summary>Whether a second backward through the scalar reductions is allowed (one extra gradient-sized buffer).</summary>
    public bool AllowRetainGraph { get; init; }

    /// <summary>Batch rows per chunk, or null for one chunk (or the chunking method's choice).</summary>
    public long? BatchChunkSize { get; init; }

    /// <summary><c>"auto"</c>, <c>"aspect_ratio"</c>, <c>"aspect_ratio:N"</c>, or null to use <see cref="BatchChunkSize"/>.</summary>
    public string? ChunkingMethod { get; init; }

    /// <summary><c>"auto"</c>, <c>"accurate"</c> or <c>"compact"</c>: which intermediates are kept in <see cref="AccDtype"/>.</summary>
    public string AccPolicy { get; init; }

    /// <summary>The accumulation dtype, or null to resolve it per call.</summary>
    public DType? AccDtype { get; init; }

    /// <summary>The dataclass repr PyTorch prints.</summary>
    public override string ToString() =>
        $"LinearCrossEntropyOptions(allow_retain_graph={(AllowRetainGraph ? "True" : "False")}, " +
        $"batch_chunk_size={(BatchChunkSize is { } b ? b.ToString(CultureInfo.InvariantCulture) : "None")}, " +
        $"chunking_method={(ChunkingMethod is null ? "None" : $"'{ChunkingMethod}'")}, acc_policy='{AccPolicy}', " +
        $"acc_dtype={(AccDtype is { } d ? d.PythonName() : "None")})";

    /// <summary>
    /// PyTorch's <c>_adjust</c>: the options resolved for one call (policy, chunking method, chunk size and
    /// accumulation dtype made concrete); a <c>ValueError</c> when an explicit chunk size and method disagree.
    /// </summary>
    public LinearCrossEntropyOptions Adjust(long numBatches, long inFeatures, long numClasses, DType dtype, bool onCpu = true, bool probTarget = false)
    {
        string? method = ChunkingMethod;
        bool methodWasAuto = method == "auto";
        if (methodWasAuto && BatchChunkSize is not null) method = null;
        string policy = AccPolicy == "auto" ? (onCpu && dtype is DType.Float16 or DType.BFloat16 ? "accurate" : "compact") : AccPolicy;
        if (method == "auto") method = "aspect_ratio";
        long chunk = BatchChunkSize is { } given ? Math.Min(given, numBatches) : numBatches;
        if (method is not null)
        {
            chunk = AspectRatioChunk(numBatches, inFeatures, numClasses, AspectRatioFactor(method)!.Value);
            if (methodWasAuto && policy == "compact")
            {
                long reference = probTarget ? numBatches / 2 : numBatches * numClasses / (4 * inFeatures);
                reference = reference >= 1 ? 1L << (int)(63 - long.LeadingZeroCount(reference)) : 1;
                chunk = Math.Max(1, Math.Min(chunk, reference));
            }
            if (BatchChunkSize is { } explicitSize && explicitSize != chunk)
                throw ValueError($"batch_chunk_size (={explicitSize}) and chunking_method ('{method}') give different chunk sizes " +
                    $"({explicitSize} vs {chunk}); pass only one.");
        }
        // "auto" accumulates fp16/bf16 in fp32 (CPU has the mixed-precision path); otherwise the input's dtype.
        DType accDtype = AccDtype ?? (AccPolicy == "auto" && onCpu && dtype is DType.Float16 or DType.BFloat16 ? DType.Float32 : dtype);
        return this with { AccPolicy = policy, ChunkingMethod = method, BatchChunkSize = Math.Max(1, chunk), AccDtype = accDtype };
    }

    // "aspect_ratio" or "aspect_ratio:N" (N a positive integer): its factor; null for anything else.
    private static long? AspectRatioFactor(string method)
    {
        int colon = method.IndexOf(':');
        string name = colon < 0 ? method : method[..colon], factor = colon < 0 ? "1" : method[(colon + 1)..];
        if (name != "aspect_ratio" || factor.Length == 0 || !factor.All(char.IsAsciiDigit)) return null;
        return long.TryParse(factor, NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n > 0 ? n : null;
    }

    // Chunks whose (chunk, classes) logits match the (batches, in_features) input in memory, next power of two, over the factor.
    private static long AspectRatioChunk(long numBatches, long inFeatures, long numClasses, long factor)
    {
        long growth = CeilDiv(numClasses, inFeatures);
        long target = CeilDiv(numBatches, growth);
        long powerOfTwo = target - 1 <= 0 ? 1 : 1L << (int)(64 - long.LeadingZeroCount(target - 1));
        return Math.Min(powerOfTwo / factor, numBatches);
    }

    // ceil(a / b) for a >= 0, b > 0.
    private static long CeilDiv(long a, long b) => (a + b - 1) / b;

    private static TorchException ValueError(string message) => new(message, TorchErrorKind.ValueError);
}
#endif
