using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Benchmarks;

/// <summary>What every full-evaluation measurement does: new session, insert the case, fire, determine the goal.</summary>
public static class CaseEvaluation
{
    public static ISession NewSession(ISessionFactory factory, CitizenCase citizen, out int fired)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(citizen);
        var session = factory.CreateSession(CitizenCase.AsOf);
        session.InsertAll(citizen.Facts);
        fired = session.Fire();
        return session;
    }

    public static Determination Run(ISessionFactory factory, CitizenCase citizen) =>
        NewSession(factory, citizen, out _).Determine(CitizenCase.IsGoal);

    public static Determination Goal(ISession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Determine<BenefitResult>(CitizenCase.IsGoal);
    }
}
