using System.Text;
using Metrics.Export;
using Metrics.Review;
using Metrics.Tests.Support;

namespace Metrics.Tests.Review;

public sealed class AuditQueryTests
{
    [Fact]
    public async Task TheCsvExportHasABomAndNeutralisesFormulas()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await using (var context = database.Open())
        {
            AuditLog.Add(context, new DateTime(2026, 11, 22, 8, 0, 0, DateTimeKind.Utc), "=cmd|' /C calc'!A0", AuditActions.Reject, AuditActions.Fact, 7, new { Note = "通州区" }, null);
            await context.SaveChangesAsync();
        }

        using var output = new MemoryStream();
        await CsvExportWriter.WriteAsync(output, new AuditQuery(database.ContextFactory).Table());

        var bytes = output.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("时间（UTC）,用户,操作,对象,编号,修改前,修改后", lines[0]);
        Assert.Equal("2026-11-22T08:00:00Z,'=cmd|' /C calc'!A0,reject,fact,7,\"{\"\"note\"\":\"\"通州区\"\"}\",", lines[1]);
    }

    [Fact]
    public async Task APageListsTheLatestEntriesFirstAndNarrowsToOneFact()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await using (var context = database.Open())
        {
            var at = new DateTime(2026, 11, 22, 8, 0, 0, DateTimeKind.Utc);
            AuditLog.Add(context, at, "admin", AuditActions.Confirm, AuditActions.Fact, 1, null, null);
            AuditLog.Add(context, at, "admin", AuditActions.Reject, AuditActions.Fact, 2, null, null);
            AuditLog.Add(context, at, "admin", AuditActions.Edit, AuditActions.Fact, 1, null, null);
            await context.SaveChangesAsync();
        }

        var query = new AuditQuery(database.ContextFactory);
        var all = await query.RunAsync(1, 2);
        var ofFactOne = await query.RunAsync(1, 10, AuditActions.Fact, 1);

        Assert.Equal(3, all.Total);
        Assert.Equal([AuditActions.Edit, AuditActions.Reject], all.Items.Select(i => i.Action));
        Assert.Equal([AuditActions.Edit, AuditActions.Confirm], ofFactOne.Items.Select(i => i.Action));
    }
}
