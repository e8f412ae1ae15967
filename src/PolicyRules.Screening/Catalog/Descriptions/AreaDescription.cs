using PolicyRules.Localization;

namespace PolicyRules.Screening.Catalog.Descriptions;

/// <summary>
/// Everything one area (or vocabulary) encodes, in both languages: what a policy officer reads to check the encoding
/// against the text (<c>policyrules catalogue</c>), and where search finds the rules that cite a clause. Texts and figures
/// are shown as of <c>AsOf</c>, the start of the area's window (a vocabulary has none).
/// </summary>
public sealed record AreaDescription(
    string Id,
    Localized Title,
    Localized? Policy,
    bool IsVocabulary,
    DateOnly? AsOf,
    IReadOnlyList<ProgramDescription> Programs,
    IReadOnlyList<VariableDescription> Variables,
    IReadOnlyList<ParameterDescription> Parameters,
    IReadOnlyList<RuleDescription> Rules);
