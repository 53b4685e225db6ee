namespace TorchInterop.Data;

// The seeds PyTorch's Python code draws: torch.empty((), dtype=torch.int64).random_(generator=g).item().
internal static class RandomSeed
{
    internal static long Draw(Generator? generator)
    {
        using var t = Torch.Empty([], DType.Int64);
        t.Random_(generator);
        return t.Item<long>();
    }
}
