using System.Text.Json;
using TorchInterop.Tests.Parity;

namespace TorchInterop.Python.Tests.ApiCoverage;

/// <summary>
/// The public names of each namespace of the PyTorch this environment has, listed by that PyTorch at test time:
/// <c>__all__</c> where a module declares it, otherwise its public attributes that PyTorch itself defines (not the
/// typing helpers and standard modules it imports). Submodules are namespaces of their own, not names.
/// </summary>
internal static class PythonNames
{
    public static readonly string[] Namespaces =
    [
        "torch", "torch.Tensor", "torch.nn", "torch.nn.functional", "torch.nn.init", "torch.nn.utils", "torch.nn.utils.rnn",
        "torch.optim", "torch.optim.lr_scheduler", "torch.optim.swa_utils", "torch.autograd", "torch.autograd.functional", "torch.autograd.forward_ad",
        "torch.autograd.graph", "torch.utils.data", "torch.linalg", "torch.fft", "torch.special", "torch.distributions",
        "torch.func", "torch.autograd.profiler", "torch.profiler", "torch.utils.checkpoint", "functorch", "torch.distributed",
    ];

    private const string Script = """
        import importlib, json, types, torch

        def defined_by_torch(value):
            module = getattr(value, '__module__', None) or ''
            if isinstance(value, (bool, int, float, str, torch.dtype)):
                return True
            # functorch (1.13's transforms package, kept by 2.x) defines its names in functorch._src.
            return module.startswith(('torch', 'functorch')) or type(value).__name__ in ('builtin_function_or_method', 'method_descriptor')

        def names_of(path):
            if path == 'torch.Tensor':
                return sorted(n for n in dir(torch.Tensor) if not n.startswith('_'))
            try:
                module = importlib.import_module(path)
            except ImportError:
                return None
            declared = getattr(module, '__all__', None)
            candidates = list(declared) if declared is not None else [n for n in dir(module) if not n.startswith('_')]
            result = set()
            for name in candidates:
                if name.startswith('_'):
                    continue
                try:
                    value = getattr(module, name)
                except AttributeError:
                    continue
                if isinstance(value, types.ModuleType):
                    continue
                if declared is None and not defined_by_torch(value):
                    continue
                result.add(name)
            return sorted(result)

        spaces = NAMESPACES
        print(json.dumps({path: names_of(path) for path in spaces}))
        """;

    /// <summary>Namespace to its public names; a namespace this PyTorch lacks (torch.func in 1.13) is absent.</summary>
    public static IReadOnlyDictionary<string, string[]> List()
    {
        string spaces = "[" + string.Join(", ", Namespaces.Select(n => $"'{n}'")) + "]";
        string json = PyTorch.Run(Script.Replace("NAMESPACES", spaces)).Trim();
        var parsed = JsonSerializer.Deserialize<Dictionary<string, string[]?>>(json.Split('\n')[^1])!;
        return parsed.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!);
    }
}
