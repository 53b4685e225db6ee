import torch

x = torch.ones(2, 2, requires_grad=True)
y = x + 2
z = y * y * 3
output = z.mean()
print(y)
print(output)
output.backward()
print(x.grad)
x.grad.zero_()
print(x.grad)
with torch.no_grad():
    print((x * 2).requires_grad)
print(x.detach().requires_grad)
