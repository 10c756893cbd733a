namespace Dashboard.Presentation.Parameters;

/// <summary>A value a parameter allows and, where the UI has a word for it, its Chinese name: <c>projects</c>（项目数）.</summary>
internal sealed record ParameterChoice(string Value, string? Chinese = null)
{
    public static IReadOnlyList<ParameterChoice> Plain(IEnumerable<string> values) => values.Select(v => new ParameterChoice(v)).ToArray();

    /// <summary><c>projects</c> or, on a Chinese page, <c>projects（项目数）</c>.</summary>
    public string Shown(bool chinese) => chinese && Chinese is not null ? $"{Value}（{Chinese}）" : Value;
}
