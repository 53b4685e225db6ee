// The legacy Variable tutorial (seed 004), ported line by line from legacy_variable.py.
using TorchInterop.Python;
using static TorchInterop.Python.Builtins;

torch.manual_seed(0);

var x = Variable(torch.ones(2), requires_grad: true);
var z = 4 * x * x;
var y = z.norm();
print(y);

var x1 = torch.rand([2, 2], requires_grad: true);
var x2 = torch.rand([2, 2], requires_grad: true);
y = torch.mm(x1, x2);
z = torch.sin(y + x2);
var L = z.mean();
L.backward();
print(x1.grad, x2.grad);
