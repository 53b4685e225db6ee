namespace TorchInterop.Testing;

/// <summary>The attribute checks assert_close makes before it looks at any value: shape, strides, device and dtype.</summary>
internal static class TensorAttributes
{
    /// <summary>PyTorch's message for the first attribute that differs, or null.</summary>
    public static string? FindMismatch(Tensor actual, Tensor expected, bool checkDevice, bool checkDtype, bool checkStride)
    {
        long[] actualShape = actual.Shape, expectedShape = expected.Shape;
        if (!actualShape.AsSpan().SequenceEqual(expectedShape))
            return Mismatch("shape", PythonText.Size(actualShape), PythonText.Size(expectedShape));

        if (checkStride)
        {
            long[] actualStride = actual.Stride(), expectedStride = expected.Stride();
            if (!actualStride.AsSpan().SequenceEqual(expectedStride))
                return Mismatch("stride()", PythonText.Tuple(actualStride), PythonText.Tuple(expectedStride));
        }

        if (checkDevice && actual.Device != expected.Device)
            return Mismatch("device", actual.Device.ToString(), expected.Device.ToString());

        if (checkDtype && actual.Dtype != expected.Dtype)
            return Mismatch("dtype", actual.Dtype.PythonName(), expected.Dtype.PythonName());

        return null;
    }

    private static string Mismatch(string attribute, string actual, string expected) =>
        $"The values for attribute '{attribute}' do not match: {actual} != {expected}.";
}
