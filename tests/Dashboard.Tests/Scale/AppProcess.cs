using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dashboard.Tests.Scale;

/// <summary>
/// The built app in a process of its own (<c>dotnet Dashboard.dll</c>) on a free loopback port,
/// pointed at a PostgreSQL database; killed on dispose. Its output is kept for a failing test's message.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    public const string ApiKey = "two-instance-api-key";
    public const string AdminPassword = "two-instance-密码-1";
    public const string SigningKey = "two-instance-signing-key";

    private readonly Process process;
    private readonly System.Text.StringBuilder output = new();
    private readonly TempFolder workingFolder = new();

    private AppProcess(string connectionString)
    {
        Port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Dashboard.dll"), "--urls", BaseAddress.ToString().TrimEnd('/'),
            "--Dashboard:Database=PostgreSQL", $"--ConnectionStrings:Metrics={connectionString}",
            $"--Dashboard:SeedPath={RepositoryPaths.Seed}", $"--Dashboard:AdminPassword={AdminPassword}", $"--Dashboard:ApiKey={ApiKey}",
            $"--Dashboard:EmbedSigningKey={SigningKey}", "--Dashboard:RateLimitPerMinute=0", "--Dashboard:AnonymousConcurrentRequests=0",
        })
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts the app and waits until <c>/healthz</c> answers 200 (it migrates and seeds first).</summary>
    public static AppProcess Start(string connectionString) => new(connectionString);

    public async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app on port {Port} exited ({process.ExitCode}):\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app on port {Port} was not healthy within 120 s:\n{Output}");
    }

    /// <summary>A client of this app that keeps its cookies in <paramref name="cookies"/>, or sends only the ones a request names.</summary>
    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies is not null, CookieContainer = cookies ?? new CookieContainer() })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        workingFolder.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
