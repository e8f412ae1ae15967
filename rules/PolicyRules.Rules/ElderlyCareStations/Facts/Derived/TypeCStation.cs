namespace PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

/// <summary>The C type of station (四(五)), as a type argument only.</summary>
public sealed class TypeCStation : StationType
{
    private TypeCStation()
    {
    }
}
