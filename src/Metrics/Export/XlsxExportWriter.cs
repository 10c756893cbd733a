using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Metrics.Export;

/// <summary>
/// Writes an <see cref="ExportTable"/> as an Excel workbook (Office Open XML, written part by part
/// into a streamed zip): sheet 数据 with typed cells (numbers as numbers, dates as date serials
/// with a <c>yyyy-mm-dd</c> style, text as inline strings) under a bold, frozen header row, and
/// sheet 说明 stating the title, filters, units, source and the export time with its offset.
/// </summary>
public static class XlsxExportWriter
{
    /// <summary>Name of the data sheet.</summary>
    public const string DataSheetName = "数据";

    /// <summary>Name of the sheet that describes the data.</summary>
    public const string AboutSheetName = "说明";

    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const int RowsPerDrain = 1000;

    // Style indexes into cellXfs in styles.xml.
    private const int HeaderStyle = 1;
    private const int DateStyle = 2;
    private const int NumberStyle = 3;
    private const int YuanStyle = 4;
    private const int YiStyle = 5;

    private static readonly DateOnly SerialEpoch = new(1899, 12, 30);

    /// <summary>Writes the workbook to <paramref name="output"/>; the data sheet streams, a few hundred kilobytes at a time.</summary>
    public static async Task WriteAsync(Stream output, ExportTable table, ExportMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(metadata);
        var buffer = new DrainableBuffer();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
        {
            WritePart(zip, "[Content_Types].xml", ContentTypes);
            WritePart(zip, "_rels/.rels", RootRelationships);
            WritePart(zip, "xl/workbook.xml", Workbook);
            WritePart(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships);
            WritePart(zip, "xl/styles.xml", Styles);
            WritePart(zip, "docProps/core.xml", CoreProperties(metadata));
            await buffer.DrainToAsync(output, cancellationToken);

            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
            using (var entryStream = entry.Open())
            using (var xml = XmlWriter.Create(entryStream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false }))
            {
                StartSheet(xml, table.Columns.Select(c => ColumnWidth(c)).ToArray(), frozenHeader: true);
                xml.WriteStartElement("row", MainNamespace);
                xml.WriteAttributeString("r", "1");
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    WriteText(xml, 1, c, table.Columns[c].Header, HeaderStyle);
                }

                xml.WriteEndElement();
                var rowNumber = 1;
                await foreach (var row in table.Rows.WithCancellation(cancellationToken))
                {
                    rowNumber++;
                    WriteRow(xml, rowNumber, table.Columns, row);
                    if (rowNumber % RowsPerDrain == 2)
                    {
                        xml.Flush();
                        entryStream.Flush();
                        await buffer.DrainToAsync(output, cancellationToken);
                    }
                }

                EndSheet(xml);
            }

