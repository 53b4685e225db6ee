using static TorchInterop.Python.Builtins;
using fwAD = TorchInterop.Python.torch.autograd.forward_ad;

namespace TorchInterop.Python.Tests;

/// <summary>torch.autograd.forward_ad in Python's spelling, against PyTorch: the forward-mode AD tutorial's lines.</summary>
[TestFixture, NonParallelizable]
public class ForwardAdDialectTests
{
    [Test]
    public void TheTutorialsLinesMatchPyTorch() => Dialect.Verify(
        """
        import torch.autograd.forward_ad as fwAD
        torch.manual_seed(0)
        primal = torch.randn(3, 3)
        tangent = torch.randn(3, 3)
        def fn(x, y):
            return x ** 2 + y ** 2
        plain_tensor = torch.randn(3, 3)
        with fwAD.dual_level():
            dual_input = fwAD.make_dual(primal, tangent)
            print(fwAD.unpack_dual(dual_input).tangent.equal(tangent))
            dual_output = fn(dual_input, plain_tensor)
            jvp = fwAD.unpack_dual(dual_output).tangent
            p, t = fwAD.unpack_dual(dual_output)
            print(jvp, p.equal(primal ** 2 + plain_tensor ** 2))
            print(fwAD.unpack_dual(plain_tensor))
        print(fwAD.unpack_dual(dual_output).tangent)
        level = fwAD.enter_dual_level()
        d = fwAD.make_dual(torch.ones(2), torch.full((2,), 3.0))
        print(fwAD.unpack_dual(d.sin(), level=level))
        fwAD.exit_dual_level(level=level)
        try:
            fwAD.make_dual(torch.ones(2), torch.ones(2))
        except RuntimeError as e:
            print(e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var primal = torch.randn(3, 3);
            var tangent = torch.randn(3, 3);
            Tensor fn(Tensor x, Tensor y) => x.pow(2) + y.pow(2);
            var plain_tensor = torch.randn(3, 3);
            Tensor dual_output;
            using (fwAD.dual_level())
            {
                var dual_input = fwAD.make_dual(primal, tangent);
                print(fwAD.unpack_dual(dual_input).tangent!.equal(tangent));
                dual_output = fn(dual_input, plain_tensor);
                var jvp = fwAD.unpack_dual(dual_output).tangent;
                var (p, t) = fwAD.unpack_dual(dual_output);
                print(jvp, p.equal(primal.pow(2) + plain_tensor.pow(2)));
                print(fwAD.unpack_dual(plain_tensor));
            }
            print(fwAD.unpack_dual(dual_output).tangent);
            var level = fwAD.enter_dual_level();
            var d = fwAD.make_dual(torch.ones(2), torch.full([2], 3.0));
            print(fwAD.unpack_dual(d.sin(), level: level));
            fwAD.exit_dual_level(level: level);
            try { fwAD.make_dual(torch.ones(2), torch.ones(2)); }
            catch (TorchException e) { print(e.Message); }
        });
}
