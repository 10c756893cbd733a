using System.Runtime.InteropServices;

namespace Dashboard.Tests.Charts;

/// <summary>
/// What native code (Skia) writes to the process's stderr, file descriptor 2, while an action
/// runs: Console.Error does not see it. Linux only (the project's machines).
/// </summary>
internal static class NativeStderr
{
    private const int StderrFd = 2;
    private static readonly Lock Gate = new();

    public static string Capture(Action action)
    {
        var file = Path.GetTempFileName();
        lock (Gate)
        {
            var saved = Dup(StderrFd);
            var target = Open(file, 1 /* O_WRONLY */);
            try
            {
                Dup2(target, StderrFd);
                action();
            }
            finally
            {
                Dup2(saved, StderrFd);
                Close(target);
                Close(saved);
            }
        }

        try
        {
            return File.ReadAllText(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [DllImport("libc", EntryPoint = "dup")]
    private static extern int Dup(int fd);

    [DllImport("libc", EntryPoint = "dup2")]
    private static extern int Dup2(int fd, int to);

    [DllImport("libc", EntryPoint = "open")]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
}
