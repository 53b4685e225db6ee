using static TorchInterop.Testing.Tests.Tensors;

namespace TorchInterop.Testing.Tests;

/// <summary>Dictionaries of tensors: the key check, sorted comparison, and failures naming the key.</summary>
public class MappingTests
{
    private static Dictionary<string, Tensor> Map(params (string Key, Tensor Value)[] items) =>
        items.ToDictionary(item => item.Key, item => item.Value);

    private static IEnumerable<AssertCase> Cases()
    {
        yield return new("close key by key, in any order",
            "torch.testing.assert_close({'a': torch.tensor([1.]), 'b': torch.tensor([2])}, {'b': torch.tensor([2]), 'a': torch.tensor([1.])})",
            () => TensorAssert.Close(Map(("a", F32(1)), ("b", I64(2))), Map(("b", I64(2)), ("a", F32(1)))));
        yield return new("empty mappings",
            "torch.testing.assert_close({}, {})",
            () => TensorAssert.Close(new Dictionary<string, Tensor>(), new Dictionary<string, Tensor>()));
        yield return new("missing and additional keys",
            "torch.testing.assert_close({'b': torch.tensor(1.), 'a': torch.tensor(1.), 'z': torch.tensor(1.)}, {'c': torch.tensor(1.), 'b': torch.tensor(1.), 'd': torch.tensor(1.)})",
            () => TensorAssert.Close(Map(("b", Scalar(1.0)), ("a", Scalar(1.0)), ("z", Scalar(1.0))),
                Map(("c", Scalar(1.0)), ("b", Scalar(1.0)), ("d", Scalar(1.0)))));
        yield return new("only missing keys",
            "torch.testing.assert_close({'a': torch.tensor(1.)}, {'a': torch.tensor(1.), 'b': torch.tensor(1.)})",
            () => TensorAssert.Close(Map(("a", Scalar(1.0))), Map(("a", Scalar(1.0)), ("b", Scalar(1.0)))));
        yield return new("failure in item b",
            "torch.testing.assert_close({'a': torch.tensor([1.]), 'b': torch.tensor([2., 3.])}, {'a': torch.tensor([1.]), 'b': torch.tensor([2., 4.])})",
            () => TensorAssert.Close(Map(("a", F32(1)), ("b", F32(2, 3))), Map(("a", F32(1)), ("b", F32(2, 4)))));
        yield return new("the first failing key in sorted order is reported",
            "torch.testing.assert_close({'b': torch.tensor(1.), 'a': torch.tensor(1.)}, {'b': torch.tensor(2.), 'a': torch.tensor(3.)})",
            () => TensorAssert.Close(Map(("b", Scalar(1.0)), ("a", Scalar(1.0))), Map(("b", Scalar(2.0)), ("a", Scalar(3.0)))));
        yield return new("keys written as Python writes them",
            "torch.testing.assert_close({\"it's\": torch.tensor(1.), 'say \"hi\"': torch.tensor(1.), 'both \\'\"': torch.tensor(1.), 'back\\\\slash': torch.tensor(1.)}, {'tab\\there': torch.tensor(1.), 'zero\\x00width\\u200b': torch.tensor(1.), 'caf\\xe9 \\U0001f600': torch.tensor(1.), 'line\\nbreak\\x7f': torch.tensor(1.)})",
            () => TensorAssert.Close(
                Map(("it's", Scalar(1.0)), ("say \"hi\"", Scalar(1.0)), ("both '\"", Scalar(1.0)), ("back\\slash", Scalar(1.0))),
                Map(("tab\there", Scalar(1.0)), ("zero\0width\u200b", Scalar(1.0)), ("caf\u00e9 \U0001F600", Scalar(1.0)), ("line\nbreak\x7f", Scalar(1.0)))));
        yield return new("keys sorted by code point",
            "torch.testing.assert_close({'\\U0001f600': torch.tensor(1.), '\\ufffd': torch.tensor(1.), 'Z': torch.tensor(1.), 'a': torch.tensor(1.)}, {})",
            () => TensorAssert.Close(
                Map(("\U0001F600", Scalar(1.0)), ("\uFFFD", Scalar(1.0)), ("Z", Scalar(1.0)), ("a", Scalar(1.0))),
                new Dictionary<string, Tensor>()));
        yield return new("the failing key quoted",
            "torch.testing.assert_close({\"it's\": torch.tensor([1.])}, {\"it's\": torch.tensor([2.])})",
            () => TensorAssert.Close(Map(("it's", F32(1))), Map(("it's", F32(2)))));
        yield return new("keys compare exactly, whatever the dictionary's comparer",
            "torch.testing.assert_close({'A': torch.tensor(1.)}, {'a': torch.tensor(1.)})",
            () => TensorAssert.Close(
                new Dictionary<string, Tensor>(StringComparer.OrdinalIgnoreCase) { ["A"] = Scalar(1.0) },
                Map(("a", Scalar(1.0)))));
        yield return new("rtol without atol names the first key",
            "torch.testing.assert_close({'b': torch.tensor(1.), 'a': torch.tensor(1.)}, {'b': torch.tensor(1.), 'a': torch.tensor(1.)}, atol=0.1)",
            () => TensorAssert.Close(Map(("b", Scalar(1.0)), ("a", Scalar(1.0))), Map(("b", Scalar(1.0)), ("a", Scalar(1.0))), atol: 0.1));
        yield return new("equal key by key",
            "torch.testing.assert_close({'w': torch.tensor([1, 2])}, {'w': torch.tensor([1, 3])}, rtol=0.0, atol=0.0)",
            () => TensorAssert.Equal(Map(("w", I64(1, 2))), Map(("w", I64(1, 3)))));
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesPyTorch(AssertCase assertCase) => assertCase.Verify();
}
