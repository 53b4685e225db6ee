namespace TorchInterop.Tests.Functorch;

/// <summary>
/// Torch.Func.Rearrange against the reshape and permute chains each pattern stands for, computed here: the same
/// values, shape and strides, a view exactly when the chain is one, and the same gradients. Runs on every LibTorch
/// (only the dialect's name is 2.x's); PyTorch's own outputs and messages are checked by the dialect's tests on 2.x.
/// </summary>
public class RearrangeTests
{
    private static Tensor Input(params long[] shape)
    {
        long count = shape.Aggregate(1L, (a, b) => a * b);
        return Torch.Arange(count, DType.Float32).Reshape(shape).Detach().RequiresGrad_();
    }

    private static Dictionary<string, long> Lengths(params (string Name, long Length)[] lengths) =>
        lengths.ToDictionary(l => l.Name, l => l.Length);

    public static IEnumerable<TestCaseData> Patterns()
    {
        yield return Case("b c h w -> b h w c", [2, 3, 4, 5], x => x.Permute([0, 2, 3, 1]));
        yield return Case("(b1 b2) h w c -> b1 b2 h w c", [4, 2, 3, 5], x => x.Reshape(2, 2, 2, 3, 5), ("b1", 2));
        yield return Case("b h w c -> b (h w c)", [2, 3, 4, 5], x => x.Reshape(2, 60));
        yield return Case("b h w c -> (b h) w c", [2, 3, 4, 5], x => x.Reshape(6, 4, 5));
        yield return Case("b h w c -> h (b w) c", [2, 3, 4, 5], x => x.Permute([1, 0, 2, 3]).Reshape(3, 8, 5));
        yield return Case("b h w c -> b (c h w)", [2, 3, 4, 5], x => x.Permute([0, 3, 1, 2]).Reshape(2, 60));
        yield return Case("b (h1 h) (w1 w) c -> (b h1 w1) h w c", [2, 4, 6, 3],
                          x => x.Reshape(2, 2, 2, 2, 3, 3).Permute([0, 1, 3, 2, 4, 5]).Reshape(8, 2, 3, 3), ("h1", 2), ("w1", 2));
        yield return Case("b (h h1) (w w1) c -> b h w (c h1 w1)", [2, 4, 6, 3],
                          x => x.Reshape(2, 2, 2, 3, 2, 3).Permute([0, 1, 3, 5, 2, 4]).Reshape(2, 2, 3, 12), ("h1", 2), ("w1", 2));
        yield return Case("... h w -> ... (h w)", [2, 3, 4, 5], x => x.Reshape(2, 3, 20));
        yield return Case("a ... -> ... a", [2, 3, 4], x => x.Permute([1, 2, 0]));
        yield return Case("... -> (...)", [2, 3, 4], x => x.Reshape(24));
        yield return Case("b h w -> b 1 h w", [2, 3, 4], x => x.Reshape(2, 1, 3, 4));
        yield return Case("b h w -> b h () w", [2, 3, 4], x => x.Reshape(2, 3, 1, 4));
        yield return Case("b 1 h -> h b", [2, 1, 3], x => x.Permute([1, 2, 0]).Sum([0L]));
        yield return Case("1 a 1 b -> (b a)", [1, 2, 1, 3], x => x.Reshape(2, 3).Permute([1, 0]).Reshape(6));
        yield return Case("(a 1) b -> b (1 a)", [2, 3], x => x.Permute([1, 0]));
    }

    private static TestCaseData Case(string pattern, long[] shape, Func<Tensor, Tensor> chain, params (string, long)[] lengths) =>
        new TestCaseData(pattern, shape, chain, lengths).SetArgDisplayNames(pattern);

    [TestCaseSource(nameof(Patterns))]
    public void GivesWhatTheReshapeAndPermuteChainGives(string pattern, long[] shape, Func<Tensor, Tensor> chain, (string, long)[] lengths)
    {
        var x = Input(shape);
        var y = Input(shape);
        var result = Torch.Func.Rearrange(x, pattern, Lengths(lengths));
        var expected = chain(y);

        Assert.That(result.Shape, Is.EqualTo(expected.Shape));
        Assert.That(result.Stride(), Is.EqualTo(expected.Stride()));
        Assert.That(result.Equal(expected), Is.True);
        Assert.That(result.DataPtr() == x.DataPtr(), Is.EqualTo(expected.DataPtr() == y.DataPtr()), "a view exactly when the chain is one");

        var weights = Torch.Arange(result.NumEl, DType.Float32).Reshape(result.Shape);
        (result * weights).Sum().Backward();
        (expected * weights).Sum().Backward();
        Assert.That(x.Grad!.Equal(y.Grad!), Is.True);
    }

