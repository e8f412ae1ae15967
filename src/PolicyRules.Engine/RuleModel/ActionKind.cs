namespace PolicyRules.Engine.RuleModel;

internal enum ActionKind
{
    /// <summary>Runs the action; facts it inserts stay until retracted.</summary>
    Do,

    /// <summary>Inserts the returned fact linked to the match: withdrawn when the match stops holding.</summary>
    Yield,
}
