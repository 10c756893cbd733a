using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Metrics.Import;

/// <summary>
/// One SQL statement on the context's open connection, compiled at its first run and kept for the
/// whole import, run inside the context's current transaction. An import stores thousands of
/// articles: compiling each statement again (as EF Core does) cost SQLite more than running it.
/// On PostgreSQL the same command object is kept; Npgsql prepares it on the server with <c>Max Auto Prepare</c>.
/// </summary>
/// <param name="context">Its connection must stay open while the statement is used.</param>
/// <param name="sql">The statement, with parameters <c>@p0</c>, <c>@p1</c>… in the order <see cref="Bind"/> takes them.</param>
/// <param name="parameterCount">How many parameters it has.</param>
internal sealed class PreparedStatement(DbContext context, string sql, int parameterCount) : IDisposable
{
    private DbCommand? command;

    /// <summary>The name of parameter <paramref name="index"/> in the SQL (both SQLite and Npgsql read <c>@name</c>).</summary>
    public static string Parameter(int index) => string.Create(CultureInfo.InvariantCulture, $"@p{index}");

    /// <summary>Sets the parameters (null as SQL NULL) and the transaction; the caller runs the command.</summary>
    public DbCommand Bind(params object?[] values)
    {
        if (values.Length != parameterCount)
        {
            throw new ArgumentException($"The statement takes {parameterCount} values, not {values.Length}.", nameof(values));
        }

        command ??= Create();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Prepared import statements run inside the article's transaction.");
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    /// <summary>Runs the statement and returns the first column of its first row as a whole number, or null when there is no row.</summary>
    public async Task<int?> ScalarAsync(CancellationToken cancellationToken, params object?[] values) =>
        await Bind(values).ExecuteScalarAsync(cancellationToken) is { } value and not DBNull
            ? Convert.ToInt32(value, CultureInfo.InvariantCulture)
            : null;

    public void Dispose() => command?.Dispose();

    private DbCommand Create()
    {
        var created = context.Database.GetDbConnection().CreateCommand();
        created.CommandText = sql;
        for (var i = 0; i < parameterCount; i++)
        {
            var parameter = created.CreateParameter();
            parameter.ParameterName = Parameter(i)[1..];
            parameter.Value = DBNull.Value;
            created.Parameters.Add(parameter);
        }

        return created;
    }
}
