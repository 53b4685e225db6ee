namespace BenchRunner;

internal enum Language { CSharp, Cpp, Python }

internal static class LanguageNames
{
    public static readonly Language[] All = [Language.CSharp, Language.Cpp, Language.Python];

    public static string Display(this Language language) => language switch
    {
        Language.CSharp => "C#",
        Language.Cpp => "C++",
        _ => "Python",
    };
}
