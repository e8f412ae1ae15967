using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

/// <summary>A rule matched by a token: on the agenda until fired, then the owner of its linked facts.</summary>
internal sealed class Activation(RuleNode rule, Token token, long sequence)
{
    public RuleNode Rule { get; } = rule;

    /// <summary>The match; replaced by an identical one when an update leaves the match as it was.</summary>
    public Token Token { get; set; } = token;

    public long Sequence { get; } = sequence;

    public Truth Degree => Token.Degree;

    public bool IsOnAgenda { get; set; }

    public bool HasFired { get; set; }

    /// <summary>A possible match whose action could not be run because it reads an unanswered input.</summary>
    public bool HasOpaqueOutput { get; set; }

    /// <summary>The facts this match inserted linked, chained through <see cref="FactHandle.NextLinked"/>.</summary>
    public FactHandle? FirstLinked { get; set; }

    /// <summary>Possible facts this match justifies besides its own (see <see cref="FactHandle.ExtraSupports"/>).</summary>
    public List<FactHandle>? ExtraLinked { get; set; }

    /// <summary>The match stopped holding: its facts keep only their other justifications.</summary>
    public bool IsWithdrawn { get; set; }

    /// <summary>The agenda's order key: degree, priority and rule order, computed once.</summary>
    public long Rank { get; } = Agenda.RankOf(token.Degree, rule.Definition.Priority, rule.Order);

    public int AgendaSlot { get; set; }
}
