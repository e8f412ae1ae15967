namespace PolicyRules.Rules.ElderlyCareStations.Facts;

public enum EnquirerRole
{
    /// <summary>An older person living at home, or a relative asking for them: what a station provides.</summary>
    Elder,

    /// <summary>A street office or town government planning a station, or an operator: building and running one.</summary>
    Station,
}
