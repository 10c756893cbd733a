using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Metrics.Import;

/// <summary>
/// A fact's columns for the import's own SQL, read from the EF Core model so that a new field needs
/// no line here: every column but the id, written and read through each property's value converter
/// (enums by name) and, for the project names, as <see cref="SqlDialect"/> passes them. The delegates
/// are built once per model; tests compare both ways with EF Core.
/// </summary>
internal sealed class FactColumns
{
    private static readonly ConcurrentDictionary<IModel, FactColumns> OfModel = new();

    private readonly Column[] columns;

    private FactColumns(IEntityType facts, SqlDialect dialect)
    {
        columns = [.. facts.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => Column.Of(p, dialect))];
        Names = [.. columns.Select(c => c.Name)];
    }

    /// <summary>The columns of the context's model (SQLite's or PostgreSQL's).</summary>
    public static FactColumns Of(MetricsDbContext context) =>
        OfModel.GetOrAdd(context.Model, model => new FactColumns(model.FindEntityType(typeof(Fact))!, SqlDialect.Of(context)));

    /// <summary>Every column but the id, in the order of <see cref="Values"/>.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The values of <see cref="Names"/>.</summary>
    public object?[] Values(Fact fact)
    {
        var values = new object?[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            values[i] = columns[i].Write(fact);
        }

        return values;
    }

    /// <summary>A fact from a row that selected <c>Id</c> and then <see cref="Names"/>.</summary>
    public Fact Read(DbDataReader row)
    {
        // The required fields are read from the row below, with every other column.
        var fact = new Fact { Id = row.GetInt32(0), Type = default, District = Fact.NoDistrict };
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i].Read(fact, row, i + 1);
        }

        return fact;
    }

    private sealed record Column(string Name, Func<Fact, object?> Write, Action<Fact, DbDataReader, int> Read)
    {
        public static Column Of(IProperty property, SqlDialect dialect)
        {
            var info = property.PropertyInfo ?? throw new InvalidOperationException($"Fact 的列 {property.Name} 没有对应的属性");
            var converter = property.GetTypeMapping().Converter;
            var get = Getter(info);
            var set = Setter(info);
            if (property.IsPrimitiveCollection)
            {
                return new(property.GetColumnName(), fact => dialect.Names((IReadOnlyList<string>)get(fact)!),
                    (fact, row, ordinal) => set(fact, dialect.ReadNames(row, ordinal)));
            }

            var read = ProviderReader(converter?.ProviderClrType ?? property.ClrType);
            return converter is null
                ? new(property.GetColumnName(), get, (fact, row, ordinal) => set(fact, read(row, ordinal)))
                : new(property.GetColumnName(), fact => converter.ConvertToProvider(get(fact)),
                    (fact, row, ordinal) => set(fact, converter.ConvertFromProvider(read(row, ordinal))));
        }

        private static Func<Fact, object?> Getter(System.Reflection.PropertyInfo info)
        {
            var fact = Expression.Parameter(typeof(Fact));
            return Expression.Lambda<Func<Fact, object?>>(Expression.Convert(Expression.Property(fact, info), typeof(object)), fact).Compile();
        }

        private static Action<Fact, object?> Setter(System.Reflection.PropertyInfo info)
        {
            var fact = Expression.Parameter(typeof(Fact));
            var value = Expression.Parameter(typeof(object));
            return Expression.Lambda<Action<Fact, object?>>(
                Expression.Assign(Expression.Property(fact, info), Expression.Convert(value, info.PropertyType)), fact, value).Compile();
        }

        // (row, ordinal) => row.IsDBNull(ordinal) ? null : (object)row.GetFieldValue<T>(ordinal), T the value's type in the database.
        private static Func<DbDataReader, int, object?> ProviderReader(Type type)
        {
            var row = Expression.Parameter(typeof(DbDataReader));
            var ordinal = Expression.Parameter(typeof(int));
            var stored = Nullable.GetUnderlyingType(type) ?? type;
            var value = Expression.Call(row, nameof(DbDataReader.GetFieldValue), [stored], ordinal);
            var body = Expression.Condition(
                Expression.Call(row, nameof(DbDataReader.IsDBNull), null, ordinal),
                Expression.Constant(null),
                Expression.Convert(value, typeof(object)));
            return Expression.Lambda<Func<DbDataReader, int, object?>>(body, row, ordinal).Compile();
        }
    }
}
