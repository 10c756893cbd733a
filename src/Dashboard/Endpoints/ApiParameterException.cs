namespace Dashboard.Endpoints;

/// <summary>A query parameter the API cannot use; answered with 400 and a problem body naming it.</summary>
internal sealed class ApiParameterException(string parameter, string detail) : Exception(detail)
{
    public string Parameter { get; } = parameter;
}
