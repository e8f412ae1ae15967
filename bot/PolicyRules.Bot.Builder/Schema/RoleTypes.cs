namespace PolicyRules.Bot.Builder.Schema;

/// <summary>The values of <see cref="ChannelAccount.Role"/>.</summary>
public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
}
