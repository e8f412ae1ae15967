using PolicyRules.Screening.Permits;

namespace PolicyRules.Screening.Tests;

/// <summary>“Is permit X still required?” answered from 门政发〔2017〕19号's 34 items.</summary>
public sealed class PermitRegisterTests
{
    private static readonly PermitRegister Register = PermitRegister.Default;

    [Fact]
    public void Find_AskedInChinese_AnswersWithTheChangeTheOfficeAndTheBasis()
    {
        // Act
        var permit = Assert.Single(Register.Find("举办体育竞赛活动审批还需要办吗？", "zh-CN"));

        // Assert
        Assert.Equal(24, permit.Number);
        Assert.Equal("madeInternal", permit.Change);
        Assert.Equal("已调整为政府内部审批事项，不再面向公民、法人和其他社会组织审批。", permit.Answer);
        Assert.Equal("体育局", permit.Office);
        Assert.Equal("《北京市体育竞赛管理办法》", permit.Basis);
        Assert.StartsWith("调整为政府内部审批事项;根据《市政府关于取消和调整一批非行政许可审批事项的通知》", permit.Decision, StringComparison.Ordinal);
        Assert.Equal(("门政发〔2017〕19号", "附件[24]"), (permit.Citation.Document, permit.Citation.Clause));
        Assert.Equal("对调整为政府内部审批的事项，审批部门不得面向公民、法人和其他社会组织实施审批", permit.Rule!.Text);
    }

    [Theory]
    [InlineData("物业资质审批还需要办吗", 26)]
    [InlineData("福利企业年检还要吗", 1)]
    [InlineData("是否还需要办理出售公有住房审批", 28)]
    [InlineData("使用有毒物品作业场所职业卫生安全许可还需要办吗", 7)]
    [InlineData("赛车场备案", 13)]
    public void Find_PartOfANameOrAQuestion_FindsTheItem(string question, int number)
    {
        // Act
        var found = Register.Find(question, "zh-CN");

        // Assert
        Assert.Equal(number, found[0].Number);
    }

    [Fact]
    public void Find_WordsTwoNamesShare_FindsBoth()
    {
        // Act
        var found = Register.Find("统计从业资格", "zh-CN");

        // Assert
        Assert.Equal([30, 32], found.Select(p => p.Number));
    }

    [Fact]
    public void Find_AskedInEnglish_AnswersInEnglish()
    {
        // Act
        var permit = Register.Find("Is the sports competition permit still required?", "en")[0];

        // Assert
        Assert.Equal(24, permit.Number);
        Assert.Equal("Approval to hold sports competitions", permit.Name);
        Assert.Equal("District Sports Bureau", permit.Office);
        Assert.StartsWith("Now an internal government approval", permit.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_AMergedItem_SaysWhatItWasMergedInto()
    {
        // Act
        var permit = Register.Find("外商投资项目核准还需要吗", "zh-CN")[0];

        // Assert
        Assert.Equal(12, permit.Number);
        Assert.Equal("merged", permit.Change);
        Assert.Equal("企业、事业单位、社会团体等投资建设的固定资产投资项目核准（不含工业和信息化投资项目）", permit.MergedInto);
        Assert.Contains($"已并入“{permit.MergedInto}”事项", permit.Answer, StringComparison.Ordinal);
        Assert.Null(permit.Rule);
    }

    [Fact]
    public void Find_APartlyCancelledItem_SaysWhatIsKept()
    {
        // Act
        var permit = Register.Find("加工贸易合同审批还要办吗", "zh-CN")[0];

        // Assert
        Assert.Equal("partlyCancelled", permit.Change);
        Assert.Equal("部分取消：保留“加工贸易企业经营状况和生产能力证明”，另外两项子项已取消。", permit.Answer);
    }

    [Theory]
    [InlineData("驾驶证还需要办吗", "zh-CN")]
    [InlineData("is a driving licence still required", "en")]
    public void Find_SomethingTheNoticeDoesNotList_FindsNothing(string question, string locale)
    {
        // Act
        var found = Register.Find(question, locale);

        // Assert
        Assert.Empty(found);
    }

    [Fact]
    public void All_AddUpToTheCountsTheNoticeGives()
    {
        // Act
        var all = Register.All("zh-CN");

        // Assert: 经审核，对我区34项行政职权进行取消调整，其中取消19项行政职权（行政许可9项，行政检查1项，行政确认3项，其他类6项）和1项行政职权子项（其他类），
        // 将6项调整为政府内部审批事项（行政许可2项，其他类4项），将8项行政许可事项合并入现有行政许可事项
        Assert.Equal(Enumerable.Range(1, 34), all.Select(p => p.Number));
        var counts = all.CountBy(p => $"{p.Change} {p.Category}").ToDictionary();
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["cancelled 行政许可"] = 9, ["cancelled 行政检查"] = 1, ["cancelled 行政确认"] = 3, ["cancelled 其他类"] = 6,
                ["partlyCancelled 其他类"] = 1,
                ["madeInternal 行政许可"] = 2, ["madeInternal 其他类"] = 4,
                ["merged 行政许可"] = 8,
            },
            counts);
    }
}
