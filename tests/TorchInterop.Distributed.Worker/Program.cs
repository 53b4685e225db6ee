using TorchInterop.Distributed.Worker;

if (args.Length != 1 || !Scenarios.All.TryGetValue(args[0], out var scenario))
{
    Console.Error.WriteLine($"usage: TorchInterop.Distributed.Worker <{string.Join("|", Scenarios.All.Keys)}>");
    return 2;
}
scenario();
Console.Out.Flush();
return 0;
