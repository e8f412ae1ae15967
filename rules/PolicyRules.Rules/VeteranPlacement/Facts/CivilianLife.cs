using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.VeteranPlacement.Facts;

/// <summary>The veteran's civilian life around discharge: study, training, business, the job he had before enlisting.</summary>
public sealed class CivilianLife
{
    /// <summary>持正规高等院校录取通知书参加全脱产学习 (read as 考入全日制普通高等学校 too, interpretation VP-FULL-TIME-STUDY).</summary>
    [Variable("applicant.fullTimeStudy")]
    public Input<bool> FullTimeStudy { get; set; }

    /// <summary>The study is registered (注册备案) with the 区安置办.</summary>
    [Variable("applicant.studyRegistered")]
    public Input<bool> StudyRegistered { get; set; }

    [Variable("applicant.vocationalTraining")]
    public Input<bool> VocationalTraining { get; set; }

    /// <summary>从事个体经营.</summary>
    [Variable("applicant.individualBusiness")]
    public Input<bool> IndividualBusiness { get; set; }

    [Variable("applicant.preEnlistmentEmployer")]
    public Input<PreEnlistmentEmployer> PreEnlistmentEmployer { get; set; }

    /// <summary>Enlisted as an in-service graduate whose post (编制) was kept during service.</summary>
    [Variable("applicant.graduateKeptPost")]
    public Input<bool> GraduateKeptPost { get; set; }
}
