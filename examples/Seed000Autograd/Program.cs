// PyTorch's "Autograd" tutorial (seed 000), ported line by line from autograd_tutorial.py.
using TorchInterop.Python;
using static TorchInterop.Python.Builtins;

torch.manual_seed(0);

var x = torch.ones(2, 2, requires_grad: true);
print(x);

var y = x + 2;
print(y);

print(y.grad_fn);

var z = y * y * 3;
var @out = z.mean();
print(z, @out);

var a = torch.randn(2, 2);
a = ((a * 3) / (a - 1));
print(a.requires_grad);
a.requires_grad_(true);
print(a.requires_grad);
var b = (a * a).sum();
print(b.grad_fn);

@out.backward();

print(x.grad);

x = torch.randn(3, requires_grad: true);
y = x * 2;
while (y.data.norm() < 1000)
    y = y * 2;
print(y);

var v = torch.tensor(new[] { 0.1, 1.0, 0.0001 }, dtype: torch.@float);
y.backward(v);
print(x.grad);

print(x.requires_grad);
print((x.pow(2)).requires_grad);
using (torch.no_grad())
    print((x.pow(2)).requires_grad);
