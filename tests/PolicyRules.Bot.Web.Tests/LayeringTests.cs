using PolicyRules.Bot.Hosting;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>The hosts reach the policies through the screening services only: not the rules assembly, not the engine.</summary>
public sealed class LayeringTests
{
    [Theory]
    [InlineData(typeof(BotWebApplication))]
    [InlineData(typeof(Conversation.PolicyBot))]
    public void Assembly_AboveScreening_ReferencesNeitherTheRulesNorTheEngine(Type host)
    {
        // Act
        var references = host.Assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();

        // Assert
        Assert.Contains("PolicyRules.Screening", references);
        Assert.DoesNotContain("PolicyRules.Rules", references);
        Assert.DoesNotContain("PolicyRules.Engine", references);
    }
}
