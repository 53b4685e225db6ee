using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>
/// 2.x's <c>torch.func.rearrange</c> (functorch's einops) against PyTorch: results, views and grad_fn, lists of
/// tensors, anonymous axes, PyTorch's warnings and every message of its parser and of functorch.dim's binding. On
/// 1.13, whose functorch has no einops, the names are refused.
/// </summary>
[TestFixture, NonParallelizable]
public class RearrangeTests
{
    private const string Attempt = """
        def attempt(f):
            try:
                print(f())
            except Exception as e:
                print(type(e).__name__, e)

        """;

    private static void attempt(Func<object?> f)
    {
        try
        {
            print(f());
        }
        catch (TorchException e)
        {
            print(e.Kind.ToString(), e.Message);
        }
    }

    private static void RequireTwo()
    {
        if (!LibTorch.IsAtLeast(2, 1)) Assert.Ignore("a PyTorch 2.x name");
    }

    [Test]
    public void RearrangesAsTheDocsShow()
    {
        RequireTwo();
        Dialect.Verify(
            "from torch.func import rearrange\n" + """
            torch.manual_seed(0)
            images = torch.randn((32, 30, 40, 3))
            print(rearrange(images, "b h w c -> b h w c").shape)
            print(rearrange(images, "b h w c -> (b h) w c").shape)
            print(rearrange(images, "b h w c -> h (b w) c").shape)
            print(rearrange(images, "b h w c -> b c h w").shape)
            print(rearrange(images, "b h w c -> b (c h w)").shape)
            print(rearrange(images, "b (h1 h) (w1 w) c -> (b h1 w1) h w c", h1=2, w1=2).shape)
            print(rearrange(images, "b (h h1) (w w1) c -> b h w (c h1 w1)", h1=2, w1=2).shape)
            x = torch.arange(24.0).reshape(2, 3, 4)
            print(rearrange(x, "a b c -> c b a"))
            print(rearrange(x, "a b c -> a (b c)"))
            print(rearrange(x, "(a1 a2) b c -> a1 a2 b c", a1=2))
            print(rearrange(x, "a (b1 b2) c -> b2 a (c b1)", b1=3))
            print(rearrange(x, "a b (c1 c2) -> c2 a b c1", c2=2))
            print(rearrange(x, "... c -> c ..."))
            print(rearrange(x, "a ... -> ... a"))
            print(rearrange(x, "... b c -> ... (b c)"))
            print(rearrange(x, "... -> (...)"))
            print(rearrange(x, "a b c -> (c a) b"))
            """,
            () =>
            {
                torch.manual_seed(0);
                var images = torch.randn(32, 30, 40, 3);
                print(torch.func.rearrange(images, "b h w c -> b h w c").shape);
                print(torch.func.rearrange(images, "b h w c -> (b h) w c").shape);
                print(torch.func.rearrange(images, "b h w c -> h (b w) c").shape);
                print(torch.func.rearrange(images, "b h w c -> b c h w").shape);
                print(torch.func.rearrange(images, "b h w c -> b (c h w)").shape);
                print(torch.func.rearrange(images, "b (h1 h) (w1 w) c -> (b h1 w1) h w c", ("h1", 2), ("w1", 2)).shape);
                print(torch.func.rearrange(images, "b (h h1) (w w1) c -> b h w (c h1 w1)", ("h1", 2), ("w1", 2)).shape);
                var x = torch.arange(24.0).reshape(2, 3, 4);
                print(torch.func.rearrange(x, "a b c -> c b a"));
                print(torch.func.rearrange(x, "a b c -> a (b c)"));
                print(torch.func.rearrange(x, "(a1 a2) b c -> a1 a2 b c", ("a1", 2)));
                print(torch.func.rearrange(x, "a (b1 b2) c -> b2 a (c b1)", ("b1", 3)));
                print(torch.func.rearrange(x, "a b (c1 c2) -> c2 a b c1", ("c2", 2)));
                print(torch.func.rearrange(x, "... c -> c ..."));
                print(torch.func.rearrange(x, "a ... -> ... a"));
                print(torch.func.rearrange(x, "... b c -> ... (b c)"));
                print(torch.func.rearrange(x, "... -> (...)"));
                print(torch.func.rearrange(x, "a b c -> (c a) b"));
            });
    }

