using static TorchInterop.Python.Builtins;
using F = TorchInterop.Python.torch.nn.functional;

namespace TorchInterop.Python.Tests;

/// <summary>
/// Names that tutorials written for PyTorch 2.x use: on LibTorch 2.x they print what that PyTorch prints; on 1.x,
/// where Python has no such names, they fail with a NotSupportedException that names both versions.
/// </summary>
[TestFixture, NonParallelizable]
public class PyTorch2NamesTests
{
    [Test]
    public void ScaledDotProductAttention()
    {
        if (!OnPyTorch2(() => F.scaled_dot_product_attention(torch.ones(1, 2), torch.ones(1, 2), torch.ones(1, 2)), "2.0")) return;
        Dialect.Verify(
            """
            import torch.nn.functional as F
            torch.manual_seed(0)
            q = torch.randn(2, 3, 4, requires_grad=True)
            k = torch.randn(2, 5, 4)
            v = torch.randn(2, 5, 4)
            out = F.scaled_dot_product_attention(q, k, v)
            print(out)
            out.sum().backward()
            print(q.grad)
            print(F.scaled_dot_product_attention(q, k, v, is_causal=True, scale=0.5))
            mask = torch.ones(3, 5).tril() > 0
            print(F.scaled_dot_product_attention(q, k, v, attn_mask=mask))
            """,
            () =>
            {
                torch.manual_seed(0);
                var q = torch.randn(2, 3, 4, requires_grad: true);
                var k = torch.randn(2, 5, 4);
                var v = torch.randn(2, 5, 4);
                var @out = F.scaled_dot_product_attention(q, k, v);
                print(@out);
                @out.sum().backward();
                print(q.grad);
                print(F.scaled_dot_product_attention(q, k, v, is_causal: true, scale: 0.5));
                var mask = torch.ones(3, 5).tril() > 0;
                print(F.scaled_dot_product_attention(q, k, v, attn_mask: mask));
            });
    }

    [Test]
    public void AcceleratorReportsNoneOnTheCpu()
    {
        if (!OnPyTorch2(() => torch.accelerator.is_available(), "2.6")) return;
        Dialect.Verify(
            """
            print(torch.accelerator.is_available(), torch.accelerator.current_accelerator(), torch.accelerator.device_count())
            torch.accelerator.current_device_index()
            """,
            () =>
            {
                print(torch.accelerator.is_available(), torch.accelerator.current_accelerator(), torch.accelerator.device_count());
                torch.accelerator.current_device_index();
            });
    }

    [Test]
    public void DefaultDeviceAndCompile()
    {
        if (!OnPyTorch2(() => torch.set_default_device("cpu"), "2.0")) return;
        Dialect.Verify(
            """
            torch.set_default_device('cpu')
            print(torch.get_default_device(), torch.ones(2).device, torch.zeros(1, 2).device, torch.arange(3).device)
            torch.set_default_device(None)
            print(torch.get_default_device())
            f = torch.compile(lambda x: x * 2)
            print(f(torch.ones(2)))
            """,
            () =>
            {
                torch.set_default_device("cpu");
                print(torch.get_default_device(), torch.ones(2).device, torch.zeros(1, 2).device, torch.arange(3).device);
                torch.set_default_device(null);
                print(torch.get_default_device());
                var f = torch.compile((Func<Tensor, Tensor>)(x => x * 2));
                print(f(torch.ones(2)));
            });
    }

    [Test]
    public void AutocastOnTheCpu() => Dialect.Verify(
        """
        import warnings
        torch.manual_seed(0)
        a = torch.randn(3, 4, requires_grad=True)
        b = torch.randn(4, 2)
        with torch.autocast('cpu', dtype=torch.bfloat16):
            c = a @ b
            d = a + 1
            print(c.dtype, d.dtype, c.grad_fn.name())
            with torch.autocast('cpu', enabled=False):
                print((a @ b).dtype)
        print((a @ b).dtype)
        c.float().sum().backward()
        print(a.grad)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            with torch.autocast('cpu', dtype=torch.float64):
                print((a @ b).dtype)
            print(len(w), w[0].message)
        with torch.autocast('cpu'):
            print((a @ b).dtype)
        """,
        () =>
        {
            torch.manual_seed(0);
            var a = torch.randn(3, 4, requires_grad: true);
            var b = torch.randn(4, 2);
            Tensor c;
            using (torch.autocast("cpu", dtype: torch.bfloat16))
            {
                c = a.matmul(b);
                var d = a + 1;
                print(c.dtype, d.dtype, c.grad_fn!.name());
                using (torch.autocast("cpu", enabled: false)) print(a.matmul(b).dtype);
            }
            print(a.matmul(b).dtype);
            c.@float().sum().backward();
            print(a.grad);
            using (var w = warnings.catch_warnings(record: true))
            {
                using (torch.autocast("cpu", dtype: torch.float64)) print(a.matmul(b).dtype);
                print(len(w), w[0].message);
            }
            using (torch.autocast("cpu")) print(a.matmul(b).dtype);
        });

    /// <summary>True on LibTorch 2.x; on 1.x, checks that <paramref name="use"/> is refused, naming both versions.</summary>
    private static bool OnPyTorch2(Action use, string since)
    {
        if (LibTorch.IsAtLeast(2, int.Parse(since.Split('.')[1], System.Globalization.CultureInfo.InvariantCulture))) return true;
        var e = Assert.Throws<NotSupportedException>(() => use());
        Assert.That(e!.Message, Does.Contain($"PyTorch {since}'s").And.Contain($"LibTorch {LibTorch.Version}"));
        return false;
    }
}
