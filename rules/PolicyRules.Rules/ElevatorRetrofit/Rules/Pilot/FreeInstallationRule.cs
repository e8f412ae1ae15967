using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Pilot;

/// <summary>
/// 海行规发〔2017〕6号 二[免费安装]：“免费安装：按照社会效益与经济效益相结合的原则，采取租赁的模式，由实施主体筹资实施。”
/// </summary>
[Name("elevator-retrofit/6-2-free-installation/free-installation")]
[Description("免费安装：采取租赁模式，由实施主体筹资实施")]
[Program(ElevatorRetrofitPrograms.Pilot)]
[Cites(ElevatorRetrofitSources.Elevators, "二[免费安装]")]
public sealed class FreeInstallationRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElevatorRetrofitPrograms.Pilot);

        Then()
            .Yield(_ => new Notice(ElevatorRetrofitPrograms.Pilot, "free-installation"));
    }
}
