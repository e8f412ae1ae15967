using System.Globalization;

namespace PolicyRules.Referee.Tests.Referee;

/// <summary>How much the referee runs. Environment variables override the defaults, to replay another seed or to soak locally.</summary>
internal static class RefereeSettings
{
    public const int DefaultSeed = 20170428;

    /// <summary>REFEREE_SEED: the seed of the random variations (a failure message names it).</summary>
    public static int Seed => Read("REFEREE_SEED", DefaultSeed);

    /// <summary>REFEREE_VARIATIONS: random fully-answered variations per area.</summary>
    public static int RandomVariations => Read("REFEREE_VARIATIONS", 1000);

    /// <summary>REFEREE_CHANGES: variations per area refereed again after one answer changes.</summary>
    public static int ChangedAnswers => Read("REFEREE_CHANGES", 400);

    /// <summary>REFEREE_COMPLETIONS: completions per policy case.</summary>
    public static int Completions => Read("REFEREE_COMPLETIONS", 4);

    /// <summary>How many disagreeing variations a failure message shows in full.</summary>
    public const int Shown = 5;

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
