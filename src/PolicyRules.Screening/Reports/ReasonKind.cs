using System.Text.Json.Serialization;

namespace PolicyRules.Screening.Reports;

/// <summary>What a reason of a report says about the program.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReasonKind>))]
public enum ReasonKind
{
    /// <summary>A rule that fired: part of the chain behind a yes.</summary>
    [JsonStringEnumMemberName("fired")]
    Fired,

    /// <summary>A condition that failed, with the answer it failed on: behind a no or a not-applicable.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,

    /// <summary>Questions not yet answered (or answered “don't know”) that decide the program.</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,

    /// <summary>A note: an interpretation the result turns on, or a notice.</summary>
    [JsonStringEnumMemberName("note")]
    Note,
}
