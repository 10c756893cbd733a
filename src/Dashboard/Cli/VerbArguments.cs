namespace Dashboard.Cli;

/// <summary>
/// A verb's arguments: positional paths, the verb's own <c>--name value</c> options, and
/// <c>--Section:Key=value</c> configuration overrides (the same keys the web app reads).
/// </summary>
internal sealed record VerbArguments(
    IReadOnlyList<string> Paths,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlyList<string> ConfigurationArguments)
{
    /// <summary>Splits <paramref name="args"/>; <paramref name="optionNames"/> are the verb's own options, which take a value.</summary>
    public static VerbArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> optionNames)
    {
        var paths = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var configuration = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                paths.Add(arg);
                continue;
            }

            var name = arg[2..];
            var equals = name.IndexOf('=');
            var bareName = equals < 0 ? name : name[..equals];
            if (optionNames.Contains(bareName))
            {
                if (equals >= 0)
                {
                    options[bareName] = name[(equals + 1)..];
                }
                else if (i + 1 < args.Count)
                {
                    options[bareName] = args[++i];
                }
                else
                {
                    throw new VerbUsageException($"option --{bareName} needs a value");
                }
            }
            else if (equals > 0 && bareName.Contains(':', StringComparison.Ordinal))
            {
                // Only a sectioned key counts as configuration: a misspelt --publshed=2023-03-01
                // would otherwise become a setting nobody reads, and the option would be silently lost.
                configuration.Add(arg);
            }
            else
            {
                throw new VerbUsageException($"unknown option {arg}");
            }
        }

        return new VerbArguments(paths, options, configuration);
    }
}

/// <summary>A verb was called wrongly; the message says how.</summary>
internal sealed class VerbUsageException(string message) : Exception(message);
