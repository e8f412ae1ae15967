namespace PolicyRules.Rules.ElevatorRetrofit.Facts;

/// <summary>Who holds the building's property rights (for reformed housing, the original property unit): 四(二), 四(三), 一.</summary>
public enum BuildingOwnership
{
    /// <summary>产权归市、区所有.</summary>
    CityOrDistrict,

    /// <summary>产权归中央单位所有（央产房）.</summary>
    CentralUnit,

    /// <summary>军产房: outside the pilot.</summary>
    Military,

    /// <summary>Anything else (commodity housing, private property): no subsidy tier of the text.</summary>
    Other,
}
