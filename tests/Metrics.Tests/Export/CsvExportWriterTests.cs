using System.Text;
using Metrics.Export;

namespace Metrics.Tests.Export;

public sealed class CsvExportWriterTests
{
    [Fact]
    public async Task StartsWithUtf8BomAndOneHeaderRow()
    {
        var bytes = await WriteAsync(ExportTables.Of(["通州区", 3L, new DateOnly(2023, 2, 11)]));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Lines(bytes);
        Assert.Equal("文本,数值,日期", lines[0]);
        Assert.Equal("通州区,3,2023-02-11", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+86 513", "'+86 513")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("南通 = 江海门户", "南通 = 江海门户")]
    [InlineData("2023-Q1", "2023-Q1")]
    [InlineData("南通\u0007日报\u001b[2J", "南通日报[2J")]
    [InlineData("\u0000=1+1", "'=1+1")]
    [InlineData("新闻\u0085中心\u007f", "新闻中心")]
    public async Task TextThatASpreadsheetWouldRunIsNeutralised(string text, string expectedCell)
    {
        var bytes = await WriteAsync(ExportTables.Of([text, null, null]));

        var body = Encoding.UTF8.GetString(bytes[3..]);
        var row = body[(body.IndexOf("\r\n", StringComparison.Ordinal) + 2)..^2];
        Assert.Equal(expectedCell + ",,", row);
    }

    [Fact]
    public async Task NumbersArePlainAndNeverPrefixed()
    {
        var bytes = await WriteAsync(ExportTables.Of(
            [null, -5L, null],
            [null, 48_000_000_000L, null],
            [null, 83.2, null],
            [null, 0.05m, null]));

        var cells = Lines(bytes)[1..].Select(l => l.Split(',')[1]).ToArray();
        Assert.Equal(["-5", "48000000000", "83.2", "0.05"], cells);
    }

    [Fact]
    public async Task CommasQuotesAndLineBreaksAreQuoted()
    {
        var bytes = await WriteAsync(ExportTables.Of(["签约12个项目,总投资\"超百亿\"\n涵盖5G", 1L, null]));

        var body = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("\"签约12个项目,总投资\"\"超百亿\"\"\n涵盖5G\",1,\r\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WritesToAResponseWithoutSynchronousWrites()
    {
        var output = new ResponseLikeStream();
        await CsvExportWriter.WriteAsync(output, ExportTables.Of(["a", 1L, null]));

        Assert.True(output.Received > 0);
    }

    [Fact]
    public async Task NumbersArePlainDigitsNeverScientificNotation()
    {
        var csv = System.Text.Encoding.UTF8.GetString(await WriteAsync(ExportTables.Of(["a", 0.00001, null], ["b", 1e15, null])));

        Assert.Contains("a,0.00001,", csv, StringComparison.Ordinal);
        Assert.Contains("b,1000000000000000,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("E+", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("E-", csv, StringComparison.Ordinal);
    }

    private static async Task<byte[]> WriteAsync(ExportTable table)
    {
        var output = new ResponseLikeStream();
        await CsvExportWriter.WriteAsync(output, table);
        return output.ToArray();
    }

    private static string[] Lines(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
