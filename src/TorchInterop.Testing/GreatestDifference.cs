using System.Numerics;

namespace TorchInterop.Testing;

/// <summary>
/// The position <c>torch.max(values, 0)</c> reports on the CPU: the first NaN if there is one, otherwise the first
/// occurrence of the maximum.
/// </summary>
internal static class GreatestDifference
{
    public static int IndexOf<T>(ReadOnlySpan<T> values) where T : INumber<T>
    {
        T greatest = values[0];
        int index = 0;
        for (int i = 0; i < values.Length; i++)
        {
            T value = values[i];
            if (!(value <= greatest))
            {
                greatest = value;
                index = i;
                if (T.IsNaN(value)) break;
            }
        }
        return index;
    }

    /// <summary>The multi-dimensional index of a row-major <paramref name="flatIndex"/>.</summary>
    public static long[] Unravel(long flatIndex, IReadOnlyList<long> shape)
    {
        var index = new long[shape.Count];
        for (int d = shape.Count - 1; d >= 0; d--)
        {
            index[d] = flatIndex % shape[d];
            flatIndex /= shape[d];
        }
        return index;
    }
}
