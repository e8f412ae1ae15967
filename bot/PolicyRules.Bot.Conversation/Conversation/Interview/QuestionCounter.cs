namespace PolicyRules.Bot.Conversation.Interview;

/// <summary>
/// The count of questions left that a person sees ("约还剩N题"). The planner's estimate moves up and down as
/// answers open and close routes; shown as it is, it would climb by one or two after an answer, which reads as
/// a broken promise. So the count never rises by a little: it holds until the estimate drops below it, and it
/// rises only when an answer opens a route that clearly needs more questions, and then the bot says so.
/// </summary>
internal static class QuestionCounter
{
    /// <summary>A rise of at most this many questions is absorbed by "about".</summary>
    private const int AbsorbedRise = 3;

    public static (int Shown, bool RouteOpened) Next(int? lastShown, int estimate)
    {
        if (lastShown is not { } last || estimate <= last)
        {
            return (estimate, false);
        }

        return estimate - last <= AbsorbedRise ? (last, false) : (estimate, true);
    }
}
