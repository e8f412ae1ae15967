namespace PolicyRules.Engine.Metadata;

/// <summary>The source of a rule: document number (e.g. 门政办发〔2017〕26号) and clause path (e.g. 二(三)11).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CitesAttribute(string document, string clause) : Attribute
{
    public string Document { get; } = document;

    public string Clause { get; } = clause;
}
