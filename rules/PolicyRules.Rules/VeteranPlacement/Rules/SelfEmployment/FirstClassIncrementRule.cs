using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>
/// 门政办发〔2017〕25号 二(三)11：“获得中央军委、军队军区级单位授予荣誉称号或荣获一等功增发15%。” One increment, for the highest award (interpretation VP-ONE-HONOUR), added to
/// the conscript standard (VP-INCREMENTS-ADDED), for conscripts and NCOs alike (VP-HONOUR-CONSCRIPTS). An honorary title or a first-class merit counts; both are at the top tier.
/// </summary>
[Name("veteran-placement/25-2-3-11/first-class-honour-increment")]
[Description("获得荣誉称号或荣获一等功，增发15%")]
[Cites(VeteranPlacementSources.District, "二(三)11")]
public sealed class FirstClassIncrementRule : Rule
{
    public override void Define()
    {
        ProgramEligible subsidy = default!;

        When()
            .Match(() => subsidy, p => p.Program == VeteranPlacementPrograms.SelfEmployment)
            .Match<ServiceRecord>(s => s.HighestHonour.Value >= MilitaryHonour.FirstClassMerit);

        Then()
            .Yield(_ => new AmountGranted(subsidy.Program, "subsidy-first-class-honour"));
    }
}
