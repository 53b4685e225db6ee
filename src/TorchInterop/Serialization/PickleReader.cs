using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace TorchInterop.Serialization;

/// <summary>
/// Python's pickle machine (protocols 2 to 5) for what <c>torch.save</c> writes: containers, numbers, strings,
/// tensors and their storages. Python objects become .NET ones: a list is <see cref="List{T}"/>, a tuple an
/// <c>object?[]</c>, a dict (and an OrderedDict) a <see cref="Dictionary{TKey, TValue}"/> in insertion order, an int a
/// <see cref="long"/>, a float a <see cref="double"/>. Classes are never instantiated from their names: only the
/// globals that <see cref="Resolve"/> knows are accepted, so a file cannot run code.
/// </summary>
internal sealed class PickleReader
{
    private readonly BinaryReader _in;
    private readonly Func<object?[], object> _persistentLoad;
    private readonly Stack<object?> _stack = new();
    private readonly Dictionary<long, object?> _memo = [];

    public PickleReader(Stream pickle, Func<object?[], object> persistentLoad)
    {
        _in = new BinaryReader(pickle, Encoding.UTF8, leaveOpen: true);
        _persistentLoad = persistentLoad;
    }

    public object? Load()
    {
        while (true)
        {
            byte op = _in.ReadByte();
            switch (op)
            {
                case 0x80: _in.ReadByte(); break;                       // PROTO
                case 0x95: _in.ReadInt64(); break;                      // FRAME
                case (byte)'.': return Pop();                           // STOP
                case (byte)'(': _stack.Push(PickleMark.Instance); break; // MARK
                case (byte)'0': Pop(); break;                           // POP
                case (byte)'1': PopMark(); break;                       // POP_MARK
                case (byte)'2': _stack.Push(_stack.Peek()); break;      // DUP
                case (byte)'N': _stack.Push(null); break;
                case 0x88: _stack.Push(true); break;
                case 0x89: _stack.Push(false); break;
                case (byte)'J': _stack.Push((long)_in.ReadInt32()); break;
                case (byte)'K': _stack.Push((long)_in.ReadByte()); break;
                case (byte)'M': _stack.Push((long)_in.ReadUInt16()); break;
                case 0x8a: _stack.Push(ReadLong(_in.ReadByte())); break;    // LONG1
                case 0x8b: _stack.Push(ReadLong(_in.ReadInt32())); break;   // LONG4
                case (byte)'G': _stack.Push(BinaryPrimitives.ReadDoubleBigEndian(_in.ReadBytes(8))); break;
                case (byte)'X': _stack.Push(ReadUtf8(_in.ReadUInt32())); break;   // BINUNICODE
                case 0x8c: _stack.Push(ReadUtf8(_in.ReadByte())); break;          // SHORT_BINUNICODE
                case 0x8d: _stack.Push(ReadUtf8(_in.ReadUInt64())); break;        // BINUNICODE8
                case (byte)'T': _stack.Push(ReadLatin1(_in.ReadUInt32())); break; // BINSTRING
                case (byte)'U': _stack.Push(ReadLatin1(_in.ReadByte())); break;   // SHORT_BINSTRING
                case (byte)'B': _stack.Push(ReadBytes(_in.ReadUInt32())); break;  // BINBYTES
                case (byte)'C': _stack.Push(ReadBytes(_in.ReadByte())); break;    // SHORT_BINBYTES
                case 0x8e: _stack.Push(ReadBytes(_in.ReadUInt64())); break;       // BINBYTES8
                case (byte)'}': _stack.Push(new Dictionary<object, object?>()); break;
                case (byte)']': _stack.Push(new List<object?>()); break;
                case (byte)')': _stack.Push(Array.Empty<object?>()); break;
                case (byte)'d': _stack.Push(ToDictionary(PopMark())); break;     // DICT
                case (byte)'l': _stack.Push(PopMark().ToList()); break;          // LIST
                case (byte)'t': _stack.Push(PopMark()); break;                   // TUPLE
                case 0x85: _stack.Push(new[] { Pop() }); break;                  // TUPLE1
                case 0x86: { var b = Pop(); var a = Pop(); _stack.Push(new[] { a, b }); break; }
                case 0x87: { var c = Pop(); var b = Pop(); var a = Pop(); _stack.Push(new[] { a, b, c }); break; }
                case (byte)'a': { var item = Pop(); Peek<List<object?>>("APPEND").Add(item); break; }
                case (byte)'e': { var items = PopMark(); Peek<List<object?>>("APPENDS").AddRange(items); break; }
                case (byte)'s': { var value = Pop(); var key = Pop(); Peek<Dictionary<object, object?>>("SETITEM")[Key(key)] = value; break; }
                case (byte)'u': SetItems(PopMark()); break;
                case (byte)'q': _memo[_in.ReadByte()] = _stack.Peek(); break;    // BINPUT
                case (byte)'r': _memo[_in.ReadUInt32()] = _stack.Peek(); break;  // LONG_BINPUT
                case 0x94: _memo[_memo.Count] = _stack.Peek(); break;            // MEMOIZE
                case (byte)'h': _stack.Push(Memo(_in.ReadByte())); break;        // BINGET
                case (byte)'j': _stack.Push(Memo(_in.ReadUInt32())); break;      // LONG_BINGET
                case (byte)'c': _stack.Push(new PythonGlobal(ReadLine(), ReadLine())); break; // GLOBAL
                case 0x93: { var name = Pop(); var module = Pop(); _stack.Push(new PythonGlobal((string)module!, (string)name!)); break; }
                case (byte)'Q': _stack.Push(_persistentLoad(AsTuple(Pop(), "a persistent id"))); break; // BINPERSID
                case (byte)'R': { var args = AsTuple(Pop(), "REDUCE's arguments"); _stack.Push(Resolve(Pop(), args)); break; }
                case 0x81: { var args = AsTuple(Pop(), "NEWOBJ's arguments"); _stack.Push(Resolve(Pop(), args)); break; }
                case (byte)'b': Pop(); break; // BUILD: the state (an OrderedDict's _metadata, a tensor's) is not needed
                default:
                    throw new InvalidDataException($"unsupported pickle opcode 0x{op:x2} at byte {_in.BaseStream.Position - 1}");
            }
        }
    }

