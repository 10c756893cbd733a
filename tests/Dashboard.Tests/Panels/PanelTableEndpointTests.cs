using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Panels;

public sealed class PanelTableEndpointTests : IClassFixture<DashboardFactory>
{
    private readonly DashboardFactory factory;

    public PanelTableEndpointTests(DashboardFactory factory) => this.factory = factory;

    [Fact]
    public async Task FiguresCsvHasTheNumbersAsChartedInYiAndInYuan()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/panels/investment.csv?district=通州区&stage=started");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("区县,阶段,时期,投资额（亿元）,投资额（元）,含下限金额,事实数,已审核占比", lines[0]);
        Assert.Contains("通州区,开工,2023,83.2,8320000000,否,1,0", lines);
    }

    [Fact]
    public async Task FiguresOfProjectsWithoutAStageComeOneRowPerStageAndTheTitleSaysSo()
    {
        using var client = factory.CreateClient();

        var csv = await client.GetStringAsync("/panels/projects.csv?district=" + Uri.EscapeDataString("港闸区"));
        var svg = await client.GetStringAsync("/panels/projects.svg?district=" + Uri.EscapeDataString("港闸区"));

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("区县,阶段,时期,项目数（个）,事实数,已审核占比", lines[0]);
        var gangzha2020 = lines.Skip(1).Select(l => l.Split(',')).Where(r => r[2] == "2020").ToDictionary(r => r[1], r => long.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(gangzha2020.Count > 1, "港闸区 2020 has projects of several stages in the seed");
        Assert.DoesNotContain(lines.Skip(1), l => l.Split(',')[3] == gangzha2020.Values.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("各阶段项目数", svg);
    }

    [Fact]
    public async Task FactsCsvHasOneRowPerFactTheApiCounts()
    {
        using var client = factory.CreateClient();

        var csv = await client.GetStringAsync("/panels/projects.csv?rows=facts");
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/facts?metric=projects&pageSize=200"));

        var records = CsvRecords(csv);
        Assert.Equal("编号", records[0][0].TrimStart('\uFEFF'));
        Assert.Equal(api.RootElement.GetProperty("total").GetInt32(), records.Count - 1);
        var ids = api.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32().ToString()).Order();
        Assert.Equal(ids, records.Skip(1).Select(r => r[0]).Order());
        Assert.All(records.Skip(1), r => Assert.Equal(records[0].Count, r.Count));
    }

    [Fact]
    public async Task XlsxHasTheDataSheetAndAnAboutSheetWithFiltersUnitAndExportTime()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/panels/investment.xlsx?district=通州区&from=2020-01-01&to=2023-12-31");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var data = Read(zip, "xl/worksheets/sheet1.xml");
        var about = Read(zip, "xl/worksheets/sheet2.xml");
        Assert.Contains("<v>83.2</v>", data, StringComparison.Ordinal);
        Assert.Contains("通州区 · 2020-01-01 至 2023-12-31 · 历史区划", about, StringComparison.Ordinal);
        Assert.Contains("亿元", about, StringComparison.Ordinal);
        Assert.Matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00", about);
        // Each line is a label and its value: the value does not say its label again (来源 | 来源：…).
        Assert.Contains("篇公开报道", about, StringComparison.Ordinal);
        Assert.DoesNotContain("来源：", about, StringComparison.Ordinal);
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    // Enough CSV to read our own output: quoted fields may hold commas, quotes and line breaks.
    private static List<List<string>> CsvRecords(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
