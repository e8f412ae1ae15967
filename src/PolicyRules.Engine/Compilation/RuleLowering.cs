using System.Linq.Expressions;
using PolicyRules.Engine.RuleModel;
using Nr = NRules.RuleModel;

namespace PolicyRules.Engine.Compilation;

/// <summary>
/// Lowers one NRules rule definition into the elements and actions the three-valued Rete is built
/// from. What this engine cannot evaluate the way NRules would is refused here, naming the rule and
/// the construct: the supported subset is listed in docs/writing-rules.md.
/// </summary>
internal sealed class RuleLowering
{
    private readonly Nr.IRuleDefinition _definition;
    private readonly string _name;
    private readonly DeclarationTable _declarations;

    private RuleLowering(Nr.IRuleDefinition definition)
    {
        _definition = definition;
        _name = definition.Name;
        _declarations = new DeclarationTable(definition.Name);
    }

    public static CompiledRule Lower(Nr.IRuleDefinition definition, EffectivePeriod defaultEffective) =>
        new RuleLowering(definition).Lower(defaultEffective);

    private CompiledRule Lower(EffectivePeriod defaultEffective)
    {
        var metadata = RuleMetadataReader.Read(_definition, defaultEffective);
        RefuseRuleLevelConstructs();

        // Before lowering: lowering folds sub-expressions that read no declaration, and an alias used
        // before its pattern is such a sub-expression, so `household.Name` would be evaluated on null.
        AliasBinding.RefuseUseBeforeBinding(_definition);
        var elements = Flatten(_definition.LeftHandSide).Select(LowerElement).ToArray();
        if (elements.Length == 0)
        {
            throw Refuse("When() has no conditions.");
        }

        var actions = _definition.RightHandSide.Actions.Select(LowerAction).ToArray();
        if (actions.Length == 0)
        {
            throw Refuse("Then() has no actions.");
        }

        try
        {
            return new CompiledRule(metadata, _definition, elements, actions);
        }
        catch (InvalidOperationException e)
        {
            throw new RuleLoadException(_name, e.Message, e);
        }
    }

    private void RefuseRuleLevelConstructs()
    {
        if (_definition.DependencyGroup.Dependencies.Count > 0)
        {
            throw Unsupported("Dependency() (services injected into actions)");
        }

        if (_definition.FilterGroup.Filters.Count > 0)
        {
            throw Unsupported("Filter() (agenda filters)");
        }

        if (_definition.Repeatability != Nr.RuleRepeatability.Repeatable)
        {
            throw Unsupported($"[Repeatability({_definition.Repeatability})]");
        }
    }

    /// <summary>The top-level elements in order; nested <c>And</c> groups mean the same as their elements written in line.</summary>
    private IEnumerable<Nr.RuleElement> Flatten(Nr.GroupElement group)
    {
        foreach (var child in group.ChildElements)
        {
            if (child is Nr.AndElement and)
            {
                foreach (var nested in Flatten(and))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return child;
            }
        }
    }

    private RuleElement LowerElement(Nr.RuleElement element, int index) => element switch
    {
        Nr.PatternElement { Source: null } match => Match(match, index),
        Nr.PatternElement { Source: Nr.AggregateElement aggregate } result => Aggregate(result, aggregate, index),
        Nr.PatternElement { Source: Nr.BindingElement } => throw Unsupported("Let() (a binding element)"),
        Nr.ExistsElement { Source: Nr.PatternElement { Source: null } pattern } => new ExistsElement(Pattern(pattern, $"$exists{index}")),
        Nr.NotElement { Source: Nr.PatternElement { Source: null } pattern } => new NotElement(Pattern(pattern, $"$not{index}")),
        Nr.OrElement => throw Unsupported("Or()"),
        Nr.ForAllElement => throw Unsupported("All() (a ForAll element)"),
        _ => throw Unsupported($"{element.ElementType} element here"),
    };

    private PatternElement Match(Nr.PatternElement element, int index)
    {
        var pattern = Pattern(element, $"$match{index}");
        _declarations.Bind(element.Declaration, pattern.Bound);
        return pattern;
    }

    private PatternElement Pattern(Nr.PatternElement element, string positionalName)
    {
        var own = _declarations.Declare(element.Declaration, positionalName);
        return new PatternElement(own, Conditions(element, own));
    }

    private LambdaExpression[] Conditions(Nr.PatternElement element, Declaration own) =>
        element.Expressions
            .Select(e => e.Name == Nr.PatternElement.ConditionName
                ? _declarations.Condition(e.Expression, element.Declaration, own)
                : throw Unsupported($"a pattern expression named '{e.Name}'"))
            .ToArray();

