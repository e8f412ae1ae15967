using System.Globalization;
using System.Text;

namespace PolicyRules.Bot.Builder.Testing;

/// <summary>
/// A conversation in the human-readable <c>.chat</c> format:
/// <code>
/// user=User
/// bot=Bot
///
/// User: hello
/// Bot: Hello! What can I do?
/// this line continues the bot's reply
/// </code>
/// Header lines <c>user=Name</c> and <c>bot=Name</c> come first. Each turn starts with <c>Name:</c> (an ASCII or
/// full-width colon); a line that does not start with a speaker name continues the previous turn. Blank lines
/// between turns are ignored; blank lines inside a turn are kept.
/// </summary>
public sealed class ChatTranscript
{
    private ChatTranscript(string userName, string botName, IReadOnlyList<ChatTurn> turns, string? source)
    {
        UserName = userName;
        BotName = botName;
        Turns = turns;
        Source = source;
    }

    public string UserName { get; }

    public string BotName { get; }

    public IReadOnlyList<ChatTurn> Turns { get; }

    /// <summary>The file name, when loaded from a file; used in failure messages.</summary>
    public string? Source { get; }

    /// <summary>Reads and parses a UTF-8 <c>.chat</c> file.</summary>
    public static async Task<ChatTranscript> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        return Parse(text, Path.GetFileName(path));
    }

    /// <summary>Parses <c>.chat</c> text; throws <see cref="FormatException"/> with the line number on malformed input.</summary>
    public static ChatTranscript Parse(string text, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? userName = null;
        string? botName = null;
        var turns = new List<(ChatSpeaker Speaker, List<string> Lines, int LineNumber)>();
        var where = source ?? "chat transcript";

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var lineNumber = i + 1;
            if (turns.Count == 0)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                if (TryHeader(line, "user", out var name))
                {
                    userName = name;
                    continue;
                }

                if (TryHeader(line, "bot", out name))
                {
                    botName = name;
                    continue;
                }

                if (userName is null || botName is null)
                {
                    throw new FormatException($"{where}, line {lineNumber}: expected the header lines 'user=Name' and 'bot=Name' before the first turn.");
                }
            }

            if (userName is not null && TrySpeaker(line, userName, out var said))
            {
                turns.Add((ChatSpeaker.User, [said], lineNumber));
            }
            else if (botName is not null && TrySpeaker(line, botName, out said))
            {
                turns.Add((ChatSpeaker.Bot, [said], lineNumber));
            }
            else if (turns.Count == 0)
            {
                throw new FormatException($"{where}, line {lineNumber}: expected '{userName}: …' or '{botName}: …' but found '{line}'.");
            }
            else
            {
                turns[^1].Lines.Add(line);
            }
        }

        if (userName is null || botName is null)
        {
            throw new FormatException($"{where}: the header lines 'user=Name' and 'bot=Name' are missing.");
        }

        var parsed = turns
            .Select(t => new ChatTurn(t.Speaker, string.Join('\n', t.Lines).TrimEnd('\n'), t.LineNumber))
            .ToList();
        return new ChatTranscript(userName, botName, parsed, source);
    }

    /// <summary>
    /// A <see cref="TestFlow"/> that sends each user turn and expects each bot turn as the next reply, with no replies
    /// beyond those in the transcript.
    /// </summary>
    public TestFlow ToTestFlow(TestAdapter adapter, IBot bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return ToTestFlow(new TestFlow(adapter, bot));
    }

    /// <summary>Appends this transcript's steps to <paramref name="flow"/>.</summary>
    public TestFlow ToTestFlow(TestFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var where = Source ?? "transcript";
        var sentBefore = false;
        foreach (var turn in Turns)
        {
            var label = string.Create(CultureInfo.InvariantCulture, $"{where} line {turn.LineNumber}");
            if (turn.Speaker == ChatSpeaker.User)
            {
                if (sentBefore)
                {
                    flow = flow.AssertNoReply($"{label}: no further bot reply before '{UserName}: {FirstLine(turn.Text)}'");
                }

                flow = flow.Send(turn.Text);
                sentBefore = true;
            }
            else
            {
                flow = flow.AssertReply(turn.Text, $"{label}: {BotName}: {FirstLine(turn.Text)}");
            }
        }

        return flow.AssertNoReply($"{where}: no bot reply after the last line");
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end] + " …";
    }

    private static bool TryHeader(string line, string header, out string name)
    {
        name = string.Empty;
        var separator = line.IndexOf('=', StringComparison.Ordinal);
        if (separator < 0 || !string.Equals(line[..separator].Trim(), header, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        name = line[(separator + 1)..].Trim();
        return name.Length > 0;
    }

    private static bool TrySpeaker(string line, string name, out string said)
    {
        said = string.Empty;
        if (!line.StartsWith(name, StringComparison.Ordinal) || line.Length == name.Length)
        {
            return false;
        }

        var colon = line[name.Length];
        if (colon is not (':' or '：'))
        {
            return false;
        }

        said = line[(name.Length + 1)..].Trim();
        return true;
    }
}
