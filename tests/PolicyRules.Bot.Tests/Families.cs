namespace PolicyRules.Bot.Tests;

/// <summary>Families the conversation tests talk for, as a parent would answer each question (variable id → words).</summary>
internal static class Families
{
    /// <summary>A Hebei family renting in Mentougou, both parents employed there: the 五证 route, every certificate in order.</summary>
    public static readonly IReadOnlyDictionary<string, string> NonBeijing = new Dictionary<string, string>
    {
        ["child.stage"] = "一年级",
        ["child.hukou"] = "河北",
        ["child.treatedAsBeijingBasis"] = "都没有",
        ["child.birthDate"] = "2011-03-02",
        ["child.registeredOnline"] = "是",
        ["family.singleParent"] = "不是",
        ["family.bothParentsWorkInBeijing"] = "是",
        ["employment.kind"] = "上班",
        ["employment.contractStartDate"] = "2016年9月1日",
        ["employment.contractTermMonths"] = "两年",
        ["residence.tenure"] = "租的",
        ["residence.rentalKind"] = "商品房",
        ["residence.leaseSignedDate"] = "2017-01-15",
        ["residence.leaseTermMonths"] = "一年",
        ["permit.validFrom"] = "2016-10-01",
    };
}
