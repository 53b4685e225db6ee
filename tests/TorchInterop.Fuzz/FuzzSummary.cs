using System.Text.Json;

namespace TorchInterop.Fuzz;

/// <summary>What one fuzzing run did: calls, exceptions by type, unexpected exceptions, leaked native handles.</summary>
internal sealed class FuzzSummary
{
    public int Seed { get; init; }

    public long Calls { get; set; }

    public SortedDictionary<string, long> ExceptionsByType { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Exceptions of a type the API must not throw, or without a message: "call N (description): type: message".</summary>
    public List<string> Unexpected { get; init; } = [];

    public long LeakedTensors { get; set; }

    public long LeakedNodes { get; set; }

    public double Seconds { get; set; }

    public string ToJson() => JsonSerializer.Serialize(this);

    public static FuzzSummary? FromJson(string line) => JsonSerializer.Deserialize<FuzzSummary>(line);
}
