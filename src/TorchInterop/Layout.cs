namespace TorchInterop;

/// <summary>How a tensor's elements are stored. The values are LibTorch's <c>c10::Layout</c> numbers.</summary>
public enum Layout
{
    /// <summary><c>torch.strided</c>: dense, with strides (the usual layout).</summary>
    Strided = 0,
    /// <summary><c>torch.sparse_coo</c></summary>
    SparseCoo = 1,
    /// <summary><c>torch.sparse_csr</c></summary>
    SparseCsr = 2,
    /// <summary><c>torch._mkldnn</c></summary>
    Mkldnn = 3,
    /// <summary><c>torch.sparse_csc</c></summary>
    SparseCsc = 4,
    /// <summary><c>torch.sparse_bsr</c></summary>
    SparseBsr = 5,
    /// <summary><c>torch.sparse_bsc</c></summary>
    SparseBsc = 6,
}

/// <summary>The order of a dense tensor's dimensions in memory. The values are LibTorch's <c>c10::MemoryFormat</c> numbers.</summary>
public enum MemoryFormat
{
    /// <summary><c>torch.contiguous_format</c></summary>
    Contiguous = 0,
    /// <summary><c>torch.preserve_format</c>: keep the input's format.</summary>
    Preserve = 1,
    /// <summary><c>torch.channels_last</c> (NHWC).</summary>
    ChannelsLast = 2,
    /// <summary><c>torch.channels_last_3d</c> (NDHWC).</summary>
    ChannelsLast3d = 3,
}
