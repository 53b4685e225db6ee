// Fits a linear model to noisy data with SGD over a shuffled DataLoader, as reference.py does, and prints the same lines.
using System.Globalization;
using TorchInterop.Python;
using static TorchInterop.Python.Builtins;
using static TorchInterop.Python.torch.utils.data;

torch.manual_seed(0);
var x = torch.randn(100, 3);
var true_w = torch.tensor(new[,] { { 2.0, -1.0, 0.5 } });
var y = x.matmul(true_w.t()) + 0.3 + 0.1 * torch.randn(100, 1);

var (train, val) = random_split(TensorDataset(x, y), [80, 20]);
var loader = DataLoader(train, batch_size: 16, shuffle: true);
var (val_x, val_y) = DataLoader(val, batch_size: len(val)).First();

var model = torch.nn.Linear(3, 1);
var loss_fn = torch.nn.MSELoss();
var optimizer = torch.optim.SGD(model.parameters(), lr: 0.1);
print(len(train), len(val), len(loader));
for (int epoch = 0; epoch < 8; epoch++)
{
    double total = 0.0;
    foreach (var (xb, yb) in loader)
    {
        optimizer.zero_grad();
        var loss = loss_fn.forward(model.forward(xb), yb);
        loss.backward();
        optimizer.step();
        total += loss.item().ToDouble();
    }
    double val_loss;
    using (torch.no_grad())
        val_loss = loss_fn.forward(model.forward(val_x), val_y).item().ToDouble();
    print(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch + 1}: train loss {total / len(loader):F6}, val loss {val_loss:F6}"));
}
print(model.weight, model.bias);
