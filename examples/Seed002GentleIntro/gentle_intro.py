# "A gentle introduction to torch.autograd" (seed 002), line by line (the tutorial's `momentum=0,9` is 0.9).
# Two changes, the same in the C# port: pretrained=True would download ImageNet weights, which a machine without
# network cannot do, so the model keeps torchvision's random initialization, made reproducible by the
# torch.manual_seed(0) above it; and two prints marked "added" show that the forward pass, the backward pass and the
# SGD step agree with the C# port, since the tutorial prints nothing from the model.
import torch, torchvision
torch.manual_seed(0)
model = torchvision.models.resnet18()
data = torch.rand(1,3,64,64)
labels = torch.rand(1,1000)
print(data.shape,'--->',labels.shape)

prediction = model(data)# 前向传播

loss = (prediction - labels).sum()
loss.backward() #反向传播
print(loss) # added

optim = torch.optim.SGD(model.parameters(), lr=1e-2, momentum=0.9)

optim.step()# 梯度下降
print(model.fc.bias[:3]) # added

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