    /// <summary>
    /// <c>Query(() =&gt; x, q =&gt; q.Match&lt;T&gt;(…).Collect().Where(…))</c> binds the collection; the count and
    /// sum convention, <c>.Collect().Select(c =&gt; c.Count())</c> and <c>.Collect().Select(c =&gt; c.Sum(f =&gt; f.Amount))</c>,
    /// binds the number (see <see cref="CountOrSum"/>).
    /// </summary>
    private AggregateElement Aggregate(Nr.PatternElement result, Nr.AggregateElement aggregate, int index)
    {
        AggregateElement lowered;
        if (aggregate.Name == Nr.AggregateElement.CollectName)
        {
            var source = CollectSource(aggregate, index);
            var own = _declarations.Declare(result.Declaration, $"$aggregate{index}");
            lowered = new AggregateElement(own, source, AggregateKind.Collect, null, Conditions(result, own));
        }
        else if (aggregate is { Name: Nr.AggregateElement.ProjectName, Source: { Source: Nr.AggregateElement collect } collection }
            && collect.Name == Nr.AggregateElement.CollectName)
        {
            if (collection.Expressions.Count > 0)
            {
                throw Unsupported("Where() between Collect() and Select(); filter the facts before Collect()");
            }

            var source = CollectSource(collect, index);
            var selector = aggregate.Expressions[Nr.AggregateElement.SelectorName].Expression;
            var (kind, sum) = CountOrSum.Read(selector, source.Bound, _declarations)
                ?? throw Unsupported($"Select({selector}) after Collect(); only c => c.Count() and c => c.Sum(f => …) over decimal are supported");
            var own = _declarations.Declare(result.Declaration, $"$aggregate{index}");
            lowered = new AggregateElement(own, source, kind, sum, Conditions(result, own));
        }
        else
        {
            throw Unsupported(DescribeAggregate(aggregate));
        }

        _declarations.Bind(result.Declaration, lowered.Result);
        return lowered;
    }

    private PatternElement CollectSource(Nr.AggregateElement collect, int index)
    {
        if (collect.Expressions.Count > 0 || collect.CustomFactoryType is not null)
        {
            throw Unsupported(DescribeAggregate(collect));
        }

        if (collect.Source.Source is not null)
        {
            throw Unsupported("a query over another query or From()");
        }

        return Pattern(collect.Source, $"$source{index}");
    }

    private static string DescribeAggregate(Nr.AggregateElement aggregate) => aggregate.Name switch
    {
        Nr.AggregateElement.CollectName when aggregate.Expressions.Any(e => e.Name.StartsWith("KeySelectorA", StringComparison.Ordinal) || e.Name.StartsWith("KeySelectorD", StringComparison.Ordinal)) =>
            "OrderBy() on a collection",
        Nr.AggregateElement.CollectName when aggregate.CustomFactoryType is not null => "a Collect() with a custom aggregator factory",
        Nr.AggregateElement.CollectName => "ToLookup() on a collection",
        Nr.AggregateElement.GroupByName => "GroupBy()",
        Nr.AggregateElement.ProjectName => "Select() over single facts (a projection)",
        Nr.AggregateElement.FlattenName => "SelectMany()",
        _ => $"the custom aggregate '{aggregate.Name}'",
    };

    private ActionElement LowerAction(Nr.ActionElement action)
    {
        if (action.ActionTrigger != Nr.ActionElement.DefaultTrigger)
        {
            throw Unsupported(action.ActionTrigger == Nr.ActionTrigger.Deactivated
                ? "Undo()"
                : $"an action triggered on {action.ActionTrigger}");
        }

        var expression = action.Expression;
        if (YieldAction.IsYield(expression))
        {
            var fact = YieldAction.FactOf(expression, out var problem) ?? throw Unsupported(problem!);
            RefuseUnsupportedContextUse(fact);
            return new ActionElement(ActionKind.Yield, _declarations.Action(expression, fact));
        }

        RefuseUnsupportedContextUse(expression.Body);
        return new ActionElement(ActionKind.Do, _declarations.Action(expression, expression.Body));
    }

    private void RefuseUnsupportedContextUse(Expression expression)
    {
        if (ContextUse.FirstUnsupported(expression) is { } member)
        {
            throw Unsupported($"IContext.{member} in an action");
        }
    }

    private RuleLoadException Refuse(string message) => new(_name, message);

    private RuleLoadException Unsupported(string construct) =>
        new(_name, $"{construct} is not supported by the three-valued engine (see docs/writing-rules.md).");
}
