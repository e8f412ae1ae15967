using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Tests;

/// <summary>The result card as a parent reads it: the decision first, then what to do, or what failed, or what is still open.</summary>
public sealed class ResultCardTests
{
    private static readonly string[] AnsweredNo = ["child.attendedGradeOneAtHome", "child.boarding", "family.introducedTalent"];

    [Fact]
    public async Task Eligible_OpensWithTheDecisionThenTheChecklistDatesOfficeAndNotices()
    {
        // Arrange
        var bot = new BotHarness();

        // Act
        var card = (await bot.AnswerUntilResultAsync("五证", Families.NonBeijing, otherwise: "是", except: AnsweredNo)).Text!;

        // Assert
        Assert.StartsWith("**✅ 符合：小学入学：非本市户籍（“五证”审核）**", card, StringComparison.Ordinal);
        Assert.True(card.IndexOf("请一次带齐以下材料", StringComparison.Ordinal) < card.IndexOf("时间：", StringComparison.Ordinal));
        Assert.Contains("5月16日至5月31日", card, StringComparison.Ordinal);
        Assert.DoesNotContain("2017-05-16", card, StringComparison.Ordinal);
        Assert.Contains("严禁以任何名义收取择校费", card, StringComparison.Ordinal);
        Assert.Contains("监督电话：69842673", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ineligible_SaysWhatFailedByClauseAndHowToChangeIt_NeverTheChecklist()
    {
        // Arrange
        var bot = new BotHarness();
        var renting = new Dictionary<string, string>
        {
            ["child.stage"] = "一年级",
            ["child.hukou"] = "北京市其他区",
            ["child.birthDate"] = "2011-03-02",
        };

        // Act
        var card = (await bot.AnswerUntilResultAsync("想问孩子上学的事", renting, otherwise: "否")).Text!;

        // Assert
        // The refusal the family came for leads; the no-fees protection every child has (26号 三[工作要求](五)) follows.
        Assert.StartsWith("**❌ 不符合：", card, StringComparison.Ordinal);
        Assert.Contains("\n\n**✅ 符合：不缴纳择校费、报名费、测试费和借读费**", card, StringComparison.Ordinal);
        Assert.Single(AllIndexes(card, "❌ 不符合"));
        Assert.Contains("不符合的原因：", card, StringComparison.Ordinal);
        Assert.Contains("（门政办发〔2017〕26号 三(一)1）", card, StringComparison.Ordinal);
        Assert.Contains("改一下", card, StringComparison.Ordinal);
        Assert.DoesNotContain("请一次带齐", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2017年4月27日", "✅ 符合")]
    [InlineData("2017年4月29日", "❌ 不符合")]
    public async Task LeaseDate_AcceptedAsADate_ThenTheRuleDecidesBy4月28日前(string signed, string decision)
    {
        // Arrange
        var bot = new BotHarness();
        var family = new Dictionary<string, string>(Families.NonBeijing) { ["residence.leaseSignedDate"] = signed };

        // Act
        var result = await bot.AnswerUntilResultAsync("五证", family, otherwise: "是", except: AnsweredNo);
        var card = result.Text!;

        // Assert
        // A date not understood would be asked again until the harness gives up; the refusal shows the answer it failed on.
        Assert.StartsWith($"**{decision}：小学入学：非本市户籍（“五证”审核）**", card, StringComparison.Ordinal);
        if (decision == "❌ 不符合")
        {
            Assert.Contains("4月28日前", card, StringComparison.Ordinal);
            Assert.Contains("2017年4月29日", card, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DontKnow_GathersWhatIsMissingInOneBlockWithWhomToAsk()
    {
        // Arrange
        var bot = new BotHarness();
        var unsure = new Dictionary<string, string>(Families.NonBeijing) { ["permit.validFrom"] = "不知道" };

        // Act
        var result = await bot.AnswerUntilResultAsync("五证", unsure, otherwise: "是", except: AnsweredNo);
        var card = result.Text!;

        // Assert
        var report = (JObject)((JObject)result.ChannelData!)["policyRules"]!["report"]!;
        Assert.Equal("undetermined", report["programs"]!.First(p => p["id"]!.ToString() == "school-enrolment.primary.non-beijing")["status"]!.ToString());
        Assert.StartsWith("**❓ 尚不能确定：小学入学：非本市户籍（“五证”审核）**", card, StringComparison.Ordinal);
        Assert.Contains("\n\n**✅ 符合：不缴纳择校费、报名费、测试费和借读费**", card, StringComparison.Ordinal);
        Assert.Single(AllIndexes(card, "以下情况您还不确定"));
        Assert.Contains("居住证", card[card.IndexOf("以下情况您还不确定", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("可以咨询：", card, StringComparison.Ordinal);
        Assert.DoesNotContain("请一次带齐", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_DatesAsEnglishAndNoFullWidthPunctuationOutsideQuotedPolicyText()
    {
        // Arrange
        var bot = new BotHarness("en-US");
        var answers = new Dictionary<string, string>
        {
            ["child.stage"] = "grade 1",
            ["child.hukou"] = "Mentougou",
            ["child.birthDate"] = "2011-08-31",
        };

        // Act
        var card = (await bot.AnswerUntilResultAsync("primary school", answers, otherwise: "no")).Text!;

        // Assert
        Assert.StartsWith("**✅ Eligible: ", card, StringComparison.Ordinal);
        Assert.Contains("8 May to 31 May", card, StringComparison.Ordinal);
        Assert.Contains("from 10 July", card, StringComparison.Ordinal);
        var ownWords = string.Join('\n', card.Split('\n').Where(line => !line.Any(c => c is >= '\u4e00' and <= '\u9fff')));
        Assert.DoesNotContain(ownWords, c => c is '，' or '：' or '（' or '）' or '。' or '；');
    }

    private static IEnumerable<int> AllIndexes(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
