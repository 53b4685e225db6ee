namespace TorchInterop.Tests.OpInfo;

/// <summary>
/// Converts a value of an exported OpInfo call (as TensorFile loads it) to a C# parameter type, with a cost that
/// ranks overloads: exact matches cost nothing, a number taken as a Scalar or a double a little, a number taken as
/// a (wrapped-number) Tensor or one int taken as a list more.
/// </summary>
internal static class ValueConversion
{
    private static readonly Dictionary<string, long> Reductions = new() { ["none"] = 0, ["mean"] = 1, ["sum"] = 2 };
    private static readonly Dictionary<string, long?> ComputeModes = new()
    {
        ["use_mm_for_euclid_dist_if_necessary"] = null, ["use_mm_for_euclid_dist"] = 1, ["donot_use_mm_for_euclid_dist"] = 2,
    };

    public static bool TryConvert(object? value, Type target, out object? converted, out int cost)
    {
        converted = null;
        cost = 0;
        var underlying = Nullable.GetUnderlyingType(target);
        if (value is null) return underlying is not null || !target.IsValueType;
        target = underlying ?? target;

        if (target == typeof(Tensor))
        {
            if (value is Tensor) return Accept(value, 0, out converted, out cost);
            if (value is long l) return Accept((Tensor)l, 3, out converted, out cost);
            if (value is double d) return Accept((Tensor)d, 3, out converted, out cost);
            if (value is bool b) return Accept((Tensor)b, 3, out converted, out cost);
            return false;
        }
        if (target == typeof(Scalar))
        {
            return value switch
            {
                long l => Accept((Scalar)l, 1, out converted, out cost),
                double d => Accept((Scalar)d, 1, out converted, out cost),
                bool b => Accept((Scalar)b, 1, out converted, out cost),
                _ => false,
            };
        }
        if (target == typeof(long))
        {
            // torch.nn.functional's reduction='mean' is ATen's int reduction (at::Reduction)
            if (value is string reduction && Reductions.TryGetValue(reduction, out long r)) return Accept(r, 1, out converted, out cost);
            // torch.cdist's compute_mode strings are ATen's int compute_mode (torch/functional.py)
            if (value is string mode && ComputeModes.TryGetValue(mode, out long? m))
                return (m is not null || underlying is not null) && Accept(m, 1, out converted, out cost);
            return value is long && Accept(value, 0, out converted, out cost);
        }
        if (target == typeof(double))
            return value switch { double => Accept(value, 0, out converted, out cost), long l => Accept((double)l, 1, out converted, out cost), _ => false };
        if (target == typeof(bool)) return value is bool && Accept(value, 0, out converted, out cost);
        if (target == typeof(string)) return value is string && Accept(value, 0, out converted, out cost);
        if (target == typeof(long[]))
        {
            if (value is long single) return Accept(new[] { single }, 2, out converted, out cost);
            return TryList(value, item => item is long l ? l : null, out long[]? longs) && Accept(longs, 0, out converted, out cost);
        }
        if (target == typeof(TorchInterop.NN.IntOrTuple))
        {
            // Python's int-or-tuple sizes of torch.nn's modules (kernel_size=2, kernel_size=(2, 2))
            if (value is long size) return Accept((TorchInterop.NN.IntOrTuple)size, 0, out converted, out cost);
            if (!TryList(value, item => item is long l ? l : null, out long[]? sizes)) return false;
            // module_db writes sizes as tuples, which reprs show as tuples
            TorchInterop.NN.IntOrTuple tuple = sizes!.Length switch
            {
                2 => (sizes[0], sizes[1]),
                3 => (sizes[0], sizes[1], sizes[2]),
                4 => (sizes[0], sizes[1], sizes[2], sizes[3]),
                6 => ((int)sizes[0], (int)sizes[1], (int)sizes[2], (int)sizes[3], (int)sizes[4], (int)sizes[5]),
                _ => sizes,
            };
            return Accept(tuple, 0, out converted, out cost);
        }
        if (target == typeof(TorchInterop.NN.FloatOrTuple))
        {
            // interpolate's scale_factor=1.7, scale_factor=2 (an int, which its messages keep) or a tuple of factors
            if (value is double factor) return Accept((TorchInterop.NN.FloatOrTuple)factor, 0, out converted, out cost);
            if (value is long whole && whole is >= int.MinValue and <= int.MaxValue) return Accept((TorchInterop.NN.FloatOrTuple)(int)whole, 0, out converted, out cost);
            if (!TryList(value, item => item switch { double d => d, long l => (double?)l, _ => null }, out double[]? factors)) return false;
            return Accept(TorchInterop.NN.FloatOrTuple.Tuple(factors!), 0, out converted, out cost);
        }
        if (target == typeof(double[]))
            return TryList(value, item => item switch { double d => d, long l => (double?)l, _ => null }, out double[]? doubles) && Accept(doubles, 0, out converted, out cost);
        if (target == typeof(bool[]))
            return TryList(value, item => item is bool b ? b : null, out bool[]? flags) && Accept(flags, 0, out converted, out cost);
        // Python's Scalar[] (torch.gradient's spacing=[2, 2.1]): each int stays an int Scalar, each float a float one
        if (target == typeof(IReadOnlyList<Scalar>))
            return TryList(value, item => item switch { long l => (Scalar?)l, double d => d, bool b => b, _ => null }, out Scalar[]? scalars) &&
                   Accept(scalars, 0, out converted, out cost);
        if (target == typeof(IReadOnlyList<Tensor>))
            return value is List<object?> items && items.All(i => i is Tensor) && Accept(items.Cast<Tensor>().ToArray(), 0, out converted, out cost);
        if (target == typeof(IReadOnlyList<Tensor?>))
            return value is List<object?> optional && optional.All(i => i is null or Tensor) && Accept(optional.Cast<Tensor?>().ToArray(), 0, out converted, out cost);
        if (target == typeof(DType)) return Marker(value, "__dtype__") is { } dtype && TryDType(dtype, out var d2) && Accept(d2, 0, out converted, out cost);
        if (target == typeof(MemoryFormat))
            return Marker(value, "__memory_format__") is { } format && TryEnum(format.Replace("_format", "").Replace("_", ""), out MemoryFormat f) && Accept(f, 0, out converted, out cost);
        if (target == typeof(Layout))
            return Marker(value, "__layout__") is { } layout && TryEnum(layout.Replace("_", ""), out Layout lay) && Accept(lay, 0, out converted, out cost);
        if (target.IsGenericType && target.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal))
            return TryTuple(value, target, out converted, out cost);
        if (target == typeof(Device))
            return (Marker(value, "__device__") ?? value as string) is "cpu" && Accept(Device.CPU, 0, out converted, out cost);
        // the dialect's other arrays (Tensor[] of params, long?[] of adaptive sizes with None), item by item
        if (target.IsArray && value is List<object?> elements) return TryArray(elements, target.GetElementType()!, out converted, out cost);
        // the dialect's loosely typed parameters (a pad value, a Python number or tensor) take a plain value
        if (target == typeof(object) && value is Tensor or long or double or bool or string) return Accept(value, 4, out converted, out cost);
        return false;
    }

    public static string Describe(object? value) => value switch
    {
        null => "None",
        Tensor t => $"Tensor{PythonShape(t.Shape)}:{t.Dtype.PythonName()}",
        List<object?> items => "[" + string.Join(", ", items.Select(Describe)) + "]",
        Dictionary<object, object?> marker => string.Join(",", marker.Values),
        string s => $"'{s}'",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "?",
    };

    private static string PythonShape(long[] shape) => "(" + string.Join(", ", shape) + ")";

    private static bool Accept(object? value, int price, out object? converted, out int cost)
    {
        converted = value;
        cost = price;
        return true;
    }

    // Python's tuple arguments (LSTM's (h_0, c_0)) arrive as lists; a C# value tuple takes them item by item.
    private static bool TryTuple(object? value, Type target, out object? converted, out int cost)
    {
        converted = null;
        cost = 0;
        var itemTypes = target.GetGenericArguments();
        if (value is not List<object?> items || items.Count != itemTypes.Length) return false;
        var values = new object?[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            if (!TryConvert(items[i], itemTypes[i], out values[i], out int c)) return false;
            cost += c;
        }
        converted = Activator.CreateInstance(target, values);
        return true;
    }

    private static bool TryArray(List<object?> items, Type elementType, out object? converted, out int cost)
    {
        converted = null;
        cost = 0;
        var array = Array.CreateInstance(elementType, items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            if (!TryConvert(items[i], elementType, out var item, out int c)) return false;
            array.SetValue(item, i);
            cost += c;
        }
        converted = array;
        return true;
    }

    private static bool TryList<T>(object? value, Func<object?, T?> item, out T[]? result) where T : struct
    {
        result = null;
        if (value is not List<object?> items) return false;
        var converted = new T[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            if (item(items[i]) is not { } v) return false;
            converted[i] = v;
        }
        result = converted;
        return true;
    }

    private static string? Marker(object? value, string key) =>
        value is Dictionary<object, object?> dict && dict.Count == 1 && dict.TryGetValue(key, out var name) ? name as string : null;

    private static bool TryDType(string pythonName, out DType dtype)
    {
        foreach (var candidate in Enum.GetValues<DType>())
        {
            if (candidate.PythonName() == "torch." + pythonName)
            {
                dtype = candidate;
                return true;
            }
        }
        dtype = default;
        return false;
    }

    private static bool TryEnum<T>(string name, out T value) where T : struct, Enum => Enum.TryParse(name, ignoreCase: true, out value);
}
