using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;

namespace Kommunpilot.Tests.Communication.Import;

/// <summary>A formula in a cell of <see cref="Workbooks.Xlsx"/>.</summary>
public sealed record Formula(string A1);

/// <summary>
/// Excel files built in the tests: real workbooks written with ClosedXML, and raw zips for the files
/// that only pretend to be workbooks. The rows of 000 (Lund) and 004 (Lekeberg) are as written there.
/// </summary>
public static class Workbooks
{
    public static readonly string[] Header000 = ["Aktivitet", "Budskap", "Tidpunkt", "Målgrupp", "Kanal", "Ansvarig"];

    /// <summary>The activity table of 000, with its empty row and the trailing comma of "Annelie Thögerson,".</summary>
    public static readonly object?[][] Rows000 =
    [
        ["Information berörda förvaltningsdirektörer", "Information och dialog", null, "Berörda förvaltningsdirektörer", "Fysiskt möte", "Pål Svensson, Annelie Thögerson"],
        ["Information utsedda kontaktpersoner möjliga pilotverksamheter", "Information och dialog", null, "Kontaktpersoner möjliga pilotverksamheter", "Fysiskt möte/ digitalt möte", "Annelie Thögerson"],
        ["Information till fackliga", "Information", null, "Fack", "Fysiskt möte/ digitalt möte", "Pål Svensson, Annelie Thögerson"],
        ["Samverkan", "Information och dialog", null, "Fack", "Fysiskt möte/ digitalt möte", "Annelie Thögerson"],
        ["Chefsinfo Serviceförvaltningen", "Kortfattad information", null, "Samtliga chefer inom Serviceförvaltningen", "Digitalt möte", "Annelie Thögerson"],
        ["Förvaltningsledningsgrupp Serviceförvaltningen", "Status och plan framåt, dialog", null, "Förvaltningsledningsgruppen", "Fysiskt möte", "Annelie Thögerson,"],
        ["Information affärsområdesledningarna inom Serviceförvaltningen", "Information och dialog", null, "Affärsområdesledningarna inom Serviceförvaltningen", "Digitalt möte", "Annelie Thögerson"],
        ["Workshop 1 pilotverksamheter", "Intressentanalys, SWOT samt nuläge- och behovsanalys", null, "Pilotverksamheternas utsedda kontaktpersoner", "Fysiskt möte/ digitalt möte", "Annelie Thögerson"],
        ["Workshop 2 pilotverksamheter", "Information och dialog samt workshop 2 utvecklade servicetjänster, nyckeltal", null, "Pilotverksamheternas berörda medarbetare", "Fysiskt möte/ digitalt möte", "Annelie Thögerson"],
        [],
        ["Statusuppdatering internt inom SF", "Skriftlig status-uppdatering övergripande", null, "Service-förvaltningens samtliga medarbetare", "Nyhetsbrev, Inloggad", "Thobias Ligneman, Annelie Thögersen"],
        ["Muntlig information Servicenämnden", "Muntlig status-uppdatering, dialog", null, "Service-nämnden", "Fysiskt möte", "Pål Svensson, Annelie Thögersen"],
        ["Muntlig information berörda förvaltningsdirektörer", "Information", null, "Berörda förvaltningsdirektörer", "Fysiskt möte", "Pål Svensson, Annelie Thögersen"],
        ["Beslutsärende i Servicenämnden", "Beslutsärende med projektdirektiv", null, "Service-nämnden", null, "Pål Svensson, Annelie Thögersen"],
    ];

    public static readonly string[] Header004 = ["Vad ska vi göra?", "När?", "Ansvarig", "Tid i h"];

