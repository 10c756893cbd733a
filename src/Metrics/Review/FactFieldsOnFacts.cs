using System.Linq.Expressions;
using System.Reflection;
using Metrics.Facts;
using Metrics.Import;
using Metrics.Storage;

namespace Metrics.Review;

/// <summary>How reviewed values are written onto a stored fact.</summary>
public static class FactFieldsOnFacts
{
    // Every field, copied by one delegate built once, so that a new field needs no line here.
    private static readonly Action<FactFields, Fact> CopyFields = BuildCopy();

    /// <summary>Writes the values, as their type keeps them, onto <paramref name="fact"/>, with the derived date and counted columns.</summary>
    public static void ApplyTo(this FactFields fields, Fact fact)
    {
        CopyFields(fields.OfItsType(), fact);
        FactRecords.SetDate(fact, fields.Date);
        FactRecords.SetCountedValues(fact);
    }

    private static Action<FactFields, Fact> BuildCopy()
    {
        var from = Expression.Parameter(typeof(FactFields), "from");
        var to = Expression.Parameter(typeof(Fact), "to");
        var assignments = typeof(FactFields).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.Name != "EqualityContract")
            .Select(p => Expression.Assign(Expression.Property(to, p), Expression.Property(from, p)));
        return Expression.Lambda<Action<FactFields, Fact>>(Expression.Block(assignments), from, to).Compile();
    }
}
