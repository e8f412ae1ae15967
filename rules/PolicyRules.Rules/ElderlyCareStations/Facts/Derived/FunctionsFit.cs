namespace PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

/// <summary>The planned station meets the type's requirement on its functions and facilities (四(五)); the type is one of <see cref="TypeAStation"/>, <see cref="TypeBStation"/>, <see cref="TypeCStation"/>.</summary>
/// <remarks>One fact type per criterion and station type, so that a missing one explains itself through the rule that would yield it.</remarks>
public sealed record FunctionsFit<TType>
    where TType : StationType;
