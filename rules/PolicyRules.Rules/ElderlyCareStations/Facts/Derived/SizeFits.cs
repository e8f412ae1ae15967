namespace PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

/// <summary>The planned station meets the type's requirement on its building size (main area, affiliated points, total area) (四(五)); the type is one of <see cref="TypeAStation"/>, <see cref="TypeBStation"/>, <see cref="TypeCStation"/>.</summary>
/// <remarks>One fact type per criterion and station type, so that a missing one explains itself through the rule that would yield it.</remarks>
public sealed record SizeFits<TType>
    where TType : StationType;
