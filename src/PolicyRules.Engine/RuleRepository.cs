using System.Reflection;
using PolicyRules.Engine.Fluent;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine;

/// <summary>
/// Loads rule classes into named rule sets and compiles them, as NRules' RuleRepository does:
/// <c>repository.Load(x =&gt; x.From(assembly).Where(r =&gt; r.IsTagged("Enrolment")).To("Enrolment"))</c>.
/// Rules keep the order they were loaded in (classes by full name within an assembly), which is
/// the tie-break between equal priorities.
/// </summary>
public sealed class RuleRepository
{
    public const string DefaultRuleSet = "default";

    private readonly List<(string RuleSet, RuleDefinition Rule)> _rules = [];

    public IReadOnlyList<string> RuleSets => _rules.Select(r => r.RuleSet).Distinct().ToArray();

    public IReadOnlyList<RuleDefinition> GetRules(string? ruleSet = null) =>
        _rules.Where(r => ruleSet is null || r.RuleSet == ruleSet).Select(r => r.Rule).ToArray();

    public void Load(Action<IRuleLoadSpec> specify)
    {
        var spec = new RuleLoadSpec();
        specify(spec);
        foreach (var type in spec.RuleTypes())
        {
            var metadata = RuleMetadataReader.Read(type);
            if (!spec.Accepts(metadata))
            {
                continue;
            }

            if (_rules.Exists(r => r.Rule.Name == metadata.Name))
            {
                throw new RuleDefinitionException(metadata.Name, "another rule already has this name.");
            }

            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                throw new RuleDefinitionException(metadata.Name, "the rule class needs a public parameterless constructor.");
            }

            var rule = (Rule)Activator.CreateInstance(type)!;
            _rules.Add((spec.RuleSet, rule.Build(_rules.Count)));
        }
    }

    /// <summary>Compiles one rule set (or, with no name, every rule loaded) into a session factory.</summary>
    public ISessionFactory Compile(string? ruleSet = null)
    {
        var rules = GetRules(ruleSet);
        if (rules.Count == 0)
        {
            throw new InvalidOperationException(ruleSet is null ? "No rules are loaded." : $"Rule set '{ruleSet}' has no rules.");
        }

        return new SessionFactory(rules);
    }

    private sealed class RuleLoadSpec : IRuleLoadSpec
    {
        private readonly List<Type> _types = [];
        private readonly List<Func<RuleMetadata, bool>> _filters = [];

        public string RuleSet { get; private set; } = DefaultRuleSet;

        public IRuleLoadSpec From(params Assembly[] assemblies)
        {
            _types.AddRange(assemblies.SelectMany(a => a.GetTypes()).Where(IsRuleClass).OrderBy(t => t.FullName, StringComparer.Ordinal));
            return this;
        }

        public IRuleLoadSpec From(params Type[] ruleTypes)
        {
            foreach (var type in ruleTypes)
            {
                if (!IsRuleClass(type))
                {
                    throw new ArgumentException($"{type.FullName} is not a concrete class deriving from Rule.", nameof(ruleTypes));
                }
            }

            _types.AddRange(ruleTypes);
            return this;
        }

        public IRuleLoadSpec Where(Func<RuleMetadata, bool> filter)
        {
            _filters.Add(filter);
            return this;
        }

        public IRuleLoadSpec To(string ruleSetName)
        {
            RuleSet = ruleSetName;
            return this;
        }

        public IEnumerable<Type> RuleTypes() => _types.Distinct();

        public bool Accepts(RuleMetadata metadata) => _filters.TrueForAll(f => f(metadata));

        private static bool IsRuleClass(Type type) => typeof(Rule).IsAssignableFrom(type) && type is { IsAbstract: false, IsClass: true };
    }
}
