using PolicyRules.Benchmarks.EligibilityRules;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Benchmarks.Cases;

/// <summary>
/// One citizen's facts (10): a 45-year-old veteran sergeant, registered unemployed for 14 months,
/// on the minimum living allowance, in a zero-employment household in Mentougou, with a child of
/// primary-school age, just hired on a contract by a local micro enterprise that has made four
/// hires this year (three from the difficulty group). In the 40-rule set 31 of the 40 rules fire.
/// The changed answer is the applicant's age, 45 → 61: past every edition's maximum working age, so
/// every status, reason and benefit built on the working-age resident goes, and the goal with them.
/// </summary>
public sealed class CitizenCase : IBenchCase
{
    public const int ApplicantAge = 45;

    public const int ChangedApplicantAge = 61;

    /// <summary>The evaluation date of every session.</summary>
    public static readonly DateOnly AsOf = new(2017, 5, 1);

    public static readonly DateOnly ChildBirthDate = new(2011, 3, 15);

    /// <summary>The goal the benchmarks determine: priority casework, the end of the longest chain.</summary>
    public static readonly Func<BenefitResult, bool> IsGoal = b => b.ProgramId == ProgramIds.PriorityCasework;

    /// <summary>The goal that depends on the child: a primary-school enrolment place.</summary>
    public static readonly Func<BenefitResult, bool> IsEnrolment = b => b.ProgramId == ProgramIds.Enrolment;

    private CitizenCase(Applicant applicant, Household household, VeteranRecord veteran, Child child,
        Employer employer, Employment employment, IReadOnlyList<Hire> hires)
    {
        Applicant = applicant;
        Household = household;
        Veteran = veteran;
        Child = child;
        Employer = employer;
        Employment = employment;
        Hires = hires;
        Facts = [applicant, household, veteran, child, employer, employment, .. hires];
    }

    public Applicant Applicant { get; }

    public Household Household { get; }

    public VeteranRecord Veteran { get; }

    public Child Child { get; }

    public Employer Employer { get; }

    public Employment Employment { get; }

    public IReadOnlyList<Hire> Hires { get; }

    /// <summary>All ten facts, in insertion order.</summary>
    public IReadOnlyList<object> Facts { get; }

    DateOnly IBenchCase.AsOf => AsOf;

    public object ChangedFact => Applicant;

    public static CitizenCase Create(int number = 1)
    {
        var household = new Household
        {
            Id = $"household-{number}",
            District = Parameters.HomeDistrict,
            WorkingAgeMembers = 2,
            EmployedMembers = 0,
            MonthlyIncomePerCapita = 650m,
        };
        var applicant = new Applicant
        {
            Id = $"citizen-{number}",
            Household = household,
            Age = ApplicantAge,
            HukouDistrict = Parameters.HomeDistrict,
            RegisteredUnemployed = true,
            UnemployedMonths = 14,
            Disabled = false,
            ReceivesMinimumLivingAllowance = true,
            PlansToStartBusiness = false,
        };
        var veteran = new VeteranRecord
        {
            Person = applicant,
            ServiceYears = 8,
            Rank = Parameters.SergeantRank,
            DischargeDate = new DateOnly(2015, 6, 30),
            HonourableDischarge = true,
        };
        var child = new Child { Parent = applicant, BirthDate = ChildBirthDate, HukouDistrict = Parameters.HomeDistrict };
        var employer = new Employer
        {
            Id = $"employer-{number}",
            District = Parameters.HomeDistrict,
            SmallOrMicro = true,
            Headcount = 40,
        };
        var employment = new Employment
        {
            Person = applicant,
            Employer = employer,
            Months = 2,
            HasLabourContract = true,
            SocialInsurancePaid = true,
            MonthlyWage = 3_200m,
        };
        Hire[] hires =
        [
            new() { Employer = employer, Person = applicant, FromDifficultyGroup = true, ContractMonths = 12 },
            new() { Employer = employer, FromDifficultyGroup = true, ContractMonths = 24 },
            new() { Employer = employer, FromDifficultyGroup = true, ContractMonths = 12 },
            new() { Employer = employer, FromDifficultyGroup = false, ContractMonths = 36 },
        ];
        return new CitizenCase(applicant, household, veteran, child, employer, employment, hires);
    }

    public Determination DetermineGoal(Engine.ISession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Determine(IsGoal);
    }

    public bool GoalHolds(NRules.ISession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Query<BenefitResult>().Any(IsGoal);
    }

    public void ChangeAnswer(bool changed) => Applicant.Age = changed ? ChangedApplicantAge : ApplicantAge;

    /// <summary>Makes the applicant's age unanswered (as before the question is asked) or answers it.</summary>
    public void SetAgeKnown(bool known) => Applicant.Age = known ? ApplicantAge : Input<int>.Unknown;

    public void SetChildBirthDateKnown(bool known) => Child.BirthDate = known ? ChildBirthDate : Input<DateOnly>.Unknown;
}
