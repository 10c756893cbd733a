using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Metrics.Export;

namespace Metrics.Tests.Export;

public sealed class XlsxExportWriterTests
{
    private static readonly DateTimeOffset ExportTime = new(2026, 11, 23, 0, 50, 15, TimeSpan.FromHours(8));

    [Fact]
    public async Task WorkbookPassesTheOpenXmlValidator()
    {
        using var document = await WriteAsync(ExportTables.Of(
            ["通州区", 83.2, new DateOnly(2023, 2, 11)],
            ["=cmd\u0001控制符", -5L, null]));

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task CellsAreTypedNumbersDatesAndText()
    {
        using var document = await WriteAsync(ExportTables.Of(["通州区", 83.2, new DateOnly(2023, 2, 11)]));

        var cells = Sheet(document, XlsxExportWriter.DataSheetName).Descendants<Row>().ElementAt(1).Elements<Cell>().ToArray();
        Assert.Equal(CellValues.InlineString, cells[0].DataType!.Value);
        Assert.Equal("通州区", cells[0].InlineString!.Text!.Text);
        Assert.Null(cells[1].DataType);
        Assert.Equal("83.2", cells[1].CellValue!.Text);
        Assert.Null(cells[2].DataType);
        Assert.Equal("44968", cells[2].CellValue!.Text); // 2023-02-11 as an Excel date serial
        var format = DateFormatOf(document, cells[2]);
        Assert.Equal("yyyy-mm-dd", format);
        Assert.Equal(["A2", "B2", "C2"], cells.Select(c => c.CellReference!.Value!).ToArray());
    }

    [Fact]
    public async Task HeaderRowIsBoldAndFrozen()
    {
        using var document = await WriteAsync(ExportTables.Of(["a", 1L, null]));

        var sheet = Sheet(document, XlsxExportWriter.DataSheetName);
        var header = sheet.Descendants<Row>().First().Elements<Cell>().Select(c => c.InlineString!.Text!.Text).ToArray();
        Assert.Equal(["文本", "数值", "日期"], header);
        Assert.Equal(PaneStateValues.Frozen, sheet.Descendants<Pane>().Single().State!.Value);
    }

    [Fact]
    public async Task AboutSheetStatesTitleFiltersUnitsAndExportTimeWithOffset()
    {
        var metadata = new ExportMetadata("项目投资额（按年）", [new("筛选", "通州区 · 全部时间 · 历史区划"), new("单位", "亿元")], ExportTime);
        using var document = await WriteAsync(ExportTables.Of(["a", 1L, null]), metadata);

        var rows = Sheet(document, XlsxExportWriter.AboutSheetName).Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString!.Text!.Text).ToArray())
            .ToDictionary(cells => cells[0], cells => cells[1]);
        Assert.Equal("项目投资额（按年）", rows["标题"]);
        Assert.Equal("通州区 · 全部时间 · 历史区划", rows["筛选"]);
        Assert.Equal("亿元", rows["单位"]);
        Assert.Equal("2026-11-23T00:50:15+08:00", rows["导出时间"]);
    }

    [Fact]
    public async Task ControlCharactersThatXmlCannotCarryAreDropped()
    {
        using var document = await WriteAsync(ExportTables.Of(["证据\u0001原文\u000B", null, null]));

        var cell = Sheet(document, XlsxExportWriter.DataSheetName).Descendants<Row>().ElementAt(1).Elements<Cell>().First();
        Assert.Equal("证据原文", cell.InlineString!.Text!.Text);
    }

    [Fact]
    public async Task RowsReachTheOutputBeforeTheTableIsRead()
    {
        var output = new ResponseLikeStream();
        var receivedMidway = -1L;
        await XlsxExportWriter.WriteAsync(output, new ExportTable(ExportTables.Columns, Rows()), Metadata());

        Assert.True(receivedMidway > 1000, $"only {receivedMidway} bytes had arrived after 5,000 of 10,000 rows");

        async IAsyncEnumerable<object?[]> Rows()
        {
            for (var i = 0; i < 10_000; i++)
            {
                if (i == 5_000)
                {
                    receivedMidway = output.Received;
                }

                await Task.Yield();
                yield return [$"第{i}行", i, new DateOnly(2020, 1, 1).AddDays(i % 1000)];
            }
        }
    }

    private static ExportMetadata Metadata() => new("测试", [], ExportTime);

    [Fact]
    public async Task AmountsHaveANumberFormatAndNeverScientificNotation()
    {
        ExportColumn[] columns = [new("投资额（元）", ExportCellKind.Yuan), new("投资额（亿元）", ExportCellKind.Yi), new("小数", ExportCellKind.Number)];
        using var document = await WriteAsync(new ExportTable(columns, ExportTables.Stream([[123_456_789_012L, 1234.5678m, 0.00001]])));

        var cells = Sheet(document, XlsxExportWriter.DataSheetName).Descendants<Row>().ElementAt(1).Elements<Cell>().ToArray();
        Assert.Equal(("123456789012", "1234.5678", "0.00001"), (cells[0].CellValue!.Text, cells[1].CellValue!.Text, cells[2].CellValue!.Text));
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        uint FormatId(Cell cell) => ((CellFormat)styles.CellFormats!.ElementAt((int)cell.StyleIndex!.Value)).NumberFormatId!.Value;
        Assert.Equal(3u, FormatId(cells[0])); // built-in #,##0
        Assert.Equal("#,##0.00##", DateFormatOf(document, cells[1]));
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    private static async Task<SpreadsheetDocument> WriteAsync(ExportTable table, ExportMetadata? metadata = null)
    {
        var output = new ResponseLikeStream();
        await XlsxExportWriter.WriteAsync(output, table, metadata ?? Metadata());
        return SpreadsheetDocument.Open(new MemoryStream(output.ToArray()), isEditable: false);
    }

    private static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    private static string? DateFormatOf(SpreadsheetDocument document, Cell cell)
    {
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = (CellFormat)styles.CellFormats!.ElementAt((int)cell.StyleIndex!.Value);
        return styles.NumberingFormats!.Elements<NumberingFormat>()
            .SingleOrDefault(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value)?.FormatCode?.Value;
    }
}
