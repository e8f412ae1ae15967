namespace PolicyRules.Rules.VeteranPlacement.Facts;

/// <summary>An assessed disability grade (残疾等级), from 1, the most severe, to 10.</summary>
public enum DisabilityGrade
{
    Grade1 = 1,
    Grade2,
    Grade3,
    Grade4,
    Grade5,
    Grade6,
    Grade7,
    Grade8,
    Grade9,
    Grade10,
}
