namespace PolicyRules.Rules.Citizen.Facts;

/// <summary>Where a hukou is registered: one of Beijing's sixteen districts, or outside Beijing.</summary>
public enum HukouDistrict
{
    Dongcheng,
    Xicheng,
    Chaoyang,
    Fengtai,
    Shijingshan,
    Haidian,
    Mentougou,
    Fangshan,
    Tongzhou,
    Shunyi,
    Changping,
    Daxing,
    Huairou,
    Pinggu,
    Miyun,
    Yanqing,
    OutsideBeijing,
}
