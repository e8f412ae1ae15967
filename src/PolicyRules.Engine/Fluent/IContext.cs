using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Fluent;

/// <summary>What a rule's action can do to the session.</summary>
public interface IContext
{
    RuleDefinition Rule { get; }

    /// <summary>The evaluation date of the session.</summary>
    DateOnly AsOf { get; }

    void Insert(object fact);

    /// <summary>Inserts unless the fact is already in the session; says whether it inserted.</summary>
    bool TryInsert(object fact);

    /// <summary>Inserts a fact that is withdrawn automatically when this match stops holding.</summary>
    void InsertLinked(object fact);

    void Update(object fact);

    void Retract(object fact);
}
