using System.Reflection;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine;

/// <summary>Which rule classes a <see cref="RuleRepository"/> loads, and into which rule set.</summary>
public interface IRuleLoadSpec
{
    IRuleLoadSpec From(params Assembly[] assemblies);

    IRuleLoadSpec From(params Type[] ruleTypes);

    IRuleLoadSpec Where(Func<RuleMetadata, bool> filter);

    IRuleLoadSpec To(string ruleSetName);
}