    [Test]
    public void GivesViewsAndGradFnsAsPyTorch()
    {
        RequireTwo();
        Dialect.Verify(
            "from torch.func import rearrange\n" + """
            x = torch.arange(24.0).reshape(2, 3, 4).detach().requires_grad_()
            w = torch.arange(24.0)
            for p in ["a b c -> a b c", "a b c -> c b a", "a b c -> a (b c)", "a b c -> (c b) a", "(a1 a2) b c -> a1 a2 b c",
                      "a b c -> a b c 1", "a b c -> a () b c", "a (b 1) c -> a b (c 1)", "... -> (...)", "a ... -> ... a"]:
                y = rearrange(x, p, **({"a1": 1} if "a1" in p else {}))
                print(p, y.shape, list(y.stride()), y.is_contiguous(), y.data_ptr() == x.data_ptr(), y.grad_fn)
                (y.reshape(-1) * w).sum().backward()
                print(x.grad)
                x.grad = None
            x1 = torch.arange(6.0).reshape(1, 2, 1, 3).detach().requires_grad_()
            for p in ["1 a 1 b -> b a", "1 a () b -> (b a)", "1 a 1 b -> a b"]:
                y = rearrange(x1, p)
                print(p, y.shape, list(y.stride()), y.grad_fn, y.grad_fn.next_functions[0][0])
            print(rearrange(x, "... -> ...") is x)
            """,
            () =>
            {
                var x = torch.arange(24.0).reshape(2, 3, 4).detach().requires_grad_();
                var w = torch.arange(24.0);
                foreach (var p in new[] { "a b c -> a b c", "a b c -> c b a", "a b c -> a (b c)", "a b c -> (c b) a", "(a1 a2) b c -> a1 a2 b c",
                                          "a b c -> a b c 1", "a b c -> a () b c", "a (b 1) c -> a b (c 1)", "... -> (...)", "a ... -> ... a" })
                {
                    var y = p.Contains("a1") ? torch.func.rearrange(x, p, ("a1", 1)) : torch.func.rearrange(x, p);
                    print(p, y.shape, y.stride(), y.is_contiguous(), y.data_ptr() == x.data_ptr(), y.grad_fn);
                    (y.reshape(-1) * w).sum().backward();
                    print(x.grad);
                    x.grad = null;
                }
                var x1 = torch.arange(6.0).reshape(1, 2, 1, 3).detach().requires_grad_();
                foreach (var p in new[] { "1 a 1 b -> b a", "1 a () b -> (b a)", "1 a 1 b -> a b" })
                {
                    var y = torch.func.rearrange(x1, p);
                    print(p, y.shape, y.stride(), y.grad_fn, y.grad_fn!.next_functions[0].Item1);
                }
                print(ReferenceEquals(torch.func.rearrange(x, "... -> ..."), x));
            });
    }

    [Test]
    public void StacksListsAndSumsAnonymousAxes()
    {
        RequireTwo();
        Dialect.Verify(
            "from torch.func import rearrange\n" + Attempt + """
            a = torch.arange(6.0).reshape(2, 3)
            b = a * 10
            print(rearrange([a, b], "n h w -> h (n w)"))
            print(rearrange((a, b), "n h w -> w h n"))
            attempt(lambda: rearrange([], "n a -> a n"))
            attempt(lambda: rearrange([torch.ones(2), torch.ones(3)], "n a -> a n"))
            xi = torch.arange(6, dtype=torch.int32).reshape(2, 3, 1)
            print(rearrange(xi, "a b 1 -> b a"))
            print(rearrange(a, "a 1 -> a"))
            s = torch.tensor(5.0)
            print(rearrange(s, "->") is s, rearrange(s, " -> 1"), rearrange(s, "... -> (...)"))
            attempt(lambda: rearrange(s, "a -> a"))
            print(rearrange(a, "a b -> a b 01"))
            print(rearrange(a, "a b -> b a", a=-1))
            attempt(lambda: rearrange(torch.zeros(4, 3), "(a b) c -> a b c", a=-2))
            """,
            () =>
            {
                var a = torch.arange(6.0).reshape(2, 3);
                var b = a * 10;
                print(torch.func.rearrange([a, b], "n h w -> h (n w)"));
                print(torch.func.rearrange([a, b], "n h w -> w h n"));
                attempt(() => torch.func.rearrange([], "n a -> a n"));
                attempt(() => torch.func.rearrange([torch.ones(2), torch.ones(3)], "n a -> a n"));
                var xi = torch.arange(6, dtype: torch.int32).reshape(2, 3, 1);
                print(torch.func.rearrange(xi, "a b 1 -> b a"));
                print(torch.func.rearrange(a, "a 1 -> a"));
                var s = torch.tensor(5.0);
                print(ReferenceEquals(torch.func.rearrange(s, "->"), s), torch.func.rearrange(s, " -> 1"), torch.func.rearrange(s, "... -> (...)"));
                attempt(() => torch.func.rearrange(s, "a -> a"));
                print(torch.func.rearrange(a, "a b -> a b 01"));
                print(torch.func.rearrange(a, "a b -> b a", ("a", -1)));
                attempt(() => torch.func.rearrange(torch.zeros(4, 3), "(a b) c -> a b c", ("a", -2)));
            });
    }

