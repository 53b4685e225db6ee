using TorchInterop.NN;
using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>A model of one's own, as Python writes it (<c>class Net(nn.Module)</c>), against PyTorch.</summary>
[TestFixture, NonParallelizable]
public class UserModuleTests
{
    private sealed class Net : torch.nn.Module
    {
        public Linear fc1 = torch.nn.Linear(4, 8);
        public ReLU act = torch.nn.ReLU();
        public Linear fc2 { get; } = torch.nn.Linear(8, 2);
        public Tensor scale = torch.nn.Parameter(torch.ones(2));

        public override Tensor forward(Tensor x) => fc2.forward(act.forward(fc1.forward(x))) * scale;
    }

    [Test]
    public void FieldsRegisterInDeclarationOrder() => Dialect.Verify(
        """
        from torch import nn
        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc1 = nn.Linear(4, 8)
                self.act = nn.ReLU()
                self.fc2 = nn.Linear(8, 2)
                self.scale = nn.Parameter(torch.ones(2))
            def forward(self, x):
                return self.fc2(self.act(self.fc1(x))) * self.scale
        torch.manual_seed(0)
        model = Net()
        print(model)
        print([n for n, _ in model.named_parameters()])
        print([n for n, _ in model.named_modules()], [n for n, _ in model.named_children()])
        x = torch.randn(3, 4)
        print(model.to("cpu")(x))
        print(model.eval().training, model.train().training, list(model.state_dict().keys()))
        model.register_buffer("steps", torch.zeros(1))
        print([n for n, _ in model.named_buffers()], list(model.state_dict().keys())[-1])
        print(model.double().fc1.weight.dtype, model.float().fc1.weight.dtype)
        print(model.requires_grad_(False).scale.requires_grad)
        model.apply(lambda m: print(type(m).__name__))
        """,
        () =>
        {
            torch.manual_seed(0);
            var model = new Net();
            print(model);
            print(model.named_parameters().Select(p => p.Name).ToList());
            print(model.named_modules().Select(p => p.Name).ToList(), model.named_children().Select(p => p.Name).ToList());
            var x = torch.randn(3, 4);
            print(model.to("cpu").forward(x));
            print(model.eval().training, model.train().training, model.state_dict().Keys.ToList());
            model.register_buffer("steps", torch.zeros(1));
            print(model.named_buffers().Select(p => p.Name).ToList(), model.state_dict().Keys.Last());
            print(model.@double().fc1.weight!.dtype, model.@float().fc1.weight!.dtype);
            print(model.requires_grad_(false).scale.requires_grad);
            model.apply(m => print(m.GetType().Name));
        });
}
