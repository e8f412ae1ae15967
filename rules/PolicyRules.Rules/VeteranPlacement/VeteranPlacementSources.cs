namespace PolicyRules.Rules.VeteranPlacement;

/// <summary>The documents this area formalises, as rules cite them (their titles, dates and windows are in area.yaml).</summary>
public static class VeteranPlacementSources
{
    /// <summary>门头沟区2017年退役士兵安置工作意见.</summary>
    public const string District = "门政办发〔2017〕25号";

    /// <summary>《退役士兵安置条例》(2011): only 第二十九条, in the words of issue 15.</summary>
    public const string Regulation = "《退役士兵安置条例》";
}
