namespace PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

/// <summary>A station type of 四(五), as a type argument of the criteria facts (<see cref="SizeFits{TType}"/>…).</summary>
public abstract class StationType
{
    private protected StationType()
    {
    }
}
