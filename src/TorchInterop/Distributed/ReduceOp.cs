namespace TorchInterop.Distributed;

/// <summary>
/// How a reduction combines the ranks' tensors (Python's <c>torch.distributed.ReduceOp</c>; the numbers are c10d's
/// <c>ReduceOp::RedOpType</c>). Gloo rejects some with PyTorch's own message, e.g. <see cref="Average"/> in 1.13.
/// </summary>
public enum ReduceOp
{
    /// <summary>The elementwise sum (<c>ReduceOp.SUM</c>).</summary>
    Sum = 0,
    /// <summary>The elementwise mean (<c>ReduceOp.AVG</c>).</summary>
    Average = 1,
    /// <summary>The elementwise product (<c>ReduceOp.PRODUCT</c>).</summary>
    Product = 2,
    /// <summary>The elementwise minimum (<c>ReduceOp.MIN</c>).</summary>
    Min = 3,
    /// <summary>The elementwise maximum (<c>ReduceOp.MAX</c>).</summary>
    Max = 4,
    /// <summary>Bitwise and of integer tensors (<c>ReduceOp.BAND</c>).</summary>
    BitwiseAnd = 5,
    /// <summary>Bitwise or of integer tensors (<c>ReduceOp.BOR</c>).</summary>
    BitwiseOr = 6,
    /// <summary>Bitwise exclusive or of integer tensors (<c>ReduceOp.BXOR</c>).</summary>
    BitwiseXor = 7,
}
