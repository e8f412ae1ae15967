using PolicyRules.Benchmarks.Cases;
using PolicyRules.Engine;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Benchmarks.Engines;

/// <summary>What every measurement of our engine does: new session, insert the case, fire, determine the goal.</summary>
public static class OurEngine
{
    public static ISession NewSession(ISessionFactory factory, IBenchCase citizen, out int fired)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(citizen);
        var session = factory.CreateSession(citizen.AsOf);
        session.InsertAll(citizen.Facts);
        fired = session.Fire();
        return session;
    }

    public static Determination Run(ISessionFactory factory, IBenchCase citizen)
    {
        ArgumentNullException.ThrowIfNull(citizen);
        return citizen.DetermineGoal(NewSession(factory, citizen, out _));
    }

    /// <summary>One answer changed in a live session: update the fact, fire, determine the goal.</summary>
    public static Determination Answer(ISession session, IBenchCase citizen, bool changed)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(citizen);
        citizen.ChangeAnswer(changed);
        session.Update(citizen.ChangedFact);
        session.Fire();
        return citizen.DetermineGoal(session);
    }
}