    private static readonly (string Pattern, (string, long)[] Lengths)[] BadPatterns =
    [
        ("a b c", []), ("a b -> c -> d", []), ("a b c -> a b c", [("\u2026", 2)]), ("a b c -> ... a b c", []),
        ("(... a) b -> a b", []), ("a b c -> a b c .", []), ("a b c -> a b c ....", []), (".. a b c -> a b c", []),
        ("a a c -> a c", []), ("a (b c -> a b c", []), ("a b c) -> a b c", []), ("a ((b c)) -> a b c", []),
        ("a b c -> a b c!", []), ("a b\tc -> a b c", []), ("a b 2c -> a b c", []), ("_a b c -> _a b c", []), ("a_ b c -> a_ b c", []),
        ("a b² c -> a b² c", []), ("a b... c -> a b c", []), ("a b c -> a b 2", []), ("a b c -> a b c 0", []), ("a b c -> a b", []),
        ("a b c -> a b c d", []), ("a b c -> a b c", [("d", 3)]), ("a b ... -> a b", []), ("a b -> a b", []),
        ("a b c d -> a b c d", []), ("a b c d ... -> a b c d ...", []), ("(a b) c d -> a b c d", []),
        ("(a1 a2) b c -> a1 a2 b c", [("a1", 3)]), ("(a1 a2) b c -> a1 a2 b c", [("a1", 2), ("a2", 2)]),
        ("a b c -> a b c", [("a", 3)]), ("a b c -> a b c", [("a", 0)]), ("(a b) c d -> a b c d", [("a", 0)]),
        ("a ... (b c) -> a ... b c", []),
    ];

    [Test]
    public void RefusesBadPatternsWithPyTorchsMessages()
    {
        RequireTwo();
        string cases = string.Join(",\n    ", BadPatterns.Select(c =>
            $"({PythonString(c.Pattern)}, {{{string.Join(", ", c.Lengths.Select(l => $"{PythonString(l.Item1)}: {l.Item2}"))}}})"));
        Dialect.Verify(
            "from torch.func import rearrange\n" + Attempt + $"x = torch.arange(24.0).reshape(2, 3, 4)\nfor p, kw in [\n    {cases}\n]:\n" +
            "    attempt(lambda: rearrange(x, p, **kw).shape)\n",
            () =>
            {
                var x = torch.arange(24.0).reshape(2, 3, 4);
                foreach (var (p, kw) in BadPatterns) attempt(() => torch.func.rearrange(x, p, kw).shape);
            });
    }

    [Test]
    public void WarnsOfKeywordsAndAxisAsNames()
    {
        RequireTwo();
        Dialect.Verify(
            "from torch.func import rearrange\nimport warnings\n" + """
            with warnings.catch_warnings(record=True) as w:
                warnings.simplefilter("always")
                print(rearrange(torch.ones(2, 3), "if axis -> axis if").shape)
                print(rearrange(torch.ones(2, 3), "if axis -> axis if").shape)
                print(len(w))
                for r in w:
                    print(r.category.__name__, r.message)
            """,
            () =>
            {
                using var w = warnings.catch_warnings(record: true);
                print(torch.func.rearrange(torch.ones(2, 3), "if axis -> axis if").shape);
                print(torch.func.rearrange(torch.ones(2, 3), "if axis -> axis if").shape);
                print(len(w));
                foreach (var r in w) print(r.category.__name__, r.message);
            });
    }

    [Test]
    public void FunctorchEinopsIsTheSameFunction()
    {
        RequireTwo();
        Dialect.Verify(
            """
            from functorch.einops import rearrange
            x = torch.arange(12.0).reshape(4, 3)
            print(rearrange(x, "(h1 h) w -> h (h1 w)", h1=2))
            print(rearrange([x, x + 1], "n h w -> (h n) w"))
            """,
            () =>
            {
                var x = torch.arange(12.0).reshape(4, 3);
                print(functorch.einops.rearrange(x, "(h1 h) w -> h (h1 w)", ("h1", 2)));
                print(functorch.einops.rearrange([x, x + 1], "n h w -> (h n) w"));
            });
    }

    [Test]
    public void IsRefusedOnPyTorch1()
    {
        if (LibTorch.IsAtLeast(2, 1)) Assert.Ignore("PyTorch 2.x has rearrange");
        var x = torch.ones(2, 3);
        var e = Assert.Throws<NotSupportedException>(() => torch.func.rearrange(x, "a b -> b a"));
        Assert.That(e!.Message, Does.Contain("torch.func.rearrange").And.Contain($"LibTorch {LibTorch.Version}"));
        Assert.Throws<NotSupportedException>(() => torch.func.rearrange([x, x], "n a b -> b a n"));
        Assert.Throws<NotSupportedException>(() => functorch.einops.rearrange(x, "a b -> b a"));
        Assert.Throws<NotSupportedException>(() => functorch.einops.rearrange([x, x], "n a b -> b a n"));
    }

    private static string PythonString(string text) => "'" + text.Replace("\t", "\\t", StringComparison.Ordinal) + "'";
}
