using PolicyRules.Rules;

namespace PolicyRules.Referee.Tests;

public static class RefereeAreas
{
    public static TheoryData<string> All => new(PolicyAreas.All);
}
