using System.Runtime.InteropServices;

namespace TorchInterop.Native;

// native/include/ti_saved.h: the values LibTorch's nodes saved for backward.
internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ti_node_saved(NodeHandle node, string name, out SavedValue value);

    [LibraryImport(Library)] internal static partial IntPtr ti_node_saved_names(NodeHandle node);
}

/// <summary>ti_saved_value: which kind of value, and where the shim put it (its arrays are valid until the next call).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct SavedValue
{
    public SavedKind Kind;
    public int Count;
    public long* Ints;
    public double* Floats;
    public SavedNumber* Numbers;
    public IntPtr* Tensors;
    public byte* Text;
    public long TextLength;
}

/// <summary>ti_saved_number: an at::Scalar (kind 0 float, 1 int, 2 bool, 3 complex).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct SavedNumber
{
    public double Real;
    public double Imaginary;
    public long Int;
    public int Kind;
}

/// <summary>The TI_SAVED_* kinds: what Python's getter returns for a saved value.</summary>
internal enum SavedKind
{
    None = 0,
    Tensor = 1,
    Tensors = 2,
    Int = 3,
    Ints = 4,
    Float = 5,
    Floats = 6,
    Bool = 7,
    String = 8,
    Number = 9,
    Numbers = 10,
}
