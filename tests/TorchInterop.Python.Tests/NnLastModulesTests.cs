using TorchInterop.NN;
using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>CrossMapLRN2d, RNNBase and RNNCellBase built directly, and 2.x's nn.Buffer, against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class NnLastModulesTests
{
    [Test]
    public void CrossMapLrn2dFollowsPyTorch() => Dialect.Verify(
        """
        from torch import nn
        x = torch.arange(48.).reshape(2, 4, 2, 3).div(10).requires_grad_()
        l = nn.CrossMapLRN2d(3, alpha=1e-2, k=2)
        print(l, nn.CrossMapLRN2d(5), nn.CrossMapLRN2d(2, 0.5, 1, 2.0))
        y = l(x)
        print(y, type(y.grad_fn).__name__)
        (y * torch.arange(48.).reshape(2, 4, 2, 3)).sum().backward()
        print(x.grad)
        torch.manual_seed(0)
        for size, channels in [(4, 2), (2, 5), (5, 3)]:
            x2 = torch.randn(2, channels, 3, 3, requires_grad=True)
            y2 = nn.CrossMapLRN2d(size, 0.3, 0.6, 1.5)(x2)
            y2.pow(2).sum().backward()
            print(y2, x2.grad)
        try:
            l(torch.zeros(2, 3))
        except (AssertionError, ValueError) as e:
            print(type(e).__name__, repr(str(e)))
        """,
        () =>
        {
            var x = torch.arange(48.0).reshape(2, 4, 2, 3).div(10).requires_grad_();
            var l = torch.nn.CrossMapLRN2d(3, alpha: 1e-2, k: 2);
            print(l, torch.nn.CrossMapLRN2d(5), torch.nn.CrossMapLRN2d(2, 0.5, 1, 2.0));
            var y = l.forward(x);
            print(y, y.grad_fn!.name());
            (y * torch.arange(48.0).reshape(2, 4, 2, 3)).sum().backward();
            print(x.grad);
            torch.manual_seed(0);
            foreach (var (size, channels) in new[] { (4L, 2L), (2L, 5L), (5L, 3L) })
            {
                var x2 = torch.randn(2, channels, 3, 3, requires_grad: true);
                var y2 = torch.nn.CrossMapLRN2d(size, 0.3, 0.6, 1.5).forward(x2);
                y2.pow(2).sum().backward();
                print(y2, x2.grad);
            }
            try { l.forward(torch.zeros(2, 3)); }
            catch (TorchException e) { print(e.PythonTypeName, repr(e.Message)); }
        });

    [Test]
    public void RnnBasesBuildTheLayersWithoutForward() => Dialect.Verify(
        """
        from torch import nn
        torch.manual_seed(0)
        m = nn.RNNBase('LSTM', 3, 4)
        print(m, [n for n, _ in m.named_parameters()], m.weight_ih_l0, m.bias_hh_l0)
        g = nn.RNNBase('RNN_RELU', 2, 3, num_layers=2, bidirectional=True, bias=False)
        print(g, [p.shape for p in g.parameters()], nn.RNNBase('GRU', 2, 3, batch_first=True, proj_size=2))
        c = nn.RNNCellBase(3, 4, True, 4)
        print(c, [p.shape for p in c.parameters()], c.weight_hh, nn.RNNCellBase(3, 2, bias=False, num_chunks=1))
        for bad in [lambda: m(torch.zeros(2, 1, 3)), lambda: nn.RNNBase('FOO', 3, 4), lambda: c(torch.zeros(1, 3))]:
            try:
                bad()
            except (NotImplementedError, ValueError) as e:
                print(type(e).__name__, e)
        """,
        () =>
        {
            torch.manual_seed(0);
            var m = torch.nn.RNNBase("LSTM", 3, 4);
            print(m, m.named_parameters().Select(p => p.Name).ToList(), m.GetParameter("weight_ih_l0"), m.GetParameter("bias_hh_l0"));
            var g = torch.nn.RNNBase("RNN_RELU", 2, 3, num_layers: 2, bidirectional: true, bias: false);
            print(g, g.parameters().Select(p => p.shape).ToList(), torch.nn.RNNBase("GRU", 2, 3, batch_first: true, proj_size: 2));
            var c = torch.nn.RNNCellBase(3, 4, true, 4);
            print(c, c.parameters().Select(p => p.shape).ToList(), c.GetParameter("weight_hh"), torch.nn.RNNCellBase(3, 2, bias: false, num_chunks: 1));
            Action[] bad = [() => m.forward(torch.zeros(2, 1, 3)), () => torch.nn.RNNBase("FOO", 3, 4), () => c.forward(torch.zeros(1, 3))];
            foreach (var b in bad)
            {
                try { b(); }
                catch (TorchException e) { print(e.PythonTypeName, e.Message); }
            }
        });

#if LIBTORCH_2
    [Test]
    public void RecurrentLayersCheckTheirSizesIn2x() => Dialect.Verify(
        """
        from torch import nn
        for bad in [lambda: nn.RNNBase('LSTM', 0, 4), lambda: nn.LSTM(3, 0), lambda: nn.GRU(3, 4, num_layers=0)]:
            try:
                bad()
            except ValueError as e:
                print(type(e).__name__, e)
        """,
        () =>
        {
            Action[] bad = [() => torch.nn.RNNBase("LSTM", 0, 4), () => torch.nn.LSTM(3, 0), () => torch.nn.GRU(3, 4, num_layers: 0)];
            foreach (var b in bad)
            {
                try { b(); }
                catch (TorchException e) { print(e.PythonTypeName, e.Message); }
            }
        });

    private sealed class WithBuffers : torch.nn.Module
    {
        public NN.Linear fc = torch.nn.Linear(2, 2);
        public Tensor stats = torch.nn.Buffer(torch.ones(2));
        public Tensor scratch = torch.nn.Buffer(torch.zeros(3), persistent: false);
        public Tensor plain = torch.ones(1);

        public override Tensor forward(Tensor x) => fc.forward(x) + stats;
    }

    [Test]
    public void BufferRegistersOnAssignment() => Dialect.Verify(
        """
        from torch import nn
        class WithBuffers(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(2, 2)
                self.stats = nn.Buffer(torch.ones(2))
                self.scratch = nn.Buffer(torch.zeros(3), persistent=False)
                self.plain = torch.ones(1)
            def forward(self, x):
                return self.fc(x) + self.stats
        torch.manual_seed(0)
        m = WithBuffers()
        print([n for n, _ in m.named_buffers()], list(m.state_dict().keys()), m(torch.ones(1, 2)))
        b = nn.Buffer(torch.ones(2, requires_grad=True))
        print(b, b.requires_grad, nn.Buffer())
        """,
        () =>
        {
            torch.manual_seed(0);
            var m = new WithBuffers();
            print(m.named_buffers().Select(b => b.Name).ToList(), m.state_dict().Keys.ToList(), m.forward(torch.ones(1, 2)));
            var b = torch.nn.Buffer(torch.ones([2], requires_grad: true));
            print(b, b.requires_grad, torch.nn.Buffer());
        });
#endif
}
