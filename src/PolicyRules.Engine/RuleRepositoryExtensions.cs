using NRules.RuleModel;

namespace PolicyRules.Engine;

/// <summary>Compiles what an NRules repository loaded into the three-valued engine (NRules' own runtime is <c>repository.Compile()</c>).</summary>
public static class RuleRepositoryExtensions
{
    /// <summary>Every rule set of the repository, in one network.</summary>
    public static ISessionFactory CompileThreeValued(this IRuleRepository repository) =>
        new ThreeValuedRuleCompiler().Compile(repository.GetRuleSets());

    /// <summary>One named rule set.</summary>
    public static ISessionFactory CompileThreeValued(this IRuleRepository repository, string ruleSet)
    {
        var set = repository.GetRuleSets().SingleOrDefault(s => s.Name == ruleSet)
            ?? throw new InvalidOperationException($"Rule set '{ruleSet}' is not loaded.");
        return new ThreeValuedRuleCompiler().Compile(set.Rules);
    }
}
