# "A gentle introduction to torch.autograd" (seed 002), line by line (the tutorial's `momentum=0,9` is 0.9).
# Not run yet: see WAITING. resnet18(pretrained=True) also downloads weights, which a machine without network
# cannot do; the port will use weights saved beside it.
import torch, torchvision
torch.manual_seed(0)
model = torchvision.models.resnet18(pretrained=True)
data = torch.rand(1,3,64,64)
labels = torch.rand(1,1000)
print(data.shape,'--->',labels.shape)

prediction = model(data)# 前向传播

loss = (prediction - labels).sum()
loss.backward() #反向传播

optim = torch.optim.SGD(model.parameters(), lr=1e-2, momentum=0.9)

optim.step()# 梯度下降

import torch
a = torch.tensor([2., 3.], requires_grad=True)
b = torch.tensor([6., 4.], requires_grad=True)
print(a)
print(b)

Q = 3*a**3 - b**2
print(Q)

external_grad = torch.tensor([1., 1.])
Q.backward(gradient=external_grad)

print(9*a**2  == a.grad)
print(-2*b == b.grad)
