# d2l.ai's autograd chapter notes (seed 001), line by line; each notebook cell's displayed value is printed.
# Seeded so that its random tensor prints the same numbers on every run.
import torch
torch.manual_seed(0)

x = torch.arange(4.0)
print(x)

print(x.requires_grad)

x.requires_grad_(True)
print(x.grad == None)

print(torch.tensor([1., 2., 3.], requires_grad=True))

print(torch.randn((2, 5), requires_grad=True))

y = 2 * torch.dot(x, x)
print(y)

y.backward()
print(x.grad)

print(x.grad == 4 * x)

x.grad.zero_()
print((x, x.grad))

y = 2 * x * x
print(y)

y.sum().backward()
print(x.grad)

x = torch.tensor([1.], requires_grad=True)
with torch.no_grad():
    y = x * 2
print(y.requires_grad)

x = torch.tensor([1.], requires_grad=True)
y = x * 2
print(y.requires_grad)
