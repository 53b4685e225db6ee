// What TorchSharp's public API has, read from its assembly, and what its first tensor call does on this machine.
// Run by build/torchsharp-facts.sh in a temporary project; not part of the solution.
using System.Reflection;
using System.Runtime.InteropServices;

var assembly = typeof(TorchSharp.torch).Assembly;
var types = assembly.GetExportedTypes();
var allMembers = types.SelectMany(t => t.GetMembers()).Select(m => m.Name).ToHashSet();
Type? Find(string fullName) => types.FirstOrDefault(t => t.FullName == fullName);
string Names(Type? type) => type is null ? "(absent)" : string.Join(" ", type.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
    .Where(m => m is MethodInfo { IsSpecialName: false } or PropertyInfo or FieldInfo or Type).Select(m => m.Name).Distinct().Order());
string Has(bool present) => present ? "yes" : "no";
// TorchSharp's loader writes its trace to stdout as well; the script keeps only these lines.
void Say(string line) => Console.WriteLine("| " + line);

Say($"{assembly.GetName().Name} {assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}");
var tensor = Find("TorchSharp.torch+Tensor")!;
Say($"Tensor.grad_fn: {Has(tensor.GetMember("grad_fn").Length > 0)}");
Say($"tensor hooks (Tensor.register_hook and the like): {Has(tensor.GetMembers().Any(m => m.Name.Contains("hook", StringComparison.OrdinalIgnoreCase)))}");
Say($"custom Functions (torch.autograd.Function): {Has(Find("TorchSharp.torch+autograd+Function`1") is not null)}");
Say($"torch.autograd: {Names(Find("TorchSharp.torch+autograd"))}");
Say($"torch.autograd.functional: {Names(Find("TorchSharp.torch+autograd+functional"))}");
Say($"forward AD (make_dual, unpack_dual, dual_level): {Has(allMembers.Contains("make_dual") || allMembers.Contains("dual_level"))}");
Say($"gradcheck / gradgradcheck: {Has(allMembers.Any(n => n.Contains("gradcheck")))}");
Say($"vmap / torch.func: {Has(allMembers.Contains("vmap") || Find("TorchSharp.torch+func") is not null)}");
Say($"TensorStringStyle (printing styles): {Names(Find("TorchSharp.TensorStringStyle")).Replace("value__", "").Trim()}");
Say($"torch.distributed: {Names(Find("TorchSharp.torch+distributed"))}");
Say($"torch.utils.data: {Names(Find("TorchSharp.torch+utils+data"))}");
Say($"torch.jit: {Names(Find("TorchSharp.torch+jit"))}");
Say($"torch.utils.tensorboard: {Names(Find("TorchSharp.torch+utils+tensorboard"))}");

// The managed TorchSharp loader reports a missing package; the dynamic loader says what really fails.
string native = Path.Combine(AppContext.BaseDirectory, "cpu", "libLibTorchSharp.so");
try
{
    using var x = TorchSharp.torch.ones(3);
    Say($"first tensor call: {x.ToString(TorchSharp.TensorStringStyle.Default)}");
}
catch (Exception e)
{
    Say($"first tensor call: {e.GetType().FullName}: {e.InnerException?.GetType().FullName}: {e.InnerException?.Message.Split('\n')[0]}");
    try { NativeLibrary.Load(native); }
    catch (Exception load)
    {
        foreach (var line in load.Message.Split('\n').Where(l => l.Contains("GLIBCXX") || l.Contains("version")).Select(l => l.Trim()))
            Say($"dlopen: {line.Replace(AppContext.BaseDirectory, "bin/")}");
    }
}
