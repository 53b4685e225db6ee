# The legacy Variable tutorial (seed 004), line by line. `z=4xx` in the text is z = 4 * x * x.
# Seeded so that its random tensors print the same numbers on every run.
from torch.autograd import Variable
import torch
torch.manual_seed(0)

x = Variable(torch.ones(2), requires_grad = True)
z = 4 * x * x
y = z.norm()
print(y)

x1 = torch.rand((2,2), requires_grad=True)
x2 = torch.rand((2,2), requires_grad=True)
y=torch.mm(x1,x2)
z=torch.sin(y+x2)
L=z.mean()
L.backward()
print(x1.grad, x2.grad)
