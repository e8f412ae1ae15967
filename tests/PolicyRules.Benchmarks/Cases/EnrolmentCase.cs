using System.Text.Json;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Rules;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Screening;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Benchmarks.Cases;

/// <summary>
/// A non-Beijing family applying for a grade-1 place (samples/school-enrolment/non-beijing-family.json),
/// with every input of the real enrolment rules answered: the sample's answers plus
/// <see cref="Completion"/>, the ones it leaves out, answered as such a family would (no boarding, no
/// preference status, no junior-school questions that apply, none of the steps asked only once a window has closed). NRules has no unknown inputs, so both
/// engines get a case without any. The facts are built as <see cref="EligibilityService"/> builds them:
/// the policy context, then one instance of every input fact type with the answers set. The goal is
/// the non-Beijing primary place; the changed answer is the child's birth date, moved past the
/// entry-age cut-off, which takes the place away.
/// </summary>
public sealed class EnrolmentCase : IBenchCase
{
    private const string Sample = "non-beijing-family.json";

    private static readonly Lazy<VariableRegistry> Variables = new(() => ScreeningServices.Default.Variables);

    /// <summary>The answers the sample leaves out, as JSON values.</summary>
    private static readonly Dictionary<string, string> Completion = new(StringComparer.Ordinal)
    {
        ["child.attendedGradeOneAtHome"] = "false",
        ["child.boarding"] = "false",
        ["child.disability"] = "\"none\"",
        ["child.medicalCheckAtDistrictHospital"] = "true",
        ["child.medicalCheckDate"] = "\"2017-04-20\"",
        ["child.preferenceStatus"] = "\"none\"",
        ["child.primaryCompletion"] = "\"mentougou\"",
        ["child.registeredInOtherDistrict"] = "false",
        ["child.primarySchoolZone"] = "\"other\"",
        ["child.relocatedWithinDistrict"] = "false",
        ["child.returnToHomeDistrict"] = "false",
        ["child.specialtyApplicant"] = "false",
        ["child.specialtySchoolRegistered"] = "false",
        ["employment.lawfulAndTaxPaid"] = "true",
        ["employment.licenceDate"] = "\"2015-06-01\"",
        ["employment.registeredInDistrict"] = "true",
        ["family.introducedTalent"] = "false",
        ["family.noGuardianshipProof"] = "true",
        ["family.appliedForRelocation"] = "false",
        ["family.checkedBySection"] = "false",
        ["family.collectedSeparately"] = "false",
        ["family.completedExitFormalities"] = "false",
        ["family.enteredOnPlatform"] = "false",
        ["family.militaryCertificateFromDivision"] = "false",
        ["family.parentBeijingHukouBooklet"] = "false",
        ["family.parentsMarriageCertificate"] = "false",
        ["family.postdocStationLetter"] = "false",
        ["family.servingSoldierId"] = "false",
        ["family.signedUpForSpecialty"] = "false",
        ["family.submittedFiveCertificates"] = "false",
        ["family.workResidencePermitValid"] = "false",
        ["family.ownsTitledHomeInDistrict"] = "false",
        ["residence.farmhouseProof"] = "false",
        ["residence.ownershipProof"] = "\"none\"",
        ["residence.unitHousingCertificate"] = "false",
        ["school.plannedIntake"] = "200",
    };

    /// <summary>After the entry-age cut-off (born on or before 2011-08-31).</summary>
    private static readonly DateOnly ChangedBirthDate = new(2011, 9, 30);

    private readonly DateOnly _birthDate;

    private EnrolmentCase(DateOnly asOf, IReadOnlyList<object> facts, int answered, Child child)
    {
        AsOf = asOf;
        Facts = facts;
        Answered = answered;
        Child = child;
        _birthDate = child.BirthDate.Value;
    }

    public DateOnly AsOf { get; }

    public IReadOnlyList<object> Facts { get; }

    /// <summary>How many variables are answered: all of them (<see cref="Create"/> checks).</summary>
    public int Answered { get; }

    public Child Child { get; }

    public object ChangedFact => Child;

    public static bool IsGoal(ProgramEligible eligible)
    {
        ArgumentNullException.ThrowIfNull(eligible);
        return eligible.Program == SchoolEnrolmentPrograms.NonBeijingPrimary;
    }

    public static EnrolmentCase Create()
    {
        var variables = Variables.Value;
        var sample = ReadSample();
        var facts = new Dictionary<string, JsonElement>(sample.Facts, StringComparer.Ordinal);
        foreach (var (id, json) in Completion)
        {
            facts.Add(id, JsonSerializer.Deserialize<JsonElement>(json));
        }

        var date = sample.Date ?? throw new InvalidOperationException($"{Sample} has no date.");
        var request = (sample with { Facts = facts }).ToRequest(variables, date, sample.Locale ?? "zh-CN");
        var unanswered = variables.All.Select(v => v.Id).Where(id => !request.Answers.ContainsKey(id)).ToArray();
        if (unanswered.Length > 0)
        {
            throw new InvalidOperationException($"The enrolment case leaves {string.Join(", ", unanswered)} unanswered.");
        }

        var inputs = variables.InputFactTypes.ToDictionary(t => t, t => Activator.CreateInstance(t)!);
        foreach (var answer in request.Answers.Values)
        {
            var known = typeof(Input<>).MakeGenericType(answer.Variable.ValueType).GetMethod(nameof(Input<int>.Known))!;
            answer.Variable.Property.SetValue(inputs[answer.Variable.FactType], known.Invoke(null, [answer.Value]));
        }

        var library = PolicyLibrary.Default;
        object[] all = [.. library.ContextFacts(date), .. inputs.Values];
        return new EnrolmentCase(date, all, request.Answers.Count, (Child)inputs[typeof(Child)]);
    }

    public Determination DetermineGoal(Engine.ISession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Determine<ProgramEligible>(IsGoal);
    }

    public bool GoalHolds(NRules.ISession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Query<ProgramEligible>().Any(IsGoal);
    }

    public void ChangeAnswer(bool changed) => Child.BirthDate = changed ? ChangedBirthDate : _birthDate;

    private static CaseFile ReadSample()
    {
        using var stream = typeof(EnrolmentCase).Assembly.GetManifestResourceStream(Sample)
            ?? throw new InvalidOperationException($"{Sample} is not embedded.");
        using var reader = new StreamReader(stream);
        return CaseFile.Parse(reader.ReadToEnd());
    }
}
