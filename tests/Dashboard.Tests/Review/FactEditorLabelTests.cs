using Bunit;
using Dashboard.Components.Pages.Articles;
using Dashboard.Presentation.Words;
using Metrics.Facts;
using MudBlazor.Services;

namespace Dashboard.Tests.Review;

/// <summary>The editor names each field's input with the field's Chinese name from <see cref="FactFieldWords"/>, as the audit log and the export do.</summary>
public sealed class FactEditorLabelTests
{
    [Theory]
    [InlineData(FactType.Meeting, new[] { nameof(FactFields.Type), nameof(FactFields.District), nameof(FactFields.Date), nameof(FactFields.Kind), nameof(FactFields.Chair) })]
    [InlineData(FactType.ProjectEvent, new[]
    {
        nameof(FactFields.Stage), nameof(FactFields.Scope), nameof(FactFields.ProjectCount), nameof(FactFields.InvestmentYuan), nameof(FactFields.InvestmentYuanMax),
        nameof(FactFields.Qualifier), nameof(FactFields.InvestmentOriginal), nameof(FactFields.PlannedThisYearYuan), nameof(FactFields.MemberOfBatch), nameof(FactFields.Projects),
    })]
    public async Task EachInputIsLabelledWithItsFieldsName(FactType type, string[] fields)
    {
        await using var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Render<MudBlazor.MudPopoverProvider>();
        var model = new FactEditModel { Fields = { Type = type, District = "通州区" } };

        var editor = context.Render<FactEditor>(ps => ps.Add(p => p.Model, model).Add(p => p.Districts, ["通州区"]));

        var labels = editor.FindAll("label").Select(label => label.TextContent.Trim()).ToList();
        Assert.All(fields, field => Assert.Contains(labels, label => label.StartsWith(FactFieldWords.Label(field), StringComparison.Ordinal)));
    }
}
