namespace PolicyRules.Rules.Catalog;

/// <summary>Everything a policy area (or a vocabulary) declares besides its classes, read from its YAML files.</summary>
public sealed class AreaCatalog
{
    public required string Area { get; init; }

    /// <summary>The area's folder (and namespace segment), e.g. <c>SchoolEnrolment</c>.</summary>
    public required string Folder { get; init; }

    public required AreaManifest Manifest { get; init; }

    /// <summary>A vocabulary (<c>vocabulary.yaml</c>) holds only variables that areas share; it is no area of its own.</summary>
    public bool IsVocabulary { get; init; }

    public required IReadOnlyList<ProgramEntry> Programs { get; init; }

    public required IReadOnlyList<OfficeEntry> Offices { get; init; }

    public required IReadOnlyList<DocumentEntry> Documents { get; init; }

    /// <summary>The amounts the area's programs grant (<c>amounts*.yaml</c>).</summary>
    public IReadOnlyList<AmountEntry> Amounts { get; init; } = [];

    public required IReadOnlyList<DeadlineEntry> Deadlines { get; init; }

    public required IReadOnlyList<VariableEntry> Variables { get; init; }

    public required IReadOnlyList<InterpretationEntry> Interpretations { get; init; }

    public required IReadOnlyList<ParameterEntry> Parameters { get; init; }

    public required AreaTexts Texts { get; init; }

    /// <summary>The source text with clause anchors (Catala style), for the coverage check and citations.</summary>
    public required string PolicyText { get; init; }
}
