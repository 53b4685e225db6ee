using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TorchInterop.Python.Tests.OverloadAudit;

/// <summary>A probe's outcome: ambiguous (CS0121), bound to an overload that reads the literal as an enum, or fine.</summary>
internal sealed record ProbeResult(TrapProbe Probe, string? Problem);

/// <summary>Compiles all probes in one program against the dialect (Roslyn, C# 14) and reads how each call bound.</summary>
internal static class ProbeCompiler
{
    public static List<ProbeResult> Run(IReadOnlyList<TrapProbe> probes)
    {
        var source = new StringBuilder("#nullable disable\nusing TorchInterop;\nusing TorchInterop.Python;\n#pragma warning disable\nstatic class Probes\n{\n");
        for (int i = 0; i < probes.Count; i++)
            source.Append($"    static void P{i}()\n    {{\n        global::TorchInterop.Tensor x = default!;\n{probes[i].Locals}        {probes[i].Call};\n    }}\n");
        source.Append("}\n");
        var tree = CSharpSyntaxTree.ParseText(source.ToString(), new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("Probes", [tree], References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var model = compilation.GetSemanticModel(tree);
        var methods = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().ToList();
        var ambiguous = compilation.GetDiagnostics().Where(d => d.Id == "CS0121").Select(d => d.Location.SourceSpan).ToList();
        var results = new List<ProbeResult>();
        for (int i = 0; i < probes.Count; i++)
        {
            var method = methods[i];
            var call = method.DescendantNodes().OfType<InvocationExpressionSyntax>().Last();
            string? problem = null;
            if (ambiguous.Any(span => method.Span.Contains(span))) problem = "ambiguous (CS0121)";
            else if (probes[i].IsZeroTrap && model.GetSymbolInfo(call).Symbol is IMethodSymbol bound && ReadsAsEnum(bound, probes[i]))
                problem = $"binds to {bound.ToDisplayString()}, which reads 0 as an enum";
            results.Add(new ProbeResult(probes[i], problem));
        }
        return results;
    }

    private static bool ReadsAsEnum(IMethodSymbol bound, TrapProbe probe)
    {
        var parameters = bound.Parameters.Skip(probe.Group.IsExtension && bound.IsStatic ? 1 : 0).ToList();
        if (probe.Position >= parameters.Count) return false;
        var type = parameters[probe.Position].Type;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) type = nullable.TypeArguments[0];
        return type.TypeKind == TypeKind.Enum;
    }

    private static IEnumerable<MetadataReference> References()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToHashSet();
        paths.Add(typeof(torch).Assembly.Location);
        paths.Add(typeof(Tensor).Assembly.Location);
        foreach (var name in typeof(torch).Assembly.GetReferencedAssemblies())
            paths.Add(System.Reflection.Assembly.Load(name).Location);
        return paths.Where(p => p.Length > 0).Select(p => MetadataReference.CreateFromFile(p));
    }
}
