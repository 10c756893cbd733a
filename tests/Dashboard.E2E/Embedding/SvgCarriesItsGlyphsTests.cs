using System.Text.RegularExpressions;
using Dashboard.E2E.Support;
using Microsoft.Playwright;

namespace Dashboard.E2E.Embedding;

/// <summary>
/// Issue 15: an SVG panel shows its Chinese on a machine with no Chinese font. This machine has
/// none (fc-list :lang=zh lists nothing; the test checks it does not draw 南 itself), so Chromium
/// draws the SVG's text only with the glyphs the file carries. Its title and source lines are
/// compared, pixel by pixel, with the PNG of the same panel; the same SVG without its embedded
/// font is the control that shows the comparison sees boxes.
/// </summary>
public sealed class SvgCarriesItsGlyphsTests : IClassFixture<Chromium>, IAsyncLifetime
{
    private const string Panel = "/panels/projects.{0}?width=800&height=450";

    private readonly Chromium chromium;
    private readonly LiveDashboard dashboard = new();

    public SvgCarriesItsGlyphsTests(Chromium chromium) => this.chromium = chromium;

    public Task InitializeAsync() => dashboard.InitializeAsync();

    public Task DisposeAsync() => dashboard.DisposeAsync();

    [Fact]
    public async Task TheSvgShowsTheSameChineseAsThePngWithoutAChineseFontInstalled()
    {
        using var http = new HttpClient { BaseAddress = dashboard.BaseAddress };
        var svg = await http.GetStringAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, Panel, "svg"));
        var png = await http.GetByteArrayAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, Panel, "png"));
        Assert.Contains("@font-face", svg, StringComparison.Ordinal);
        Assert.True(svg.Length < 200_000, $"the SVG carries a subset of the font, not all 10 MB of it: {svg.Length:N0} characters");
        var withoutFont = Regex.Replace(svg, "<style>@font-face.*?</style>", "", RegexOptions.Singleline);

        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 900, Height = 600 } });
        Assert.False(await page.EvaluateAsync<bool>("() => document.fonts.check('16px sans-serif', '南') && (() => { const c = document.createElement('canvas').getContext('2d'); c.font = '40px sans-serif'; return c.measureText('南').width !== c.measureText('\\u{10FFFD}').width; })()"),
            "this browser has a Chinese font of its own: the test would not show that the SVG carries its glyphs");
        var (titleWith, footWith) = await DifferencesAsync(page, svg, png);
        var (titleWithout, footWithout) = await DifferencesAsync(page, withoutFont, png);
        await page.CloseAsync();

        // Mean difference per channel (0–255) over the title band and the source band.
        Assert.True(titleWith < 3 && footWith < 3, $"the SVG's text differs from the PNG's: title {titleWith:0.00}, source {footWith:0.00}");
        Assert.True(titleWithout > 3 * titleWith && footWithout > 3 * footWith,
            $"the control without the font should show boxes: title {titleWithout:0.00} vs {titleWith:0.00}, source {footWithout:0.00} vs {footWith:0.00}");
    }

    private static async Task<(double Title, double Footer)> DifferencesAsync(IPage page, string svg, byte[] png)
    {
        var svgUrl = "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
        var pngUrl = "data:image/png;base64," + Convert.ToBase64String(png);
        var result = await page.EvaluateAsync<double[]>(@"async ([svgUrl, pngUrl]) => {
            const load = url => new Promise((ok, fail) => { const i = new Image(); i.onload = () => ok(i); i.onerror = fail; i.src = url; });
            const [a, b] = await Promise.all([load(svgUrl), load(pngUrl)]);
            await new Promise(r => setTimeout(r, 300));
            const pixels = img => { const c = document.createElement('canvas'); c.width = 800; c.height = 450; const x = c.getContext('2d'); x.fillStyle = '#fff'; x.fillRect(0, 0, 800, 450); x.drawImage(img, 0, 0, 800, 450); return x.getImageData(0, 0, 800, 450).data; };
            const pa = pixels(a), pb = pixels(b);
            const band = (top, bottom) => { let sum = 0, n = 0; for (let y = top; y < bottom; y++) for (let x = 0; x < 800; x++) { const i = (y * 800 + x) * 4; for (let k = 0; k < 3; k++) { sum += Math.abs(pa[i + k] - pb[i + k]); n++; } } return sum / n; };
            return [band(0, 60), band(395, 450)];
        }", new[] { svgUrl, pngUrl });
        return (result[0], result[1]);
    }
}
