// The video tutorial "Calculating gradients with autograd" (seed 003), ported line by line from autograd_video.py.
using TorchInterop;
using TorchInterop.Python;
using static TorchInterop.Python.Builtins;

torch.manual_seed(0);

var x = torch.randn(3, requires_grad: true);
print(x);

var y = x + 2;
print(y);

var z = y * y * 2;
print(z);
z = z.mean();
print(z);

z.backward();  // dz/dx
print(x.grad);

x = torch.randn(3);
y = x + 2;
print(y);
try
{
    y.mean().backward();
}
catch (TorchException e)
{
    print(e.Message);
}

x = torch.randn(3, requires_grad: true);
y = x + 2;
z = y * y * 2;
try
{
    z.backward();
}
catch (TorchException e)
{
    print(e.Message);
}
var v = torch.tensor(new[] { 0.1, 1.0, 0.001 }, dtype: torch.float32);
z.backward(v);
print(x.grad);

x.requires_grad_(false);
print(x);

x = torch.randn(3, requires_grad: true);
y = x.detach();
print(y);

using (torch.no_grad())
{
    y = x + 2;
    print(y);
}
y = x + 2;
print(y);

var weights = torch.ones(4, requires_grad: true);

foreach (var epoch in Enumerable.Range(0, 3))
{
    var model_output = (weights * 3).sum();

    model_output.backward();

    print(weights.grad);

    weights.grad!.zero_();
}

var optimizer = torch.optim.SGD([weights], lr: 0.01);
{
    var model_output = (weights * 3).sum();
    model_output.backward();
}
optimizer.step();
optimizer.zero_grad();
print(weights, weights.grad);
