using TorchInterop.Serialization;
using TorchInterop.Testing;

namespace TorchInterop.Testing.Tests;

/// <summary>Tensor files read by Python's torch.load and written by its torch.save.</summary>
public class TensorFileTests
{
    private string _dir = "";

    [SetUp]
    public void CreateDirectory() => _dir = Directory.CreateTempSubdirectory("tensorfile-tests-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    private static Dictionary<string, Tensor> Sample() => new()
    {
        ["w"] = Torch.Arange(6.0).Reshape(2, 3).T, // not contiguous
        ["b"] = Torch.Tensor(new long[] { 1, -2, 3 }),
        ["g"] = Torch.Randn([2, 2], requiresGrad: true),
        ["empty"] = Torch.Zeros([0, 3]),
        ["scalar"] = Torch.Tensor(3.5),
        ["half"] = Torch.Tensor(new[] { 0.5f, -1.25f }).To(DType.Float16),
        ["mask"] = Torch.Tensor(new[] { true, false }),
        ["bytes"] = Torch.Arange(4).To(DType.UInt8),
    };

    [Test]
    public void RoundTripThroughPythonTorchLoadAndTorchSave()
    {
        Torch.ManualSeed(0);
        var sample = Sample();
        string written = PathOf("from_csharp.pt"), rewritten = PathOf("from_python.pt");
        TensorFile.Save(sample, written);

        // Python reads C#'s file, checks what it can only see there, and writes its own file back.
        var python = PyTorchReference.Default.Run(
            $$"""
            d = torch.load({{PythonString(written)}})
            assert list(d) == {{PythonList(sample.Keys)}}, list(d)
            assert d["g"].requires_grad and not d["w"].requires_grad
            assert d["half"].dtype == torch.float16 and d["mask"].dtype == torch.bool and d["bytes"].dtype == torch.uint8
            torch.save({k: v.detach() * 1 if v.dtype != torch.bool else v for k, v in d.items()}, {{PythonString(rewritten)}})
            """);
        Assert.That(python, Is.Empty, "the snippet defines no top-level tensor");

        var back = TensorFile.LoadDictionary(rewritten);
        Assert.That(back.Keys, Is.EqualTo(sample.Keys));
        foreach (var (name, tensor) in sample)
        {
            Assert.That(back[name].Dtype, Is.EqualTo(tensor.Dtype), name);
            TensorAssert.Equal(back[name], tensor.Detach());
        }
    }

    [Test]
    public void ReadsAStateDictWithSharedStoragesAndParameters()
    {
        string path = PathOf("state.pt");
        var expected = PyTorchReference.Default.Run(
            $$"""
            torch.manual_seed(0)
            model = torch.nn.Linear(3, 2)
            base = torch.arange(10.0)
            torch.save({"state": model.state_dict(), "view_a": base[2:5], "view_b": base[4:7],
                        "param": torch.nn.Parameter(torch.ones(2)), "numbers": (1, 2.5, "x", None, True)}, {{PythonString(path)}})
            weight, bias = model.weight, model.bias
            """);

        var loaded = (Dictionary<object, object?>)TensorFile.Load(path)!;
        var state = (Dictionary<object, object?>)loaded["state"]!;
        Assert.That(state.Keys, Is.EqualTo(new[] { "weight", "bias" }));
        TensorAssert.Equal((Tensor)state["weight"]!, expected["weight"]);
        TensorAssert.Equal((Tensor)state["bias"]!, expected["bias"]);
        Assert.That(((Tensor)loaded["param"]!).RequiresGrad, Is.True);
        Assert.That(loaded["numbers"], Is.EqualTo(new object?[] { 1L, 2.5, "x", null, true }));

        // Views of one storage still share it, as after Python's torch.load: base[2:5] and base[4:7] overlap at base[4].
        var a = (Tensor)loaded["view_a"]!;
        var b = (Tensor)loaded["view_b"]!;
        Assert.That(b.ToArray<float>(), Is.EqualTo(new[] { 4f, 5f, 6f }));
        a.Fill_(-1);
        Assert.That(b.ToArray<float>(), Is.EqualTo(new[] { -1f, 5f, 6f }));
    }

    [Test]
    public void SavesListsTuplesAndNumbersAsPythonReadsThem()
    {
        string path = PathOf("list.pt");
        TensorFile.Save(new List<object?> { Torch.Ones([2]), new object?[] { 3L, 2.5, "hi", null, false }, new Dictionary<string, object?> { ["k"] = 1L } }, path);
        var result = PyTorchReference.Default.Run(
            $$"""
            value = torch.load({{PythonString(path)}})
            assert isinstance(value, list) and value[1] == (3, 2.5, "hi", None, False) and value[2] == {"k": 1}, value
            first = value[0]
            """);
        TensorAssert.Equal(result["first"], Torch.Ones([2]));
        Assert.That(() => TensorFile.LoadTensors(path), Throws.TypeOf<InvalidDataException>(), "a list that is not all tensors");
    }

    [Test]
    public void BadFilesGiveClearErrors()
    {
        string text = PathOf("text.pt");
        File.WriteAllText(text, "not a tensor file");
        Assert.That(() => TensorFile.Load(text), Throws.TypeOf<InvalidDataException>().With.Message.Contains("zip format"));
        Assert.That(() => TensorFile.Load(PathOf("missing.pt")), Throws.TypeOf<FileNotFoundException>());

        string module = PathOf("module.pt");
        PyTorchReference.Default.Run($"torch.save(torch.nn.Linear(2, 1), {PythonString(module)})");
        Assert.That(() => TensorFile.Load(module), Throws.TypeOf<InvalidDataException>()
            .With.Message.Contains("torch.nn.modules.linear.Linear"));

        var disposed = Torch.Ones([1]);
        disposed.Dispose();
        Assert.That(() => TensorFile.Save(disposed, PathOf("d.pt")), Throws.TypeOf<ObjectDisposedException>());
        Assert.That(() => TensorFile.Save(new object(), PathOf("o.pt")), Throws.TypeOf<NotSupportedException>());
        Assert.That(() => TensorFile.Save(Torch.Ones([1]), (string)null!), Throws.ArgumentNullException);
    }

    private static string PythonString(string text) => "r'" + text + "'";

    private static string PythonList(IEnumerable<string> names) => "[" + string.Join(", ", names.Select(n => $"'{n}'")) + "]";
}
