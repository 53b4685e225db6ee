using BenchmarkDotNet.Running;

// Pass BenchmarkDotNet's own arguments, e.g. --filter '*' or --filter '*Shape*'.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