            await buffer.DrainToAsync(output, cancellationToken);
            WriteAboutSheet(zip, metadata);
        }

        await buffer.DrainToAsync(output, cancellationToken);
    }

    private static void WriteRow(XmlWriter xml, int rowNumber, IReadOnlyList<ExportColumn> columns, object?[] row)
    {
        xml.WriteStartElement("row", MainNamespace);
        xml.WriteAttributeString("r", rowNumber.ToString(CultureInfo.InvariantCulture));
        for (var c = 0; c < columns.Count && c < row.Length; c++)
        {
            switch (row[c])
            {
                case null:
                    break;
                case string text:
                    WriteText(xml, rowNumber, c, text, 0);
                    break;
                case DateOnly date:
                    WriteNumber(xml, rowNumber, c, (date.DayNumber - SerialEpoch.DayNumber).ToString(CultureInfo.InvariantCulture), DateStyle);
                    break;
                case long or int or decimal:
                    WriteNumber(xml, rowNumber, c, Convert.ToString(row[c], CultureInfo.InvariantCulture)!, StyleOf(columns[c]));
                    break;
                case double number:
                    WriteNumber(xml, rowNumber, c, PlainNumber.Of(number), StyleOf(columns[c]));
                    break;
                case bool flag:
                    WriteText(xml, rowNumber, c, flag ? "是" : "否", 0);
                    break;
                default:
                    throw new ArgumentException($"A cell of type {row[c]!.GetType().Name} cannot be exported.", nameof(row));
            }
        }

        xml.WriteEndElement();
    }

    private static void WriteAboutSheet(ZipArchive zip, ExportMetadata metadata)
    {
        var entry = zip.CreateEntry("xl/worksheets/sheet2.xml", CompressionLevel.Fastest);
        using var entryStream = entry.Open();
        using var xml = XmlWriter.Create(entryStream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        StartSheet(xml, [14, 80], frozenHeader: false);
        var lines = new List<KeyValuePair<string, string>> { new("标题", metadata.Title) };
        lines.AddRange(metadata.Lines);
        lines.Add(new("导出时间", metadata.ExportedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)));
        for (var i = 0; i < lines.Count; i++)
        {
            xml.WriteStartElement("row", MainNamespace);
            xml.WriteAttributeString("r", (i + 1).ToString(CultureInfo.InvariantCulture));
            WriteText(xml, i + 1, 0, lines[i].Key, HeaderStyle);
            WriteText(xml, i + 1, 1, lines[i].Value, 0);
            xml.WriteEndElement();
        }

        EndSheet(xml);
    }

    private static void StartSheet(XmlWriter xml, double[] widths, bool frozenHeader)
    {
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", MainNamespace);
        if (frozenHeader)
        {
            xml.WriteStartElement("sheetViews", MainNamespace);
            xml.WriteStartElement("sheetView", MainNamespace);
            xml.WriteAttributeString("workbookViewId", "0");
            xml.WriteStartElement("pane", MainNamespace);
            xml.WriteAttributeString("ySplit", "1");
            xml.WriteAttributeString("topLeftCell", "A2");
            xml.WriteAttributeString("activePane", "bottomLeft");
            xml.WriteAttributeString("state", "frozen");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteStartElement("cols", MainNamespace);
        for (var i = 0; i < widths.Length; i++)
        {
            var index = (i + 1).ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("col", MainNamespace);
            xml.WriteAttributeString("min", index);
            xml.WriteAttributeString("max", index);
            xml.WriteAttributeString("width", widths[i].ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("sheetData", MainNamespace);
    }

    private static void EndSheet(XmlWriter xml)
    {
        xml.WriteEndElement(); // sheetData
        xml.WriteEndElement(); // worksheet
        xml.WriteEndDocument();
    }

    private static void WriteText(XmlWriter xml, int row, int column, string text, int style)
    {
        xml.WriteStartElement("c", MainNamespace);
        xml.WriteAttributeString("r", CellReference(row, column));
        xml.WriteAttributeString("t", "inlineStr");
        if (style != 0)
        {
            xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        }

        xml.WriteStartElement("is", MainNamespace);
        xml.WriteStartElement("t", MainNamespace);
        xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(XmlSafe(text));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteNumber(XmlWriter xml, int row, int column, string value, int style)
    {
        xml.WriteStartElement("c", MainNamespace);
        xml.WriteAttributeString("r", CellReference(row, column));
        xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("v", MainNamespace, value);
        xml.WriteEndElement();
    }

    /// <summary><c>A1</c>-style reference of a 1-based row and a 0-based column.</summary>
    internal static string CellReference(int row, int column)
    {
        var letters = new StringBuilder();
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((c - 1) % 26)));
        }

        return letters.Append(row.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    // XML 1.0 cannot carry most control characters; an article's text may.
    private static string XmlSafe(string text)
    {
        if (!text.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)))
        {
            return text;
        }

        return new string(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray());
    }

    private static int StyleOf(ExportColumn column) => column.Kind switch
    {
        ExportCellKind.Yuan => YuanStyle,
        ExportCellKind.Yi => YiStyle,
        _ => NumberStyle,
    };

    private static double ColumnWidth(ExportColumn column) => column.Kind switch
    {
        ExportCellKind.Date => 12,
        ExportCellKind.Number or ExportCellKind.Yuan or ExportCellKind.Yi => Math.Max(14, column.Header.Length * 2.2),
        _ => Math.Clamp(column.Header.Length * 2.4, 10, 40),
    };

    private static void WritePart(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var stream = entry.Open();
        var bytes = new UTF8Encoding(false).GetBytes(content);
        stream.Write(bytes);
    }

    private static string CoreProperties(ExportMetadata metadata) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" " +
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
        $"<dc:title>{System.Security.SecurityElement.Escape(XmlSafe(metadata.Title))}</dc:title>" +
        "<dc:creator>南通区县动态统计</dc:creator>" +
        $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{metadata.ExportedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}</dcterms:created>" +
        "</cp:coreProperties>";

    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
        "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
        "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" +
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>" +
        "</Types>";

    private const string RootRelationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>" +
        "</Relationships>";

    private const string Workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<workbook xmlns=\"" + MainNamespace + "\" xmlns:r=\"" + RelationshipNamespace + "\">" +
        "<sheets><sheet name=\"" + DataSheetName + "\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"" + AboutSheetName + "\" sheetId=\"2\" r:id=\"rId2\"/></sheets>" +
        "</workbook>";

    private const string WorkbookRelationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/>" +
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" +
        "</Relationships>";

    // cellXfs: 0 default, 1 bold header, 2 date yyyy-mm-dd (custom numFmt 164), 3 number (General),
    // 4 yuan #,##0 (built-in 3), 5 亿元 #,##0.00## (custom 165): General turns 12 digits into 1E+11.
    private const string Styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<styleSheet xmlns=\"" + MainNamespace + "\">" +
        "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/><numFmt numFmtId=\"165\" formatCode=\"#,##0.00##\"/></numFmts>" +
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/></font>" +
        "<font><b/><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/></font></fonts>" +
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>" +
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" +
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
        "<cellXfs count=\"6\">" +
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" +
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>" +
        "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        "</cellXfs>" +
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>" +
        "</styleSheet>";
}