    /// <summary>The activities of 004; the two responsible in the first row are on two lines of one cell. Hours added to two rows.</summary>
    public static readonly object?[][] Rows004 =
    [
        ["Projektledare och Kommunikatör följer upp befintlig information om projektet och uppdaterar utifrån nuläge den kommunikation som gjordes under 2022", "Juni 2023", "Kristin Lundgren\nEllinor Hailee", 8],
        ["Projektledare informerar socialförvaltningens ledningsgrupp, barn- och utbildningsförvaltningens ledningsgrupp, kultur och fritid, Kontaktcenter samt Capio om uppdaterad information och nuläge för projektet", "Juni-september 2023", "Kristin Lundgren", "2,5"],
        ["Processledare ska informera Kommunstyrelseförvaltningen/ Hr avdelningen om Nära Vård -Hälsa tillsammans och dess omställningsarbete. Processledare ska även bistå stöd vid efterfrågan med implementering av omställningsarbetet", "Hösten 2023", "Kristin Lundgren", null],
        ["Processledare ska informera Kommunstyrelseförvaltningen/ Ekonomiavdelningen om Nära Vård -Hälsa tillsammans och dess omställningsarbete. Processledare ska även bistå stöd vid efterfrågan med implementering av omställningsarbetet", "Hösten 2023", "Kristin Lundgren", null],
        ["Processledare ska informera Kommunstyrelseförvaltningen/Måltidsenheten om Nära Vård -Hälsa tillsammans och dess omställningsarbete. Processledare ska även bistå stöd vid förfrågan med implementering av omställningsarbetet", "Hösten 2023", "Kristin Lundgren", null],
        ["Processledare ska informera Kommunstyrelseförvaltningen/ Administrationsenheten om Nära Vård -Hälsa tillsammans och dess omställningsarbete. Processledare ska även bistå stöd vid efterfrågan med implementering av omställningsarbetet", "Hösten 2023", "Kristin Lundgren", null],
        ["Processledare informerar Socialnämnden om projektet Nära vård-Hälsa tillsammans", "Våren 2023", "Kristin Lundgren", null],
        ["Processledare informerar på Kommunstyrelsen om projektet Nära vård –Hälsa tillsammans", "Våren 2023", "Kristin Lundgren", null],
    ];

    /// <summary>The 000 table as a workbook (header in row 1).</summary>
    public static byte[] Lund() => Xlsx(Header000, Rows000);

    /// <summary>The 004 table as a workbook, under a title and an empty row (header in row 3).</summary>
    public static byte[] Lekeberg() => Xlsx(Header004, Rows004, headerRow: 3, configure: ws => ws.Cell("A1").SetValue("Aktiviteter"));

    /// <summary>
    /// A workbook with <paramref name="header"/> in <paramref name="headerRow"/> and the rows under it. Strings
    /// are written as text (even when they start with "="), numbers as numbers, a <see cref="Formula"/> as a formula.
    /// </summary>
    public static byte[] Xlsx(string[] header, IEnumerable<object?[]> rows, int headerRow = 1, Action<IXLWorksheet>? configure = null, string sheet = "Blad1")
    {
        using var workbook = new XLWorkbook();
        var ws = workbook.AddWorksheet(sheet);
        for (var c = 0; c < header.Length; c++)
        {
            ws.Cell(headerRow, c + 1).SetValue(header[c]);
        }
        var r = headerRow;
        foreach (var row in rows)
        {
            r++;
            for (var c = 0; c < row.Length; c++)
            {
                var cell = ws.Cell(r, c + 1);
                switch (row[c])
                {
                    case null:
                        break;
                    case string text:
                        cell.SetValue(text);
                        break;
                    case Formula f:
                        cell.FormulaA1 = f.A1;
                        break;
                    case DateTime date:
                        cell.SetValue(date);
                        break;
                    case IConvertible number:
                        cell.SetValue(Convert.ToDouble(number, System.Globalization.CultureInfo.InvariantCulture));
                        break;
                    default:
                        throw new ArgumentException($"Unknown cell value {row[c]}");
                }
            }
        }
        configure?.Invoke(ws);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>A zip with the given entries, each packed with the best compression.</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The workbook with an entry added or replaced.</summary>
    public static byte[] WithEntry(byte[] xlsx, string name, byte[] content) =>
        Rewrite(xlsx, entries => entries[name] = content);

    /// <summary>The workbook with an entry's text changed.</summary>
    public static byte[] Patch(byte[] xlsx, string name, Func<string, string> edit) =>
        Rewrite(xlsx, entries => entries[name] = Encoding.UTF8.GetBytes(edit(Encoding.UTF8.GetString(entries[name]))));

    private static byte[] Rewrite(byte[] xlsx, Action<Dictionary<string, byte[]>> change)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using (var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                using var input = entry.Open();
                using var copy = new MemoryStream();
                input.CopyTo(copy);
                entries[entry.FullName] = copy.ToArray();
            }
        }
        change(entries);
        return Zip([.. entries.Select(e => (e.Key, e.Value))]);
    }
}
