using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Import;

/// <summary>
/// A message of the import, kept as its Swedish template and arguments so that a page can show it
/// through the localizer (the template is the resx key) and the API can answer in Swedish.
/// </summary>
public sealed record ImportMessage(string Template, params object[] Args)
{
    private static readonly CultureInfo SwedishCulture = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>The message in Swedish, as the API gives it.</summary>
    public string Swedish => Args.Length == 0 ? Template : string.Format(SwedishCulture, Template, Args);

    /// <summary>The message in the language of the request; arguments that are texts of their own (a
    /// field's name, the timing's problem) are translated too, anything else is shown as written.</summary>
    public string In(IStringLocalizer texts) =>
        Args.Length == 0 ? texts[Template] : texts[Template, [.. Args.Select(a => a is string s ? texts[s].Value : a)]];

    public override string ToString() => Swedish;
}

/// <summary>
/// The Swedish templates of every message the import gives. Each is also a key in
/// <c>ImportTexts.en.resx</c> (a test checks that every template here has its English).
/// </summary>
public static class ImportMessages
{
    // The file.
    public const string NoFile = "Välj en Excel-fil (.xlsx) att importera.";
    public const string EmptyFile = "Filen är tom.";
    public const string TooBig = "Filen är för stor ({0:0.0} MB). Den får vara högst 5 MB.";
    public const string NotXlsx = "Filen är inte en Excel-fil (.xlsx). Spara aktivitetsplanen som Excel-arbetsbok (.xlsx) och försök igen.";
    public const string OldOrEncrypted = "Filen är inte en Excel-fil (.xlsx): den är en äldre Excel-fil (.xls) eller lösenordsskyddad. Spara den som Excel-arbetsbok (.xlsx) utan lösenord och försök igen.";
    public const string Macros = "Filen innehåller makron (.xlsm). Av säkerhetsskäl importeras bara Excel-arbetsböcker utan makron: spara den som Excel-arbetsbok (.xlsx) och försök igen.";
    public const string TooBigUnpacked = "Filen är för stor uppackad: innehållet får vara högst 50 MB.";
    public const string Bomb = "Filen innehåller en del ({0}) som packas upp till orimligt mycket mer än den tar plats. Den läses inte.";
    public const string TooManyParts = "Filen består av för många delar för att vara en aktivitetsplan.";
    public const string TooManyCells = "Filen har för många ifyllda eller formaterade celler (högst 250 000). Ta bort de blad och rader som inte hör till aktivitetsplanen.";
    public const string Corrupt = "Filen kunde inte läsas som en Excel-arbetsbok; den kan vara skadad. Öppna den i Excel, spara den igen som .xlsx och försök på nytt.";
    public const string NoSheet = "Arbetsboken har inget kalkylblad.";
    public const string NoRows = "Bladet {0} har inga aktivitetsrader under rubrikraden.";
    public const string TooManyRows = "Bladet har {0} rader med innehåll; högst 2 000 rader kan importeras på en gång. Dela upp filen.";
    public const string Busy = "Många importer pågår just nu. Vänta en stund och försök igen.";

    // The columns.
    public const string NoWhatColumn = "Ingen kolumn är vald som Aktivitet. Välj vilken kolumn som innehåller aktiviteterna.";
    public const string SameField = "Kolumnerna {0} är alla valda som {1}. Välj en av dem och ignorera de andra.";

    // A row.
    public const string Formula = "Cellen {0} innehåller en formel; skriv värdet i stället.";
    public const string NoWhat = "Raden saknar aktivitet (cellen {0} är tom) men har andra värden.";
    public const string TooLong = "Cellen {0} är för lång: {1} får vara högst {2} tecken.";
    public const string ControlCharacter = "Cellen {0} innehåller ett otillåtet styrtecken.";
    public const string HoursNotNumber = "Cellen {0}: tiden ska vara ett antal timmar, t.ex. 2 eller 2,5.";
    public const string HoursNegative = "Cellen {0}: timmar kan inte vara negativa.";
    public const string HoursTooMany = "Cellen {0}: högst 10 000 timmar per aktivitet.";
    public const string UnknownStatus = "Cellen {0}: okänd status \"{1}\". Skriv Planerad, Pågår, Genomförd, Uppskjuten eller Inställd, eller lämna tomt (Planerad).";
    public const string TimingNotUnderstood = "Cellen {0}: {1} Raden importeras med tidpunkten som den är skriven och markeras.";
    public const string NameTooLong = "Cellen {0}: namnet \"{1}\" är för långt (högst 200 tecken).";

    // Names that do not exist.
    public const string MissingGroups = "Målgrupper som inte finns i planen: {0}.";
    public const string MissingChannels = "Kanaler som inte finns i planen: {0}.";
    public const string MissingPeople = "Ansvariga som inte finns i organisationen: {0}.";
    public const string MissingRefused = "Filen nämner målgrupper, kanaler eller ansvariga som inte finns. Kryssa i \"Skapa saknade målgrupper, kanaler och ansvariga\", eller rätta namnen i filen och ladda upp den igen.";

    // Between preview and save.
    public const string UploadGone = "Den uppladdade filen finns inte längre (den sparas i 30 minuter). Ladda upp den igen.";
    public const string MappingChanged = "Kolumnvalen ändrades efter förhandsgranskningen. Granska raderna nedan och importera igen.";
    public const string HasErrors = "Ingenting importerades: rätta felen i filen (eller kolumnvalen) och försök igen.";
    public const string SavedMeanwhile = "Någon annan ändrade planen samtidigt, så ingenting sparades. Förhandsgranska och importera igen.";

    /// <summary>Every template above, for the test that each has its English.</summary>
    public static IEnumerable<string> All =>
        typeof(ImportMessages).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);
}
