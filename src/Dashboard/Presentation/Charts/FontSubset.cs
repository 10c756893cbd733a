using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// Cuts a font down to the characters a document uses, with HarfBuzz's subsetter (in the
/// HarfBuzzSharp native library the charts already ship; its managed API does not wrap it). A
/// chart's few dozen characters of the 10 MB Noto Sans SC come to a few kilobytes.
/// </summary>
public sealed class FontSubset : IDisposable
{
    private const string Library = "libHarfBuzzSharp";

    // HB_SUBSET_FLAGS_NO_HINTING: hints matter for small text on old screens, not for a font in an SVG.
    private const uint NoHinting = 0x1;

    private readonly Blob blob;
    private readonly Face face;
    private readonly Lock gate = new();

    /// <summary>Loads the font file once; subsets are cut from it as often as asked.</summary>
    public FontSubset(string fontPath)
    {
        blob = Blob.FromFile(fontPath);
        face = new Face(blob, 0);
    }

    /// <summary>A TrueType font with the glyphs of <paramref name="text"/>'s characters only (plus .notdef).</summary>
    /// <exception cref="InvalidOperationException">HarfBuzz could not cut the subset.</exception>
    public byte[] For(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (gate)
        {
            var input = hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero)
            {
                throw new InvalidOperationException("HarfBuzz could not start a font subset.");
            }

            try
            {
                hb_subset_input_set_flags(input, NoHinting);
                var unicodes = hb_subset_input_unicode_set(input);
                foreach (var rune in text.EnumerateRunes())
                {
                    hb_set_add(unicodes, (uint)rune.Value);
                }

                var subset = hb_subset_or_fail(face.Handle, input);
                if (subset == IntPtr.Zero)
                {
                    throw new InvalidOperationException("HarfBuzz could not cut the font subset.");
                }

                try
                {
                    var subsetBlob = hb_face_reference_blob(subset);
                    try
                    {
                        var data = hb_blob_get_data(subsetBlob, out var length);
                        var bytes = new byte[length];
                        Marshal.Copy(data, bytes, 0, (int)length);
                        return bytes;
                    }
                    finally
                    {
                        hb_blob_destroy(subsetBlob);
                    }
                }
                finally
                {
                    hb_face_destroy(subset);
                }
            }
            finally
            {
                hb_subset_input_destroy(input);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        face.Dispose();
        blob.Dispose();
    }

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Library)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(Library)]
    private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(Library)]
    private static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(Library)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(Library)]
    private static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(Library)]
    private static extern void hb_face_destroy(IntPtr face);
}
