# The video tutorial "Calculating gradients with autograd" (seed 003), its code in the order it is typed.
# The transcript runs two cells that fail on purpose; here they are in try/except, printing PyTorch's message.
# Seeded so that its random tensors print the same numbers on every run.
import torch
torch.manual_seed(0)

x = torch.randn(3, requires_grad=True)
print(x)

y = x + 2
print(y)

z = y * y * 2
print(z)
z = z.mean()
print(z)

z.backward()  # dz/dx
print(x.grad)

x = torch.randn(3)
y = x + 2
print(y)
try:
    y.mean().backward()
except RuntimeError as e:
    print(e)

x = torch.randn(3, requires_grad=True)
y = x + 2
z = y * y * 2
try:
    z.backward()
except RuntimeError as e:
    print(e)
v = torch.tensor([0.1, 1.0, 0.001], dtype=torch.float32)
z.backward(v)
print(x.grad)

x.requires_grad_(False)
print(x)

x = torch.randn(3, requires_grad=True)
y = x.detach()
print(y)

with torch.no_grad():
    y = x + 2
    print(y)
y = x + 2
print(y)

weights = torch.ones(4, requires_grad=True)

for epoch in range(3):
    model_output = (weights * 3).sum()

    model_output.backward()

    print(weights.grad)

    weights.grad.zero_()

optimizer = torch.optim.SGD([weights], lr=0.01)
model_output = (weights * 3).sum()
model_output.backward()
optimizer.step()
optimizer.zero_grad()
print(weights, weights.grad)
