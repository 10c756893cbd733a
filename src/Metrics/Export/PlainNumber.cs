using System.Globalization;

namespace Metrics.Export;

/// <summary>Numbers as exports write them: plain digits, never <c>1E+11</c> or <c>1E-05</c>.</summary>
internal static class PlainNumber
{
    public static string Of(double number) =>
        double.IsFinite(number) && Math.Abs(number) < 7.9e27
            ? ((decimal)number).ToString(CultureInfo.InvariantCulture)
            : number.ToString("R", CultureInfo.InvariantCulture);
}