    [Test]
    public void StacksAListOfTensorsFirst()
    {
        var a = Input(3, 4);
        var b = Input(3, 4) * 2;
        var result = Torch.Func.Rearrange([a, b], "n h w -> h (n w)");
        Assert.That(result.Equal(Torch.Stack([a, b]).Permute([1, 0, 2]).Reshape(3, 8)), Is.True);
    }

    [Test]
    public void APatternThatChangesNothingGivesTheTensorItself()
    {
        var x = Input(2, 3);
        Assert.That(Torch.Func.Rearrange(x, "... -> ..."), Is.SameAs(x));
        var scalar = Torch.Tensor(3.0);
        Assert.That(Torch.Func.Rearrange(scalar, "->"), Is.SameAs(scalar));
        Assert.That(Torch.Func.Rearrange(x, "a b -> a b").GradFn, Is.Not.Null);
    }

    [Test]
    public void SummingAnAnonymousAxisPromotesIntegersAsSumDoes()
    {
        var x = Torch.Arange(6L, DType.Int32).Reshape(2, 3, 1);
        var result = Torch.Func.Rearrange(x, "a b 1 -> b a");
        Assert.That(result.Dtype, Is.EqualTo(x.Sum([2L]).Dtype));
        Assert.That(result.Equal(x.Sum([2L]).Permute([1, 0])), Is.True);
    }

    [TestCase("a b c", TorchErrorKind.ValueError)]
    [TestCase("a b -> a b c", TorchErrorKind.ValueError)]
    [TestCase("a (b -> a b", TorchErrorKind.ValueError)]
    [TestCase("a b) -> a b", TorchErrorKind.ValueError)]
    [TestCase("a ((b)) -> a b", TorchErrorKind.ValueError)]
    [TestCase("a a -> a", TorchErrorKind.ValueError)]
    [TestCase("a b -> a b 2", TorchErrorKind.ValueError)]
    [TestCase("a b -> a b 0", TorchErrorKind.ValueError)]
    [TestCase("a b! -> a b", TorchErrorKind.ValueError)]
    [TestCase("_a b -> _a b", TorchErrorKind.ValueError)]
    [TestCase("a b c -> a b c", TorchErrorKind.ValueError)]
    [TestCase("a b -> ... a b", TorchErrorKind.ValueError)]
    [TestCase("(... a) -> a ...", TorchErrorKind.ValueError)]
    [TestCase("a .. -> a", TorchErrorKind.ValueError)]
    [TestCase("(a b) c -> a b c", TorchErrorKind.DimensionBindError)]
    public void RefusesBadPatternsWithPythonsKindOfError(string pattern, TorchErrorKind kind)
    {
        var e = Assert.Throws<TorchException>(() => Torch.Func.Rearrange(Input(4, 3), pattern));
        Assert.That(e!.Kind, Is.EqualTo(kind), e.Message);
    }

    [Test]
    public void RefusesLengthsThatDoNotFit()
    {
        var x = Input(4, 3);
        Assert.That(Assert.Throws<TorchException>(() => Torch.Func.Rearrange(x, "(a b) c -> a b c", Lengths(("a", 3))))!.Kind,
                    Is.EqualTo(TorchErrorKind.DimensionBindError));
        Assert.That(Assert.Throws<TorchException>(() => Torch.Func.Rearrange(x, "a c -> a c", Lengths(("a", 2))))!.Kind,
                    Is.EqualTo(TorchErrorKind.DimensionBindError));
        Assert.That(Assert.Throws<TorchException>(() => Torch.Func.Rearrange(x, "a c -> a c", Lengths(("d", 2))))!.Kind,
                    Is.EqualTo(TorchErrorKind.ValueError));
        Assert.That(Assert.Throws<TorchException>(() => Torch.Func.Rearrange(x, "(a b) c -> a b c", Lengths(("b", 0))))!.Kind,
                    Is.EqualTo(TorchErrorKind.ZeroDivisionError));
        Assert.That(Torch.Func.Rearrange(x, "(a b) c -> a b c", Lengths(("a", -1), ("b", 2))).Shape, Is.EqualTo(new long[] { 2, 2, 3 }),
                    "a length of -1 is left to be inferred, as functorch's unbound size");
    }

    [Test]
    public void KeywordAxisNamesWarnAsPythonDoes()
    {
        using var recorded = Warnings.Catch();
        Torch.Func.Rearrange(Input(2, 3), "if axis -> axis if");
        Assert.That(recorded.Select(w => w.Category), Is.EqualTo(new[] { "RuntimeWarning", "FutureWarning", "FutureWarning", "RuntimeWarning" }));
        Torch.Func.Rearrange(Input(2, 3), "if axis -> axis if");
        Assert.That(recorded.Count, Is.EqualTo(4), "a pattern is parsed once per rank and lengths, as functorch caches it");
    }
}
