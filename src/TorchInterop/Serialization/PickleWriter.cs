using System.Buffers.Binary;
using System.Text;

namespace TorchInterop.Serialization;

/// <summary>
/// Writes pickle protocol 2 as <c>torch.save</c> does: tensors as <c>torch._utils._rebuild_tensor_v2</c> over a
/// storage named by a persistent id, lists, tuples, dicts, strings, numbers, bools and None.
/// </summary>
internal sealed class PickleWriter
{
    private readonly BinaryWriter _out;
    private readonly Func<Tensor, string> _storageKey;

    public PickleWriter(Stream output, Func<Tensor, string> storageKey)
    {
        _out = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        _storageKey = storageKey;
    }

    public void Dump(object? value)
    {
        _out.Write((byte)0x80); // PROTO 2
        _out.Write((byte)2);
        Write(value);
        _out.Write((byte)'.');
        _out.Flush();
    }

    private void Write(object? value)
    {
        switch (value)
        {
            case null: _out.Write((byte)'N'); break;
            case bool b: _out.Write((byte)(b ? 0x88 : 0x89)); break;
            case int i: WriteInt(i); break;
            case long l: WriteInt(l); break;
            case double d: WriteFloat(d); break;
            case float f: WriteFloat(f); break;
            case string s: WriteString(s); break;
            case Tensor t: WriteTensor(t); break;
            case System.Collections.IDictionary dict: WriteDict(dict); break;
            case object?[] tuple: WriteTuple(tuple); break;
            case System.Collections.IEnumerable list: WriteList(list); break;
            default: throw new NotSupportedException($"a {value.GetType().Name} cannot be saved in PyTorch's format");
        }
    }

    private void WriteInt(long value)
    {
        if (value is >= int.MinValue and <= int.MaxValue)
        {
            _out.Write((byte)'J');
            _out.Write((int)value);
            return;
        }
        _out.Write((byte)0x8a); // LONG1, little-endian two's complement
        _out.Write((byte)8);
        _out.Write(value);
    }

    private void WriteFloat(double value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleBigEndian(bytes, value);
        _out.Write((byte)'G');
        _out.Write(bytes);
    }

    private void WriteString(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        _out.Write((byte)'X');
        _out.Write((uint)bytes.Length);
        _out.Write(bytes);
    }

    private void WriteGlobal(string module, string name) => _out.Write(Encoding.ASCII.GetBytes($"c{module}\n{name}\n"));

    private void WriteTuple(IReadOnlyList<object?> items)
    {
        _out.Write((byte)'(');
        foreach (var item in items) Write(item);
        _out.Write((byte)'t');
    }

    private void WriteList(System.Collections.IEnumerable items)
    {
        _out.Write((byte)']');
        _out.Write((byte)'(');
        foreach (var item in items) Write(item);
        _out.Write((byte)'e');
    }

    private void WriteDict(System.Collections.IDictionary dict)
    {
        _out.Write((byte)'}');
        _out.Write((byte)'(');
        foreach (System.Collections.DictionaryEntry entry in dict)
        {
            Write(entry.Key);
            Write(entry.Value);
        }
        _out.Write((byte)'u');
    }

    // _rebuild_tensor_v2(storage, 0, size, stride, requires_grad, OrderedDict()) over a contiguous storage of its own.
    private void WriteTensor(Tensor tensor)
    {
        var dtype = tensor.Dtype;
        WriteGlobal("torch._utils", "_rebuild_tensor_v2");
        _out.Write((byte)'(');
        // persistent id: ('storage', torch.FloatStorage, key, 'cpu', numel)
        _out.Write((byte)'(');
        WriteString("storage");
        WriteGlobal("torch", StorageTypes.NameOf(dtype));
        WriteString(_storageKey(tensor));
        WriteString("cpu");
        WriteInt(tensor.NumEl);
        _out.Write((byte)'t');
        _out.Write((byte)'Q');
        WriteInt(0);
        WriteTuple(tensor.Shape.Select(s => (object?)s).ToArray());
        WriteTuple(ContiguousStrides(tensor.Shape).Select(s => (object?)s).ToArray());
        Write(tensor.RequiresGrad);
        WriteGlobal("collections", "OrderedDict");
        _out.Write((byte)')');
        _out.Write((byte)'R');
        _out.Write((byte)'t');
        _out.Write((byte)'R');
    }

    private static long[] ContiguousStrides(long[] shape)
    {
        var strides = new long[shape.Length];
        long step = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            strides[i] = step;
            step *= Math.Max(shape[i], 1);
        }
        return strides;
    }
}
