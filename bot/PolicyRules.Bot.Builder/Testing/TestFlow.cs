using System.Globalization;
using System.Text;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder.Testing;

/// <summary>
/// A scripted conversation against a bot over a <see cref="TestAdapter"/>:
/// <c>new TestFlow(adapter, bot).Send("hi").AssertReply("Hello").StartTestAsync()</c>.
/// Each call returns a new flow, so a common prefix can be shared. Nothing runs until <see cref="StartTestAsync"/>.
/// <c>Send</c> waits for the whole turn, so replies are checked as soon as the turn has finished.
/// A failing step throws <see cref="TestFlowAssertionException"/> naming the step, the last message sent, and what was
/// expected and received.
/// </summary>
public sealed class TestFlow
{
    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;
    private readonly IReadOnlyList<Step> _steps;

    public TestFlow(TestAdapter adapter, IBot bot)
        : this(adapter, (bot ?? throw new ArgumentNullException(nameof(bot))).OnTurnAsync)
    {
    }

    public TestFlow(TestAdapter adapter, BotCallbackHandler callback)
        : this(adapter, callback, [])
    {
    }

    private TestFlow(TestAdapter adapter, BotCallbackHandler callback, IReadOnlyList<Step> steps)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(callback);
        _adapter = adapter;
        _callback = callback;
        _steps = steps;
    }

    /// <summary>The user sends a text message.</summary>
    public TestFlow Send(string userSays)
    {
        ArgumentNullException.ThrowIfNull(userSays);
        return Then(
            $"Send({Quote(userSays)})",
            async ct =>
            {
                await _adapter.SendTextToBotAsync(userSays, _callback, ct).ConfigureAwait(false);
                return null;
            },
            isSend: true);
    }

    /// <summary>The user sends an activity (an event, a button value, a conversation update, …).</summary>
    public TestFlow Send(IActivity userActivity)
    {
        ArgumentNullException.ThrowIfNull(userActivity);
        return Then(
            $"Send({Describe(userActivity)})",
            async ct =>
            {
                await _adapter.ProcessActivityAsync(userActivity, _callback, ct).ConfigureAwait(false);
                return null;
            },
            isSend: true);
    }

    /// <summary>The next reply is a message whose text is exactly <paramref name="expected"/>.</summary>
    public TestFlow AssertReply(string expected, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return AssertNext(
            description ?? $"AssertReply({Quote(expected)})",
            $"a message with text {Quote(expected)}",
            reply => IsMessage(reply) && string.Equals(reply.Text, expected, StringComparison.Ordinal));
    }

    /// <summary>The next reply has the type of <paramref name="expected"/> and, if it has text, the same text.</summary>
    public TestFlow AssertReply(IActivity expected, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var expectedActivity = expected as Activity ?? new Activity(expected.Type);
        return AssertNext(
            description ?? $"AssertReply({Describe(expectedActivity)})",
            Describe(expectedActivity),
            reply => string.Equals(reply.Type, expectedActivity.Type ?? ActivityTypes.Message, StringComparison.Ordinal)
                && (expectedActivity.Text is null || string.Equals(reply.Text, expectedActivity.Text, StringComparison.Ordinal)));
    }

    /// <summary>The next reply passes <paramref name="validateActivity"/>, which throws (e.g. an xunit assertion) if not.</summary>
    public TestFlow AssertReply(Action<IActivity> validateActivity, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(validateActivity);
        var name = description ?? "AssertReply(validator)";
        return Then(name, ct =>
        {
            var reply = _adapter.GetNextReply();
            if (reply is null)
            {
                return Task.FromResult<Failure?>(new("a reply accepted by the validator", "no reply", null));
            }

            try
            {
                validateActivity(reply);
                return Task.FromResult<Failure?>(null);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return Task.FromResult<Failure?>(new($"a reply accepted by the validator; it said: {exception.Message}", Describe(reply), exception));
            }
        });
    }

    /// <summary>The next reply is a message whose text contains <paramref name="expectedSubstring"/>.</summary>
    public TestFlow AssertReplyContains(string expectedSubstring, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(expectedSubstring);
        return AssertNext(
            description ?? $"AssertReplyContains({Quote(expectedSubstring)})",
            $"a message containing {Quote(expectedSubstring)}",
            reply => IsMessage(reply) && reply.Text is not null && reply.Text.Contains(expectedSubstring, StringComparison.Ordinal));
    }

    /// <summary>The next reply is a message whose text is one of <paramref name="candidates"/>.</summary>
    public TestFlow AssertReplyOneOf(IReadOnlyCollection<string> candidates, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var list = string.Join(", ", candidates.Select(Quote));
        return AssertNext(
            description ?? $"AssertReplyOneOf({list})",
            $"a message with one of the texts {list}",
            reply => IsMessage(reply) && candidates.Contains(reply.Text ?? string.Empty, StringComparer.Ordinal));
    }

    /// <summary>The bot has no reply left that was not asserted.</summary>
    public TestFlow AssertNoReply(string? description = null)
    {
        return Then(description ?? "AssertNoReply()", _ =>
        {
            var reply = _adapter.GetNextReply();
            return Task.FromResult<Failure?>(reply is null ? null : new("no further reply", Describe(reply), null));
        });
    }

    /// <summary>Shorthand for <c>Send(userSays).AssertReply(expected)</c>.</summary>
    public TestFlow Test(string userSays, string expected, string? description = null) =>
        Send(userSays).AssertReply(expected, description);

    /// <summary>Runs the steps in order and throws <see cref="TestFlowAssertionException"/> at the first that fails.</summary>
    public async Task StartTestAsync(CancellationToken cancellationToken = default)
    {
        string? lastSend = null;
        var lastSendIndex = 0;
        for (var i = 0; i < _steps.Count; i++)
        {
            var step = _steps[i];
            var failure = await step.RunAsync(cancellationToken).ConfigureAwait(false);
            if (step.IsSend)
            {
                lastSend = step.Description;
                lastSendIndex = i + 1;
            }

            if (failure is not null)
            {
                var message = new StringBuilder()
                    .Append(CultureInfo.InvariantCulture, $"TestFlow step {i + 1} of {_steps.Count} failed: {step.Description}")
                    .AppendLine()
                    .Append(CultureInfo.InvariantCulture, $"  after:    {(lastSend is null ? "(nothing sent yet)" : $"{lastSend} (step {lastSendIndex})")}")
                    .AppendLine()
                    .Append(CultureInfo.InvariantCulture, $"  expected: {failure.Expected}")
                    .AppendLine()
                    .Append(CultureInfo.InvariantCulture, $"  received: {failure.Received}")
                    .ToString();
                throw failure.Inner is null ? new TestFlowAssertionException(message) : new TestFlowAssertionException(message, failure.Inner);
            }
        }
    }

    /// <summary>A short readable form of an activity, as used in failure messages.</summary>
    public static string Describe(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = new StringBuilder(activity.Type ?? "(no type)");
        if (activity is Activity full)
        {
            if (full.Name is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $" name={Quote(full.Name)}");
            }

            if (full.Text is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $" {Quote(full.Text)}");
            }

            if (full.SuggestedActions?.Actions is { Count: > 0 } actions)
            {
                text.Append(CultureInfo.InvariantCulture, $" [actions: {string.Join(" | ", actions.Select(a => a.Title ?? a.Value?.ToString()))}]");
            }

            if (full.Attachments is { Count: > 0 } attachments)
            {
                text.Append(CultureInfo.InvariantCulture, $" [attachments: {string.Join(", ", attachments.Select(a => a.ContentType))}]");
            }
        }

        return text.ToString();
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private static bool IsMessage(Activity reply) => string.Equals(reply.Type, ActivityTypes.Message, StringComparison.Ordinal);

    private TestFlow AssertNext(string description, string expected, Func<Activity, bool> accept)
    {
        return Then(description, _ =>
        {
            var reply = _adapter.GetNextReply();
            Failure? failure = reply is null
                ? new(expected, "no reply", null)
                : accept(reply) ? null : new(expected, Describe(reply), null);
            return Task.FromResult(failure);
        });
    }

    private TestFlow Then(string description, Func<CancellationToken, Task<Failure?>> runAsync, bool isSend = false) =>
        new(_adapter, _callback, [.. _steps, new Step(description, runAsync, isSend)]);

    private sealed record Step(string Description, Func<CancellationToken, Task<Failure?>> RunAsync, bool IsSend);

    private sealed record Failure(string Expected, string Received, Exception? Inner);
}
