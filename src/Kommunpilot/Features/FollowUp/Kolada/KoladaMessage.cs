using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Kolada;

/// <summary>
/// A message of the Kolada import, kept as its Swedish template and arguments: a page shows it through
/// the localizer (the template is the key in <c>KoladaTexts.en.resx</c>), the API answers in Swedish.
/// Arguments that are texts of their own (<see cref="KoladaMessages.AText"/> and the like) are translated too.
/// </summary>
public sealed record KoladaMessage(string Template, params object[] Args)
{
    private static readonly CultureInfo SwedishCulture = CultureInfo.GetCultureInfo("sv-SE");

    public string Swedish => Args.Length == 0 ? Template : string.Format(SwedishCulture, Template, Args);

    public string In(IStringLocalizer texts) =>
        Args.Length == 0 ? texts[Template] : texts[Template, [.. Args.Select(a => a is string s && KoladaMessages.Translated.Contains(s) ? texts[s].Value : a)]];

    public override string ToString() => Swedish;
}

/// <summary>The Swedish templates of every message of the Kolada import; each has its English in <c>KoladaTexts.en.resx</c>.</summary>
public static class KoladaMessages
{
    // The file as a whole.
    public const string NoFile = "Välj en fil med svar från Koladas API (JSON) att importera.";
    public const string EmptyFile = "Filen är tom.";
    public const string TooBig = "Filen är för stor ({0:0.0} MB). Den får vara högst 5 MB.";
    public const string NotText = "Filen är inte JSON: den är inte text (UTF-8). Spara svaret från Koladas API som det är, som en .json-fil, och försök igen.";
    public const string NotJson = "Filen är inte JSON: den kunde inte läsas på rad {0}, tecken {1}. Spara svaret från Koladas API som det är, som en .json-fil, och försök igen.";
    public const string NotAnswer = "Filen är inte Koladas format: den ska vara ett svar från Koladas API (ett objekt med fältet \"values\") eller en lista med sådana svar.";
    public const string MissingValues = "Filen är inte Koladas format: fältet \"values\" saknas.";
    public const string MissingValuesIn = "Filen är inte Koladas format: fältet \"values\" saknas i {0}.";

    // An element.
    public const string NotList = "Filen är inte Koladas format: {0} ska vara en lista.";
    public const string NotElement = "Filen är inte Koladas format: {0} ska vara ett objekt med fälten kpi, municipality, period och values.";
    public const string NotFigure = "Filen är inte Koladas format: {0} ska vara ett objekt med fälten gender och value.";
    public const string MissingField = "Filen är inte Koladas format: {0} saknar fältet \"{1}\".";
    public const string WrongType = "Filen är inte Koladas format: {0} ska vara {1}.";
    public const string BadKpi = "Filen är inte Koladas format: {0} är \"{1}\", men ett nyckeltals id i Kolada är en bokstav och fem siffror, t.ex. N00945.";
    public const string BadPeriod = "Filen är inte Koladas format: {0} är \"{1}\", men perioden ska vara ett årtal, t.ex. 2022.";
    public const string BadGender = "Filen är inte Koladas format: {0} är \"{1}\", men Kolada skriver kön som T (totalt), K (kvinnor) eller M (män).";
    public const string OuData = "Filen innehåller värden per organisatorisk enhet ({0} har fältet \"ou\"), inte per kommun. Hämta värdena med /v2/data/kpi/…/municipality/… i stället för /v2/oudata/….";
    public const string Metadata = "Filen innehåller Koladas metadata ({0} har fälten \"id\" och \"title\"), inte värden. Hämta värdena med t.ex. /v2/data/kpi/N00945/municipality/1281/year/2022.";
    public const string NoValues = "Filen innehåller inga värden.";
    public const string UnknownMunicipalities = "Filen nämner kommun-id som inte finns: {0}. Kolada skriver kommuner med kommunkoden (1281 Lund), regioner med 00 och länskoden (0012 Region Skåne), riket som 0000 och kommungrupper som G och siffror (G124006).";

    // Between the preview and the import.
    public const string UploadGone = "Den uppladdade filen finns inte längre (den sparas i 30 minuter). Ladda upp den igen.";
    public const string Busy = "Många importer pågår just nu. Vänta en stund och försök igen.";
    public const string SavedMeanwhile = "Någon annan importerade samma värden samtidigt, så ingenting sparades. Försök igen.";

    // Texts used as arguments: what a field should be.
    public const string AText = "en text";
    public const string AShortText = "en text på högst 60 tecken";
    public const string ANumber = "ett tal (högst 100 000 000 000 000) eller null";
    public const string AWholeNumber = "ett heltal";

    /// <summary>The arguments above, translated when a message is shown.</summary>
    public static readonly IReadOnlySet<string> Translated = new HashSet<string>(StringComparer.Ordinal) { AText, AShortText, ANumber, AWholeNumber };

    public static KoladaMessage TooBigFor(long bytes) => new(TooBig, bytes / (1024.0 * 1024.0));

    /// <summary>Every template and argument text above, for the test that each has its English.</summary>
    public static IEnumerable<string> All =>
        typeof(KoladaMessages).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);
}
