using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>
/// Module constructor numbers keep Python's int or float spelling in the repr: ConstantPad1d(2, 3) prints value=3,
/// ConstantPad1d(2, 3.0) prints value=3.0, as PyTorch's format of the stored number does.
/// </summary>
[TestFixture, NonParallelizable]
public class NnNumberArgumentReprTests
{
    [Test]
    public void IntAndFloatArgumentsPrintAsPythonSpellsThem() => Dialect.Verify(
        """
        from torch import nn
        x = torch.arange(6.0).view(1, 2, 3)
        for m in [nn.ConstantPad1d(1, 3), nn.ConstantPad1d(1, 3.0), nn.ConstantPad2d((1, 0, 0, 1), -2),
                  nn.ConstantPad2d(1, 0.5), nn.ConstantPad3d(1, 0), nn.ConstantPad3d((1, 0, 0, 0, 1, 0), 1e-3)]:
            print(m)
        print(nn.ConstantPad1d(1, 3)(x), nn.ConstantPad2d((1, 0, 0, 1), -2)(x))
        for m in [nn.Softshrink(), nn.Softshrink(1), nn.Softshrink(1.0), nn.Softshrink(lambd=2),
                  nn.Hardshrink(), nn.Hardshrink(1), nn.Hardshrink(0.25)]:
            print(m, m(x - 2.5))
        """,
        () =>
        {
            var x = torch.arange(6.0).view(1, 2, 3);
            foreach (var m in new TorchInterop.NN.Module[] { torch.nn.ConstantPad1d(1, 3), torch.nn.ConstantPad1d(1, 3.0),
                         torch.nn.ConstantPad2d((1, 0, 0, 1), -2), torch.nn.ConstantPad2d(1, 0.5), torch.nn.ConstantPad3d(1, 0),
                         torch.nn.ConstantPad3d((1, 0, 0, 0, 1, 0), 1e-3) })
                print(m);
            print(torch.nn.ConstantPad1d(1, 3).forward(x), torch.nn.ConstantPad2d((1, 0, 0, 1), -2).forward(x));
            foreach (var m in new TorchInterop.NN.Module<Tensor, Tensor>[] { torch.nn.Softshrink(), torch.nn.Softshrink(1),
                         torch.nn.Softshrink(1.0), torch.nn.Softshrink(lambd: 2), torch.nn.Hardshrink(), torch.nn.Hardshrink(1),
                         torch.nn.Hardshrink(0.25) })
                print(m, m.forward(x - 2.5));
        });
}
