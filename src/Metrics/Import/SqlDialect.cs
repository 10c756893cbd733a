using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Import;

/// <summary>
/// What the import's own SQL says differently on SQLite and on PostgreSQL, and how it passes values
/// the two store differently (SQLite: dates as ISO text, flags as 0/1, project names as a JSON
/// array; PostgreSQL: date, boolean and text[] as EF Core maps them there). Identifiers are quoted
/// in every statement, which both read as written.
/// </summary>
internal sealed record SqlDialect(bool PostgreSql)
{
    public static SqlDialect Of(DbContext context) => new(context.Database.IsNpgsql());

    /// <summary>Equal, two nulls included (SQLite's <c>IS</c>, which keeps it on the index).</summary>
    public string Same(string column, string parameter) =>
        PostgreSql ? $"{column} IS NOT DISTINCT FROM {parameter}" : $"{column} IS {parameter}";

    /// <summary>The stored project names and <paramref name="parameter"/>'s share one, or either has none.</summary>
    public string ProjectsAgree(string parameter) => PostgreSql
        ? $"(cardinality({parameter}::text[]) = 0 OR cardinality(\"Projects\") = 0 OR \"Projects\" && {parameter}::text[])"
        : $"(json_array_length({parameter}) = 0 OR json_array_length(\"Projects\") = 0 " +
          $"OR EXISTS (SELECT 1 FROM json_each(\"Projects\") AS named WHERE named.value IN (SELECT value FROM json_each({parameter}))))";

    /// <summary>A text parameter; PostgreSQL is told its type where a null gives it none to infer.</summary>
    public string Text(string parameter) => PostgreSql ? $"{parameter}::text" : parameter;

    public object Flag(bool value) => PostgreSql ? value : value ? 1 : 0;

    public object Day(DateOnly day) => PostgreSql ? day : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public object Names(IReadOnlyList<string> names) => PostgreSql ? names.ToArray() : JsonSerializer.Serialize(names);

    public IReadOnlyList<string> ReadNames(System.Data.Common.DbDataReader row, int ordinal) => PostgreSql
        ? [.. row.GetFieldValue<string[]>(ordinal)]
        : JsonSerializer.Deserialize<List<string>>(row.GetString(ordinal)) ?? [];
}
