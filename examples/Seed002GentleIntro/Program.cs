// "A gentle introduction to torch.autograd" (seed 002): waiting for resnet18, see WAITING.
System.Console.Error.WriteLine("Seed 002 is not ported yet: it needs torchvision's resnet18 with its pretrained weights.");
return 1;
