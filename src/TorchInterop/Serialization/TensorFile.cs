using System.IO.Compression;

namespace TorchInterop.Serialization;

/// <summary>
/// Tensor files in PyTorch's format: what <see cref="Save(object?, string)"/> writes, Python's <c>torch.load</c>
/// reads, and <see cref="Load(string)"/> reads what Python's <c>torch.save</c> wrote (the zip format PyTorch has
/// written by default since 1.6): a tensor, a list or tuple, a dict (a <c>state_dict</c> too), nested as Python
/// nests them, with numbers, strings, bools and None.
/// </summary>
/// <remarks>
/// Loaded Python values become: tensor → <see cref="Tensor"/> (views of one storage share it, as in Python),
/// list → <see cref="List{T}"/> of object, tuple → <c>object?[]</c>, dict and OrderedDict →
/// <see cref="Dictionary{TKey, TValue}"/> (keys in the file's order), int → <see cref="long"/>, float →
/// <see cref="double"/>, str → <see cref="string"/>, None → null. A <c>torch.nn.Parameter</c> loads as its tensor.
/// Only these types are accepted: a file naming any other Python class is refused, so loading never runs code.
/// </remarks>
public static class TensorFile
{
    private const string Archive = "archive";

    /// <summary>Saves a tensor, a list/array of tensors (a Python list), an <c>object?[]</c> (a tuple), or a dictionary (a Python dict), nested freely.</summary>
    public static void Save(object? value, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.Create(path);
        Save(value, file);
    }

    /// <summary>Writes <paramref name="value"/> to a stream in <c>torch.save</c>'s format.</summary>
    public static void Save(object? value, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var storages = new List<Tensor>();
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var pickle = zip.CreateEntry($"{Archive}/data.pkl", CompressionLevel.NoCompression).Open())
        {
            new PickleWriter(pickle, tensor =>
            {
                ObjectDisposedException.ThrowIf(tensor.IsDisposed, tensor);
                storages.Add(tensor);
                return (storages.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }).Dump(value);
        }
        for (int key = 0; key < storages.Count; key++)
        {
            using var entry = zip.CreateEntry($"{Archive}/data/{key}", CompressionLevel.NoCompression).Open();
            entry.Write(StorageBytes.Of(storages[key]));
        }
        using (var version = zip.CreateEntry($"{Archive}/version", CompressionLevel.NoCompression).Open())
            version.Write("3\n"u8);
    }

    /// <summary>Loads what Python's <c>torch.save</c> (or <see cref="Save(object?, string)"/>) wrote; see the remarks for the types.</summary>
    public static object? Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.OpenRead(path);
        return Load(file, path);
    }

    /// <summary>Loads a <c>torch.save</c> file from a stream.</summary>
    public static object? Load(Stream stream) => Load(stream, "the stream");

    /// <summary>Loads a file that holds one tensor (Python's <c>torch.save(t, path)</c>).</summary>
    public static Tensor LoadTensor(string path) =>
        Load(path) as Tensor ?? throw new InvalidDataException($"{path} does not hold a single tensor");

    /// <summary>Loads a file that holds a list or tuple of tensors.</summary>
    public static IReadOnlyList<Tensor> LoadTensors(string path) => Load(path) switch
    {
        IEnumerable<object?> items when items.All(i => i is Tensor) => items.Cast<Tensor>().ToList(),
        _ => throw new InvalidDataException($"{path} does not hold a list or tuple of tensors"),
    };

    /// <summary>
    /// Loads a file that holds a dict of named tensors, such as Python's <c>torch.save(model.state_dict(), path)</c>,
    /// keeping the file's order.
    /// </summary>
    public static IReadOnlyDictionary<string, Tensor> LoadDictionary(string path) => ToTensorDictionary(Load(path), path);

    /// <summary>
    /// A loaded dict of named tensors (what <see cref="Load(string)"/> returns for a state dict) as a typed dictionary,
    /// in the same order.
    /// </summary>
    /// <exception cref="InvalidDataException"><paramref name="value"/> is not a dict, or holds something other than tensors named by strings.</exception>
    public static IReadOnlyDictionary<string, Tensor> ToTensorDictionary(object? value, string source = "the value")
    {
        if (value is IReadOnlyDictionary<string, Tensor> typed) return typed;
        if (value is not Dictionary<object, object?> dict)
            throw new InvalidDataException($"{source} does not hold a dict");
        var result = new Dictionary<string, Tensor>();
        foreach (var (key, item) in dict)
        {
            if (key is not string name || item is not Tensor tensor)
                throw new InvalidDataException($"{source} holds a dict whose entry {key} is a {item?.GetType().Name ?? "None"}, not a tensor named by a string");
            result[name] = tensor;
        }
        return result;
    }

    private static object? Load(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw new InvalidDataException(
                $"{source} is not a PyTorch file in the zip format that torch.save has written since PyTorch 1.6 (the legacy format of _use_new_zipfile_serialization=False is not read)");
        }
        using (zip)
        {
            var pickleEntry = zip.Entries.FirstOrDefault(e => e.FullName.EndsWith("data.pkl", StringComparison.Ordinal))
                ?? throw new InvalidDataException($"{source} has no data.pkl: it is not a file written by torch.save");
            string prefix = pickleEntry.FullName[..^"data.pkl".Length];
            var storages = new Dictionary<string, Tensor>();
            using var pickle = new MemoryStream();
            using (var entry = pickleEntry.Open()) entry.CopyTo(pickle);
            pickle.Position = 0;
            try
            {
                return new PickleReader(pickle, id => LoadStorage(zip, prefix, id, storages, source)).Load();
            }
            finally
            {
                // the tensors are views that keep their storage alive; the whole-storage tensors are not needed
                foreach (var storage in storages.Values) storage.Dispose();
            }
        }
    }

    // persistent id ('storage', torch.FloatStorage, key, location, numel): the bytes in data/<key>, read once per key.
    private static Tensor LoadStorage(ZipArchive zip, string prefix, object?[] id, Dictionary<string, Tensor> storages, string source)
    {
        if (id.Length < 5 || id[0] is not "storage" || id[1] is not PythonGlobal type || id[2] is not string key || id[4] is not long numel)
            throw new InvalidDataException($"{source} names a storage in a way TorchInterop does not know");
        if (storages.TryGetValue(key, out var known)) return known;
        if (!StorageTypes.TryGetDType(type.Name, out var dtype))
            throw new InvalidDataException($"{source} holds a storage of type {type} that TorchInterop does not load");
        var entry = zip.GetEntry($"{prefix}data/{key}") ?? throw new InvalidDataException($"{source} lacks the storage data/{key}");
        var bytes = new byte[entry.Length];
        using (var data = entry.Open()) data.ReadExactly(bytes);
        return storages[key] = StorageBytes.ToStorage(bytes, dtype, numel);
    }
}
