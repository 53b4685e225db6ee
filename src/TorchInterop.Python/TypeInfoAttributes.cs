namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>Python's attributes of <c>torch.finfo</c> and <c>torch.iinfo</c> objects: <c>torch.finfo(torch.float32).eps</c>.</summary>
public static class TypeInfoAttributes
{
    extension(FloatInfo info)
    {
        /// <summary><c>finfo.bits</c></summary>
        public long bits => info.Bits;

        /// <summary><c>finfo.eps</c></summary>
        public double eps => info.Eps;

        /// <summary><c>finfo.max</c></summary>
        public double max => info.Max;

        /// <summary><c>finfo.min</c></summary>
        public double min => info.Min;

        /// <summary><c>finfo.tiny</c></summary>
        public double tiny => info.Tiny;

        /// <summary><c>finfo.smallest_normal</c></summary>
        public double smallest_normal => info.SmallestNormal;

        /// <summary><c>finfo.resolution</c></summary>
        public double resolution => info.Resolution;

        /// <summary><c>finfo.dtype</c>: the name, as Python's is a string (<c>'float32'</c>).</summary>
        public string dtype => info.Dtype.PythonName()["torch.".Length..];
    }

    extension(IntInfo info)
    {
        /// <summary><c>iinfo.bits</c></summary>
        public long bits => info.Bits;

        /// <summary><c>iinfo.min</c></summary>
        public long min => info.Min;

        /// <summary><c>iinfo.max</c></summary>
        public long max => info.Max;

        /// <summary><c>iinfo.dtype</c>: the name, as Python's is a string (<c>'int32'</c>).</summary>
        public string dtype => info.Dtype.PythonName()["torch.".Length..];
    }
}
#pragma warning restore CS8981, IDE1006
