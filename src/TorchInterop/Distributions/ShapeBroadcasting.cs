namespace TorchInterop.Distributions;

/// <summary>
/// Python's <c>torch.broadcast_shapes</c> as the multivariate distributions call it, with each version's check and
/// message (1.x's loop in <c>torch.functional</c>, 2.x's <c>torch._refs._broadcast_shapes</c>).
/// </summary>
internal static class ShapeBroadcasting
{
    public static long[] BroadcastShapes(params long[][] shapes)
    {
        if (shapes.Length == 0) return [];
        var common = Enumerable.Repeat(1L, shapes.Max(s => s.Length)).ToArray();
        for (int arg = 0; arg < shapes.Length; arg++)
        {
            var shape = shapes[arg];
            for (int idx = -1; idx >= -shape.Length; idx--)
            {
                long size = shape[shape.Length + idx];
                ref long target = ref common[common.Length + idx];
                if (LibTorch.IsAtLeast(2))
                {
                    if (size == target) continue;
                    if (target == 1)
                    {
                        if (size < 0) throw new TorchException("Attempting to broadcast a dimension with negative length!", TorchErrorKind.ValueError);
                        target = size;
                    }
                    if (size == 1 || target == size) continue;
                    throw new TorchException($"Attempting to broadcast a dimension of length {size} at {idx}! Mismatching argument at index {arg} " +
                                             $"had {Distribution.TupleText(shape)}; but expected shape should be broadcastable to [{string.Join(", ", common)}]");
                }
                if (size < 0) throw new TorchException($"Trying to create tensor with negative dimension ({size}): ({size})");
                if (size == 1 || size == target) continue;
                if (target != 1) throw new TorchException("Shape mismatch: objects cannot be broadcast to a single shape");
                target = size;
            }
        }
        return common;
    }
}
