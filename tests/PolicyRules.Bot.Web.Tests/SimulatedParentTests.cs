using Microsoft.Extensions.DependencyInjection;
using PolicyRules.Bot.Testing.Simulation;
using PolicyRules.Screening;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>
/// The sample families of every area as people talking over Direct Line in everyday words, each in three phrasings:
/// the conversation ends on the card with the sample's own outcome, never asks what the opening said, and asks at most
/// 1.3 times the questions an ideal interview asks. The same simulation over every policy case is in docs/question-efficiency.md.
/// </summary>
public sealed class SimulatedParentTests : IAsyncLifetime
{
    private const double ParentSimulationTarget = 1.3;
    private readonly BotServer _server = BotServer.WithoutConversationLimit();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    public static TheoryData<string> Samples() =>
    [
        .. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples"), "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(RepositoryPaths.Root, "samples"), f))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task SampleFamily_TalkingInEverydayWords_CompletesWithTheSamplesOutcome(string sample)
    {
        // Arrange
        var services = _server.Services.GetRequiredService<ScreeningServices>();
        var parents = new SimulatedParents(_server, services.Eligibility, services.Catalog);
        var parentCase = Load(services, sample);

        // Act
        var conversations = new List<ParentConversation>();
        foreach (var seed in new[] { 0, 1, 2 })
        {
            conversations.Add(await parents.TalkAsync(parentCase, seed));
        }

        // Assert
        Assert.All(conversations, c =>
        {
            var transcript = string.Join("\n", c.Transcript);
            Assert.True(c.Completed, $"{sample} did not reach the card:\n{transcript}");
            Assert.True(c.SameOutcome, $"{sample} ended on another outcome than the sample's:\n{transcript}");
            Assert.True(c.OpeningFactsAsked.Count == 0, $"{sample} asked again what the opening said ({string.Join(", ", c.OpeningFactsAsked)}):\n{transcript}");
        });
        var asked = conversations.Sum(c => c.Asked);
        var ideal = conversations.Sum(c => c.IdealQuestions);
        Assert.True(asked <= ParentSimulationTarget * ideal, $"{sample}: {asked} questions asked where an ideal interview asks {ideal}:\n{string.Join("\n", conversations[0].Transcript)}");
    }

    [Fact]
    public async Task NonBeijingFamily_StatingHukouAndStageInTheOpening_IsNotAskedThem()
    {
        // Arrange
        var services = _server.Services.GetRequiredService<ScreeningServices>();
        var parents = new SimulatedParents(_server, services.Eligibility, services.Catalog);

        // Act
        var conversation = await parents.TalkAsync(Load(services, Path.Combine("school-enrolment", "non-beijing-family.json")), seed: 0);

        // Assert
        Assert.Equal(["child.stage", "child.hukou"], conversation.OpeningFacts.Order(StringComparer.Ordinal).Reverse());
        Assert.Empty(conversation.OpeningFactsAsked);
        Assert.DoesNotContain("? child.stage", conversation.Transcript);
        Assert.DoesNotContain("? child.hukou", conversation.Transcript);
    }

    private static ParentCase Load(ScreeningServices services, string sample)
    {
        var file = CaseFile.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", sample)));
        var request = file.ToRequest(services.Variables, file.Date!.Value, file.Locale ?? "zh-CN");
        var area = Path.GetDirectoryName(sample)!;
        return new ParentCase(sample, area, request.Date, request.Answers, services.Catalog.Areas.Single(a => a.Id == area).Programs);
    }
}
