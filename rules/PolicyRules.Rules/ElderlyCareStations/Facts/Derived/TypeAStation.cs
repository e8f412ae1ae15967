namespace PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

/// <summary>The A type of station (四(五)), as a type argument only.</summary>
public sealed class TypeAStation : StationType
{
    private TypeAStation()
    {
    }
}
