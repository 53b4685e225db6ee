// "A gentle introduction to torch.autograd" (seed 002): waiting, see WAITING.
System.Console.Error.WriteLine("Seed 002 is not ported yet: it needs torchvision's resnet18 and torch.optim.SGD.");
return 1;
