namespace PolicyRules.Search.Documents;

/// <summary>One document of a gazette file: its number (门政办发〔2017〕27号), its title and its clauses in order.</summary>
public sealed record PolicyDocument(string Number, string Title, string File, IReadOnlyList<Clause> Clauses);
