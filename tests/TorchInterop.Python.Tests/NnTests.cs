using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>torch.nn modules under their Python names.</summary>
[TestFixture, NonParallelizable]
public class NnTests
{
    [Test]
    public void ModulesParametersAndTraining() => Dialect.Verify(
        """
        torch.manual_seed(0)
        model = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.Tanh(), torch.nn.Linear(3, 1))
        print(model)
        print(model[0].weight)
        optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
        x = torch.randn(4, 2)
        loss_fn = torch.nn.MSELoss()
        for step in range(3):
            optimizer.zero_grad()
            loss = loss_fn(model(x), torch.zeros(4, 1))
            loss.backward()
            optimizer.step()
            print(loss.item())
        model.eval()
        print(model.training, model[2].bias, len(model.state_dict()))
        torch.nn.init.zeros_(model[2].bias)
        print(model[2].bias)
        """,
        () =>
        {
            torch.manual_seed(0);
            var model = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.Tanh(), torch.nn.Linear(3, 1));
            print(model);
            print(model[0].weight);
            var optimizer = torch.optim.SGD(model.parameters(), lr: 0.1, momentum: 0.9);
            var x = torch.randn(4, 2);
            var loss_fn = torch.nn.MSELoss();
            for (int step = 0; step < 3; step++)
            {
                optimizer.zero_grad();
                var loss = loss_fn.forward(model.forward(x), torch.zeros(4, 1));
                loss.backward();
                optimizer.step();
                print(loss.item());
            }
            model.eval();
            print(model.training, model[2].bias, len(model.state_dict()));
            torch.nn.init.zeros_(model[2].bias!);
            print(model[2].bias);
        });
}
