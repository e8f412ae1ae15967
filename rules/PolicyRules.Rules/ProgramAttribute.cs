using NRules.Fluent.Dsl;

namespace PolicyRules.Rules;

/// <summary>Marks a rule as deciding (part of) a program, so its explanation can be found per program: an NRules tag.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class ProgramAttribute(string program) : TagAttribute(TagFor(program))
{
    public static string TagFor(string program) => $"program:{program}";
}
