using TorchInterop;
var x = Torch.Ones([2, 2], requiresGrad: true);
var y = x + 2;
var z = y * y * 3;
var output = z.Mean();
Console.WriteLine(y);
Console.WriteLine(output);
output.Backward();
Console.WriteLine(x.Grad);
x.Grad!.Zero_();
Console.WriteLine(x.Grad);
using (Autograd.NoGrad()) { Console.WriteLine((x * 2).RequiresGrad); }
Console.WriteLine(x.Detach().RequiresGrad);
