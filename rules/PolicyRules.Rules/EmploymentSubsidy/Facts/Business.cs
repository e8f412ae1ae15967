using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.EmploymentSubsidy.Facts;

/// <summary>The person's own business (三(一)–(五)).</summary>
public sealed class Business
{
    /// <summary>None, a sole trader (个体工商户), or a small enterprise founded alone or in partnership.</summary>
    [Variable("business.form")]
    public Input<BusinessForm> Form { get; set; }

    /// <summary>The start-up loan, in yuan.</summary>
    [Variable("business.loanAmount")]
    public Input<decimal> LoanAmount { get; set; }

    /// <summary>Registered unemployed people of 西城 hired this year (当年招用).</summary>
    [Variable("business.unemployedHired")]
    public Input<int> UnemployedHired { get; set; }

    /// <summary>Already receives the city's full interest subsidy.</summary>
    [Variable("business.municipalFullInterest")]
    public Input<bool> MunicipalFullInterest { get; set; }

    /// <summary>The sole trader currently receives start-up support (正在享受创业扶持政策).</summary>
    [Variable("business.startupSupport")]
    public Input<bool> StartupSupport { get; set; }

    /// <summary>The sole trader is becoming an enterprise (升级为企业).</summary>
    [Variable("business.upgrading")]
    public Input<bool> Upgrading { get; set; }

    /// <summary>A certified start-up service platform helped the person start it.</summary>
    [Variable("business.platformHelped")]
    public Input<bool> PlatformHelped { get; set; }

    /// <summary>How long it has traded normally, in months.</summary>
    [Variable("business.monthsTrading")]
    public Input<int> MonthsTrading { get; set; }
}
