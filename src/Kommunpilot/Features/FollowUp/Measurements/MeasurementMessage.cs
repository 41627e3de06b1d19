using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>A word inside a message that is a text of its own ("procent"), translated with the message.</summary>
public sealed record MeasurementWord(string Text)
{
    public override string ToString() => Text;
}

/// <summary>
/// A message of the measurement rules, kept as its Swedish template and arguments, so that a page shows
/// it through the localizer (the template is the resx key) and the API and Excel import answer in Swedish.
/// </summary>
public sealed record MeasurementMessage(string Template, params object[] Args)
{
    private static readonly CultureInfo SwedishCulture = CultureInfo.GetCultureInfo("sv-SE");

    public string Swedish => Args.Length == 0 ? Template : string.Format(SwedishCulture, Template, Args);

    /// <summary>The message in the request's language; <see cref="MeasurementWord"/> arguments are translated too, names and numbers are shown as written.</summary>
    public string In(IStringLocalizer texts) =>
        Args.Length == 0 ? texts[Template] : texts[Template, [.. Args.Select(a => a is MeasurementWord w ? texts[w.Text].Value : a)]];

    public override string ToString() => Swedish;
}

/// <summary>
/// Every message the measurement rules, the grid and the Excel import give. Each template is also a key in
/// <c>MeasurementTexts.en.resx</c> (a test checks that every template here has its English).
/// </summary>
public static class MeasurementMessages
{
    // The KPI and the site.
    public const string KpiMissing = "Välj ett nyckeltal.";
    public const string KpiUnknown = "Nyckeltalet finns inte i projektet.";
    public const string KpiUnknownName = "Nyckeltalet \"{0}\" finns inte i projektet.";
    public const string SiteNotForProjectKpi = "{0} mäts för hela projektet, inte per pilotverksamhet: lämna pilotverksamheten tom.";
    public const string SiteMissing = "Välj pilotverksamhet: {0} mäts vid varje pilotverksamhet.";
    public const string SiteUnknown = "Pilotverksamheten finns inte i projektet.";
    public const string SiteUnknownName = "Pilotverksamheten \"{0}\" finns inte i projektet.";
    public const string SiteNotTheOne = "{0} mäts bara vid {1}.";

    // The period.
    public const string PeriodMissing = "Ange period.";
    public const string PeriodNotUnderstood = "Perioden \"{0}\" kunde inte tolkas. {1} mäts {2}; skriv till exempel {3}.";
    public const string PeriodOutside = "Perioden {0} ligger utanför nyckeltalets giltighetstid {1}–{2}.";
    public const string PeriodBeforeStart = "Perioden {0} ligger före nyckeltalets start {1}.";
    public const string PeriodAfterEnd = "Perioden {0} ligger efter nyckeltalets slut {1}.";

    // The value.
    public const string ValueMissing = "Ange ett värde.";
    public const string ValueNotNumber = "Värdet \"{0}\" är inte ett tal. Skriv till exempel {1}.";
    public const string ValueWrongUnit = "Värdet \"{0}\" är angivet i {1} ({2}), men {3} mäts i {4} ({5}).";
    public const string ValueTooManyDecimals = "Värdet {0} har för många decimaler: {1} anges med högst {2} decimaler.";
    public const string ValueNoDecimals = "Värdet {0} ska vara ett heltal: {1} anges utan decimaler.";
    public const string ValueBelowMin = "Värdet {0} är för lågt: {1} kan inte vara lägre än {2}.";
    public const string ValueAboveMax = "Värdet {0} är för högt: {1} kan inte vara högre än {2}.";
    public const string ValueOutOfBounds = "Värdet är för stort för att sparas.";

    // The comment.
    public const string CommentTooLong = "Kommentaren får ha högst {0} tecken.";
    public const string ControlCharacter = "Texten innehåller ett otillåtet styrtecken.";

    // Duplicates.
    public const string Duplicate = "Det finns redan ett värde för {0}, {1}, {2}: {3}. Ett nyckeltal har bara ett värde per pilotverksamhet och period.";
    public const string DuplicateProject = "Det finns redan ett värde för {0}, {1}: {2}. Ett nyckeltal har bara ett värde per period.";

    // The Excel import.
    public const string NoFile = "Välj en Excel-fil (.xlsx) att importera.";
    public const string EmptyFile = "Filen är tom.";
    public const string TooBig = "Filen är för stor ({0:0.0} MB). Den får vara högst 5 MB.";
    public const string NotXlsx = "Filen är inte en Excel-fil (.xlsx). Spara den som Excel-arbetsbok (.xlsx) och försök igen.";
    public const string OldOrEncrypted = "Filen är en äldre Excel-fil (.xls) eller lösenordsskyddad. Spara den som Excel-arbetsbok (.xlsx) utan lösenord och försök igen.";
    public const string Macros = "Filen innehåller makron. Av säkerhetsskäl importeras bara Excel-arbetsböcker utan makron (.xlsx).";
    public const string TooBigUnpacked = "Filen är för stor uppackad: innehållet får vara högst 50 MB.";
    public const string Bomb = "Filen innehåller en del ({0}) som packas upp till orimligt mycket mer än den tar plats. Den läses inte.";
    public const string TooManyParts = "Filen består av för många delar för att vara en tabell med mätvärden.";
    public const string TooManyCells = "Filen har för många ifyllda eller formaterade celler (högst 250 000). Ta bort de blad och rader som inte hör till mätvärdena.";
    public const string Corrupt = "Filen kunde inte läsas som en Excel-arbetsbok; den kan vara skadad. Öppna den i Excel, spara den igen som .xlsx och försök på nytt.";
    public const string Busy = "Många importer pågår just nu. Vänta en stund och försök igen.";
    public const string NoSheet = "Arbetsboken har inget kalkylblad.";
    public const string NoRows = "Bladet {0} har inga rader med mätvärden under rubrikraden.";
    public const string TooManyRows = "Bladet har {0} rader med innehåll; högst {1} rader kan importeras på en gång. Dela upp filen.";
    public const string MissingColumns = "Rubrikraden saknar kolumnerna {0}. Använd samma kolumner som i exporten: Nyckeltal, Pilotverksamhet, Period, Värde (och gärna Enhet och Kommentar).";
    public const string Formula = "Cellen {0} innehåller en formel; skriv värdet i stället.";
    public const string UnitColumnWrong = "Cellen {0}: enheten \"{1}\" stämmer inte med {2}, som mäts i {3}.";
    public const string DuplicateRow = "Samma nyckeltal, pilotverksamhet och period som rad {0}.";
    public const string UploadGone = "Den uppladdade filen finns inte längre (den sparas i 30 minuter). Ladda upp den igen.";
    public const string HasErrors = "Ingenting importerades: rätta felen i filen och försök igen.";
    public const string SavedMeanwhile = "Någon annan ändrade mätvärdena samtidigt, så ingenting sparades. Förhandsgranska och importera igen.";

    /// <summary>The words used inside messages (units' names).</summary>
    public static readonly string[] Words = ["procent", "kronor", "antal", "timmar", "dagar", "index", "annan enhet", "varje månad", "varje kvartal", "varje tertial", "varje halvår", "varje år"];

    /// <summary>Every template above, for the test that each has its English.</summary>
    public static IEnumerable<string> All =>
        typeof(MeasurementMessages).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Concat(Words);
}
