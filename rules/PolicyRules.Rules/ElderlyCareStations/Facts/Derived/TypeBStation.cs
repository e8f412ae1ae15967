namespace PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

/// <summary>The B type of station (四(五)), as a type argument only.</summary>
public sealed class TypeBStation : StationType
{
    private TypeBStation()
    {
    }
}