    // The callables torch.save uses; anything else is refused by name.
    private static object Resolve(object? callable, object?[] args)
    {
        if (callable is not PythonGlobal global)
            throw new InvalidDataException("the pickle calls something that is not a class or function");
        switch (global.ToString())
        {
            case "collections.OrderedDict":
                return new Dictionary<object, object?>();
            case "torch._utils._rebuild_tensor_v2":
                return TorchRebuild.Tensor(args);
            case "torch._utils._rebuild_parameter":
                return TorchRebuild.Parameter(args);
            case "torch._utils._rebuild_parameter_with_state":
                return TorchRebuild.Parameter(args);
            case "builtins.set" or "builtins.frozenset":
                return args.Length == 0 ? new List<object?>() : ((IEnumerable<object?>)args[0]!).ToList();
            default:
                throw new InvalidDataException(
                    $"the file holds a Python object of type {global} that TorchInterop does not load (it loads tensors, lists, tuples, dicts, numbers and strings)");
        }
    }

    private object? Pop() =>
        _stack.Count > 0 ? _stack.Pop() : throw new InvalidDataException("the pickle stack is empty: the file is damaged");

    private T Peek<T>(string op) where T : class =>
        _stack.Count > 0 && _stack.Peek() is T value ? value : throw new InvalidDataException($"{op} on something that is not a {typeof(T).Name}");

    private object?[] PopMark()
    {
        var items = new List<object?>();
        while (true)
        {
            var item = Pop();
            if (ReferenceEquals(item, PickleMark.Instance)) break;
            items.Add(item);
        }
        items.Reverse();
        return items.ToArray();
    }

    private void SetItems(object?[] items)
    {
        var dict = Peek<Dictionary<object, object?>>("SETITEMS");
        for (int i = 0; i + 1 < items.Length; i += 2) dict[Key(items[i])] = items[i + 1];
    }

    private static Dictionary<object, object?> ToDictionary(object?[] items)
    {
        var dict = new Dictionary<object, object?>();
        for (int i = 0; i + 1 < items.Length; i += 2) dict[Key(items[i])] = items[i + 1];
        return dict;
    }

    private static object Key(object? key) => key ?? throw new InvalidDataException("a dict with a None key cannot be loaded");

    private static object?[] AsTuple(object? value, string what) =>
        value as object?[] ?? throw new InvalidDataException($"{what} is not a tuple");

    private object? Memo(long index) =>
        _memo.TryGetValue(index, out var value) ? value : throw new InvalidDataException($"memo entry {index} is missing: the file is damaged");

    private static object ReadLongValue(byte[] bytes)
    {
        var value = new BigInteger(bytes, isUnsigned: false, isBigEndian: false);
        return value >= long.MinValue && value <= long.MaxValue ? (long)value : value;
    }

    private object ReadLong(int length) => length == 0 ? 0L : ReadLongValue(_in.ReadBytes(length));

    private byte[] ReadBytes(ulong length)
    {
        if (length > int.MaxValue) throw new InvalidDataException("a byte string larger than 2 GiB");
        var bytes = _in.ReadBytes((int)length);
        if (bytes.Length != (int)length) throw new EndOfStreamException("the pickle ends inside a string");
        return bytes;
    }

    private string ReadUtf8(ulong length) => Encoding.UTF8.GetString(ReadBytes(length));

    private string ReadLatin1(ulong length) => Encoding.Latin1.GetString(ReadBytes(length));

    private string ReadLine()
    {
        var sb = new StringBuilder();
        for (char c = (char)_in.ReadByte(); c != '\n'; c = (char)_in.ReadByte()) sb.Append(c);
        return sb.ToString();
    }
}
