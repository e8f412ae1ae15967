using System.Text;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>
/// Names, ID numbers and phone numbers a person types — as answers, as asides, in a message that cannot be read — never
/// reach the log, at any level the host writes.
/// </summary>
public sealed class PersonalDataLogTests : IAsyncLifetime
{
    private const string Name = "王小明";
    private const string IdNumber = "110105201103020019";
    private const string Phone = "13912345678";

    private readonly BotServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task What_a_person_types_about_themselves_never_reaches_the_log()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        await client.ReadNewAsync();
        await client.SayAsync($"我叫{Name}，孩子今年上小学");
        await client.SayAsync($"身份证号{IdNumber}");
        await client.SayAsync($"有事打我电话{Phone}");
        await client.SayAsync("为什么问这个");
        using var http = _server.CreateClient(client.Token);
        using var unreadable = await http.PostAsync(
            $"v3/directline/conversations/{client.ConversationId}/activities",
            new StringContent($$"""{"type":"message","text":"{{Name}} {{IdNumber}} {{Phone}}""", Encoding.UTF8, "application/json"));
        using var evaluate = await http.PostAsync("api/evaluate", new StringContent(
            $$$"""{"date":"2017-05-10","facts":{"child.birthDate":"{{{IdNumber}}}","applicant.name":"{{{Name}}}","applicant.phone":"{{{Phone}}}"}}""", Encoding.UTF8, "application/json"));

        Assert.False(unreadable.IsSuccessStatusCode);
        Assert.False(evaluate.IsSuccessStatusCode);
        Assert.NotEmpty(_server.Logs.Entries);
        Assert.DoesNotContain(_server.Logs.Entries, e => e.Text.Contains(Name, StringComparison.Ordinal)
            || e.Text.Contains(IdNumber, StringComparison.Ordinal) || e.Text.Contains(Phone, StringComparison.Ordinal));
    }
}
