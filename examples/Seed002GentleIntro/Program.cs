// "A gentle introduction to torch.autograd" (seed 002), ported line by line from gentle_intro.py, with the same two
// changes explained there: resnet18 keeps its seeded random initialization (no pretrained download), and two prints
// marked "added" show that the model's forward, backward and SGD step agree with PyTorch's.
using TorchInterop.Python;
using static TorchInterop.Python.Builtins;

torch.manual_seed(0);
var model = torchvision.models.resnet18();
var data = torch.rand(1, 3, 64, 64);
var labels = torch.rand(1, 1000);
print(data.shape, "--->", labels.shape);

var prediction = model.Call(data); // 前向传播

var loss = (prediction - labels).sum();
loss.backward(); //反向传播
print(loss); // added

var optim = torch.optim.SGD(model.parameters(), lr: 1e-2, momentum: 0.9);

optim.step(); // 梯度下降
print(model.fc.bias![..3]); // added

var a = torch.tensor(new[] { 2.0, 3.0 }, requires_grad: true);
var b = torch.tensor(new[] { 6.0, 4.0 }, requires_grad: true);
print(a);
print(b);

var Q = 3 * a.pow(3) - b.pow(2);
print(Q);

var external_grad = torch.tensor(new[] { 1.0, 1.0 });
Q.backward(gradient: external_grad);

print(9 * a.pow(2) == a.grad!);
print(-2 * b == b.grad!);
