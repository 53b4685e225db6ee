namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    /// <summary>
    /// <c>torch.broadcast_shapes((2, 1), (3,))</c> is <c>torch.broadcast_shapes([2, 1], [3])</c>: the shape the given
    /// shapes broadcast to, with each version's check and message (1.x's loop in <c>torch.functional</c>, 2.x's
    /// <c>torch._refs._broadcast_shapes</c>).
    /// </summary>
    public static Size broadcast_shapes(params long[][] shapes)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        foreach (var shape in shapes) ArgumentNullException.ThrowIfNull(shape, nameof(shapes));
        return new Size(LibTorch.IsAtLeast(2) ? CommonShape(shapes) : CommonShape1(shapes));
    }

    // 1.x's loop: sizes of one are skipped, a second size other than one is a mismatch.
    private static long[] CommonShape1(long[][] shapes)
    {
        var result = Enumerable.Repeat(1L, shapes.Length == 0 ? 0 : shapes.Max(s => s.Length)).ToArray();
        foreach (var shape in shapes)
            for (int i = -1; i >= -shape.Length; i--)
            {
                long size = shape[shape.Length + i];
                ref long target = ref result[result.Length + i];
                if (size < 0) throw new TorchException($"Trying to create tensor with negative dimension ({size}): ({size})");
                if (size == 1 || size == target) continue;
                if (target != 1) throw new TorchException("Shape mismatch: objects cannot be broadcast to a single shape");
                target = size;
            }
        return result;
    }

    // 2.x's comparison, whose message shows the common shape so far.
    private static long[] CommonShape(long[][] shapes)
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
                if (size == target) continue;
                if (target == 1)
                {
                    if (size < 0) throw new TorchException("Attempting to broadcast a dimension with negative length!", TorchErrorKind.ValueError);
                    target = size;
                }
                if (size == 1 || target == size) continue;
                string given = "(" + string.Join(", ", shape) + (shape.Length == 1 ? ",)" : ")");
                throw new TorchException($"Attempting to broadcast a dimension of length {size} at {idx}! Mismatching argument at index {arg} " +
                                         $"had {given}; but expected shape should be broadcastable to [{string.Join(", ", common)}]");
            }
        }
        return common;
    }
}
#pragma warning restore CS8981, IDE1006
