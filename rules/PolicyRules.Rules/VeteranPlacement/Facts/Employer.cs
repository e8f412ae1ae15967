using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.VeteranPlacement.Facts;

/// <summary>The organisation asking as an employer of veterans.</summary>
public sealed class Employer
{
    [Variable("employer.kind")]
    public Input<EmployerKind> Kind { get; set; }

    [Variable("employer.veteransReceived")]
    public Input<int> VeteransReceived { get; set; }

    [Variable("employer.hiresSelfEmployedVeterans")]
    public Input<bool> HiresSelfEmployedVeterans { get; set; }

    /// <summary>“签合同、发工资、上保险”: a labour contract, wages paid, social insurance paid.</summary>
    [Variable("employer.contractWagesInsurance")]
    public Input<bool> ContractWagesInsurance { get; set; }

    /// <summary>商贸企业、服务型企业、劳动就业服务企业中的加工型企业或街道社区具有加工性质的小型企业实体.</summary>
    [Variable("employer.qualifyingTaxCategory")]
    public Input<bool> QualifyingTaxCategory { get; set; }

    /// <summary>Self-employment veterans newly hired this year into newly created posts.</summary>
    [Variable("employer.newPostHires")]
    public Input<int> NewPostHires { get; set; }

    /// <summary>The term of the labour contracts signed with them, in months.</summary>
    [Variable("employer.contractMonths")]
    public Input<int> ContractMonths { get; set; }
}
