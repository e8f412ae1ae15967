namespace PolicyRules.Rules.VeteranPlacement.Facts;

/// <summary>
/// The highest award received in service (interpretation VP-ONE-HONOUR: only the highest counts), in
/// rising order: 三等功, 二等功, 一等功, and an honorary title (荣誉称号) from the Central Military
/// Commission or a military-region-level unit.
/// </summary>
public enum MilitaryHonour
{
    None,
    ThirdClassMerit,
    SecondClassMerit,
    FirstClassMerit,
    HonoraryTitle,
}
