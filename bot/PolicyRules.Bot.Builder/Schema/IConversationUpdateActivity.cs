namespace PolicyRules.Bot.Builder.Schema;

/// <summary>The fields of a <c>conversationUpdate</c> activity.</summary>
public interface IConversationUpdateActivity : IActivity
{
    IList<ChannelAccount>? MembersAdded { get; set; }

    IList<ChannelAccount>? MembersRemoved { get; set; }
}
