// d2l.ai's autograd chapter notes (seed 001), ported line by line from d2l_autograd.py.
using TorchInterop.Python;
using static TorchInterop.Python.Builtins;

torch.manual_seed(0);

var x = torch.arange(4.0);
print(x);

print(x.requires_grad);

x.requires_grad_(true);
print(x.grad is null);

print(torch.tensor(new[] { 1.0, 2.0, 3.0 }, requires_grad: true));

print(torch.randn([2, 5], requires_grad: true));

var y = 2 * torch.dot(x, x);
print(y);

y.backward();
print(x.grad);

print(x.grad! == 4 * x);

x.grad!.zero_();
print((x, x.grad));

y = 2 * x * x;
print(y);

y.sum().backward();
print(x.grad);

x = torch.tensor(new[] { 1.0 }, requires_grad: true);
using (torch.no_grad())
    y = x * 2;
print(y.requires_grad);

x = torch.tensor(new[] { 1.0 }, requires_grad: true);
y = x * 2;
print(y.requires_grad);
