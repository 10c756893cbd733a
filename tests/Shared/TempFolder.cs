using System.Text;

namespace TestSupport;

/// <summary>A fresh folder under the system temp folder, deleted on dispose. Linked into every test project.</summary>
internal sealed class TempFolder : IDisposable
{
    static TempFolder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public TempFolder() => Root = Directory.CreateTempSubdirectory("nantong-tests-").FullName;

    public string Root { get; }

    public static Encoding Gb18030 => Encoding.GetEncoding(54936);

    public static Encoding Big5 => Encoding.GetEncoding(950);

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark.</summary>
    public string Write(string relative, string text) => Write(relative, new UTF8Encoding(false).GetBytes(text));

    public string Write(string relative, string text, Encoding encoding) =>
        Write(relative, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

    /// <summary>A file of <paramref name="length"/> bytes that takes no memory to make: its length is set, not written
    /// (sparse where the file system allows).</summary>
    public string WriteSized(string relative, long length)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = File.Create(path);
        stream.SetLength(length);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
