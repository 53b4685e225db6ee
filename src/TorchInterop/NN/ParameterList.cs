using System.Collections;
using System.Globalization;

namespace TorchInterop.NN;

/// <summary>
/// Python's <c>torch.nn.ParameterList</c>: parameters in a list, registered as <c>0</c>, <c>1</c>, ... so that they
/// belong to the owner. A tensor that is not yet a parameter becomes one (<c>Parameter(t)</c>, which requires grad),
/// as PyTorch's <c>__setitem__</c> does. It has no forward.
/// </summary>
public sealed class ParameterList : Module, IReadOnlyList<Tensor>
{
    private int _size;

    /// <summary>A list holding <paramref name="values"/>, in order.</summary>
    public ParameterList(IEnumerable<Tensor>? values = null)
    {
        if (values is not null) Extend(values);
    }

    /// <summary>How many parameters (Python's <c>len</c>).</summary>
    public int Count => _size;

    /// <summary>The parameter at <paramref name="index"/>; negative counts from the end; a plain tensor set here becomes a parameter.</summary>
    /// <exception cref="TorchException">IndexError <c>index 5 is out of range</c>.</exception>
    public Tensor this[int index]
    {
        get => GetParameter(AbsoluteName(index))!;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            RegisterParameter(AbsoluteName(index), value.IsParameter ? value : Parameter.Create(value));
        }
    }

    /// <summary>Python's <c>params[1:3]</c>: a new list holding the same parameters.</summary>
    public ParameterList this[Range range]
    {
        get
        {
            var (offset, length) = range.GetOffsetAndLength(_size);
            var slice = new ParameterList();
            for (int i = offset; i < offset + length; i++) slice.Append(this[i]);
            return slice;
        }
    }

    /// <summary>Adds a value at the end (Python's <c>append</c>); returns this list.</summary>
    public ParameterList Append(Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int index = _size;
        _size++;
        this[index] = value;
        return this;
    }

    /// <summary>Adds values at the end (Python's <c>extend</c> and <c>+=</c>); returns this list.</summary>
    public ParameterList Extend(IEnumerable<Tensor> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values.ToList()) Append(value);
        return this;
    }

    /// <summary>Python's <c>params(...)</c>: a ParameterList cannot be called.</summary>
    /// <exception cref="TorchException">Always: <c>ParameterList should not be called.</c></exception>
    public void Call() => throw new TorchException("ParameterList should not be called.");

    /// <inheritdoc/>
    public IEnumerator<Tensor> GetEnumerator()
    {
        for (int i = 0; i < _size; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One line per parameter: <c>(0): Parameter containing: [torch.float32 of size 2x3]</c>, as PyTorch's <c>extra_repr</c>.</summary>
    protected override string ExtraRepr() =>
        string.Join("\n", this.Select((p, k) => $"  ({k.ToString(CultureInfo.InvariantCulture)}): " + ParameterContainers.Describe(p, p.Dtype.PythonName())));

    private string AbsoluteName(int index)
    {
        if (index < -_size || index >= _size) throw new TorchException($"index {index} is out of range", TorchErrorKind.IndexError);
        return (index < 0 ? index + _size : index).ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>What <see cref="ParameterList"/> and <see cref="ParameterDict"/> print for each entry.</summary>
internal static class ParameterContainers
{
    // PyTorch's "{Parameter|Tensor} containing: [{type} of size {AxB}{device}]"; 1.13 names a CUDA device as
    // " (GPU i)", 2.x as " (cuda:i)".
    public static string Describe(Tensor value, string typeName)
    {
        string size = string.Join("x", value.Shape.Select(s => s.ToString(CultureInfo.InvariantCulture)));
        string device = value.Device.Type == DeviceType.CPU ? "" : LibTorch.IsAtLeast(2) ? $" ({value.Device})" : $" (GPU {value.Device.Index})";
        return $"{(value.IsParameter ? "Parameter" : "Tensor")} containing: [{typeName} of size {size}{device}]";
    }
}
