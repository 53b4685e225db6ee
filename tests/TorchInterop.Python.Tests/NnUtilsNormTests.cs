using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>torch.nn.utils' weight_norm and spectral_norm (the hook-based ones), against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class NnUtilsNormTests
{
    [Test]
    public void WeightNormReparametrizesAndRecomputesBeforeForward() => Dialect.Verify(
        """
        from torch import nn
        torch.manual_seed(0)
        m = nn.utils.weight_norm(nn.Linear(4, 3))
        print(m)
        print([n for n, _ in m.named_parameters()], list(m.state_dict().keys()))
        print(m.weight_g, m.weight_v.shape, m.weight)
        x = torch.randn(2, 4)
        y = m(x)
        print(y)
        y.sum().backward()
        print(m.weight_g.grad, m.weight_v.grad)
        with torch.no_grad():
            m.weight_g.mul_(2)
        print(m(x), m.weight)
        try:
            nn.utils.weight_norm(m)
        except RuntimeError as e:
            print(e)
        nn.utils.remove_weight_norm(m)
        print([n for n, _ in m.named_parameters()], m.weight)
        try:
            nn.utils.remove_weight_norm(m)
        except ValueError as e:
            print(e)
        c = nn.utils.weight_norm(nn.Conv2d(2, 3, 2), dim=None)
        print(c.weight_g, list(c.state_dict().keys()))
        print(c(torch.randn(1, 2, 3, 3)))
        s = nn.Sequential(nn.utils.weight_norm(nn.Linear(3, 2), dim=1))
        print(s(torch.ones(1, 3)), s[0].weight_g.shape)
        """,
        () =>
        {
            torch.manual_seed(0);
            var m = torch.nn.utils.weight_norm(torch.nn.Linear(4, 3));
            print(m);
            print(m.named_parameters().Select(p => p.Name).ToList(), m.state_dict().Keys.ToList());
            print(m.GetParameter("weight_g"), m.GetParameter("weight_v")!.shape, m.weight);
            var x = torch.randn(2, 4);
            var y = m.forward(x);
            print(y);
            y.sum().backward();
            print(m.GetParameter("weight_g")!.grad, m.GetParameter("weight_v")!.grad);
            using (torch.no_grad()) m.GetParameter("weight_g")!.mul_(2);
            print(m.forward(x), m.weight);
            try
            {
                torch.nn.utils.weight_norm(m);
            }
            catch (TorchException e) when (e.Kind == TorchErrorKind.RuntimeError)
            {
                print(e.Message);
            }
            torch.nn.utils.remove_weight_norm(m);
            print(m.named_parameters().Select(p => p.Name).ToList(), m.weight);
            try
            {
                torch.nn.utils.remove_weight_norm(m);
            }
            catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError)
            {
                print(e.Message);
            }
            var c = torch.nn.utils.weight_norm(torch.nn.Conv2d(2, 3, 2), dim: null);
            print(c.GetParameter("weight_g"), c.state_dict().Keys.ToList());
            print(c.forward(torch.randn(1, 2, 3, 3)));
            var s = torch.nn.Sequential(torch.nn.utils.weight_norm(torch.nn.Linear(3, 2), dim: 1));
            print(s.forward(torch.ones(1, 3)), s[0].GetParameter("weight_g")!.shape);
        });

    [Test]
    public void SpectralNormDrawsAsPyTorchAndIteratesInTrainingOnly() => Dialect.Verify(
        """
        from torch import nn
        torch.manual_seed(0)
        m = nn.utils.spectral_norm(nn.Linear(4, 3))
        print(m)
        print([n for n, _ in m.named_parameters()], [n for n, _ in m.named_buffers()], list(m.state_dict().keys()))
        print(m.weight_u, m.weight_v, m.weight_orig is not None)
        x = torch.randn(2, 4)
        y = m(x)
        print(y, m.weight_u, m.weight)
        y.sum().backward()
        print(m.weight_orig.grad)
        y2 = m(x) + m(x)
        y2.sum().backward()
        print(m.weight_orig.grad)
        m.eval()
        u = m.weight_u.clone()
        print(m(x), torch.equal(u, m.weight_u))
        try:
            nn.utils.spectral_norm(m)
        except RuntimeError as e:
            print(e)
        nn.utils.remove_spectral_norm(m)
        print([n for n, _ in m.named_parameters()], [n for n, _ in m.named_buffers()], m.weight)
        try:
            nn.utils.remove_spectral_norm(m)
        except ValueError as e:
            print(e)
        try:
            nn.utils.spectral_norm(nn.Linear(2, 2), n_power_iterations=0)
        except ValueError as e:
            print(e)
        try:
            nn.utils.spectral_norm(nn.Linear(2, 2, bias=False), name='bias')
        except ValueError as e:
            print(e)
        t = nn.utils.spectral_norm(nn.ConvTranspose2d(2, 3, 2), n_power_iterations=3)
        print(t.weight_u, t.weight_v.shape)
        print(t(torch.randn(1, 2, 2, 2)))
        """,
        () =>
        {
            torch.manual_seed(0);
            var m = torch.nn.utils.spectral_norm(torch.nn.Linear(4, 3));
            print(m);
            print(m.named_parameters().Select(p => p.Name).ToList(), m.named_buffers().Select(b => b.Name).ToList(), m.state_dict().Keys.ToList());
            print(m.GetBuffer("weight_u"), m.GetBuffer("weight_v"), m.GetParameter("weight_orig") is not null);
            var x = torch.randn(2, 4);
            var y = m.forward(x);
            print(y, m.GetBuffer("weight_u"), m.weight);
            y.sum().backward();
            print(m.GetParameter("weight_orig")!.grad);
            var y2 = m.forward(x) + m.forward(x);
            y2.sum().backward();
            print(m.GetParameter("weight_orig")!.grad);
            m.eval();
            var u = m.GetBuffer("weight_u")!.clone();
            print(m.forward(x), torch.equal(u, m.GetBuffer("weight_u")!));
            try
            {
                torch.nn.utils.spectral_norm(m);
            }
            catch (TorchException e) when (e.Kind == TorchErrorKind.RuntimeError)
            {
                print(e.Message);
            }
            torch.nn.utils.remove_spectral_norm(m);
            print(m.named_parameters().Select(p => p.Name).ToList(), m.named_buffers().Select(b => b.Name).ToList(), m.weight);
            foreach (var bad in new Action[]
                     {
                         () => torch.nn.utils.remove_spectral_norm(m),
                         () => torch.nn.utils.spectral_norm(torch.nn.Linear(2, 2), n_power_iterations: 0),
                         () => torch.nn.utils.spectral_norm(torch.nn.Linear(2, 2, bias: false), name: "bias"),
                     })
            {
                try
                {
                    bad();
                }
                catch (TorchException e) when (e.Kind == TorchErrorKind.ValueError)
                {
                    print(e.Message);
                }
            }
            var t = torch.nn.utils.spectral_norm(torch.nn.ConvTranspose2d(2, 3, 2), n_power_iterations: 3);
            print(t.GetBuffer("weight_u"), t.GetBuffer("weight_v")!.shape);
            print(t.forward(torch.randn(1, 2, 2, 2)));
        });

    [Test]
    public void ForwardHooksReplaceInputAndOutputUntilRemoved() => Dialect.Verify(
        """
        from torch import nn
        torch.manual_seed(0)
        m = nn.Linear(2, 2)
        x = torch.ones(1, 2)
        h1 = m.register_forward_pre_hook(lambda mod, inp: inp[0] * 2)
        h2 = m.register_forward_pre_hook(lambda mod, inp: print('pre', inp[0]))
        h3 = m.register_forward_hook(lambda mod, inp, out: out + 100)
        h4 = m.register_forward_hook(lambda mod, inp, out: print('post', inp[0], out))
        print(m(x))
        h1.remove()
        h3.remove()
        h3.remove()
        print(m(x))
        h2.remove()
        h4.remove()
        print(m(x))
        s = nn.Sequential(m, nn.ReLU())
        m.register_forward_hook(lambda mod, inp, out: -out)
        print(s(x))
        """,
        () =>
        {
            torch.manual_seed(0);
            var m = torch.nn.Linear(2, 2);
            var x = torch.ones(1, 2);
            var h1 = m.register_forward_pre_hook((mod, inp) => inp * 2);
            var h2 = m.register_forward_pre_hook((mod, inp) => print("pre", inp));
            var h3 = m.register_forward_hook((mod, inp, @out) => @out + 100);
            var h4 = m.register_forward_hook((mod, inp, @out) => print("post", inp, @out));
            print(m.forward(x));
            h1.remove();
            h3.remove();
            h3.remove();
            print(m.forward(x));
            h2.remove();
            h4.remove();
            print(m.forward(x));
            var s = torch.nn.Sequential(m, torch.nn.ReLU());
            m.register_forward_hook((mod, inp, @out) => -@out);
            print(s.forward(x));
        });
}
