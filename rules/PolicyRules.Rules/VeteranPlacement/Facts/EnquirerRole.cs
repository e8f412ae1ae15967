namespace PolicyRules.Rules.VeteranPlacement.Facts;

/// <summary>Whose situation the enquiry is about: the text speaks to veterans, to conscripts' families and to employers.</summary>
public enum EnquirerRole
{
    Veteran,
    ConscriptFamily,
    Employer,
}
