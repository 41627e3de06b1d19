using System.Text.RegularExpressions;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Demo;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunpilot.Tests.Communication.Demo;

/// <summary>
/// Finds what PDF extraction leaves in a text: lost å/ä/ö ("for", "malgrupp"), letters read as digits
/// or signs ("t6ka", "&amp;r", "Liding0", "Bl och Al"), mis-decoded letters ("é", "Ã"), and words
/// broken by a line end ("Målgruppe r", "Kommunstyrelse- förvaltningen", "Service-nämnden").
/// </summary>
internal static partial class DemoPlanTexts
{
    /// <summary>Signs that never stand in these Swedish texts: 002's "é" for ä, "&amp;" for ä/å, mojibake, English quotes.</summary>
    private static readonly char[] ForeignSigns = ['é', 'É', '&', 'Ã', 'Â', '\uFFFD', '’', '“', '~'];

    /// <summary>
    /// Words of 002 as extracted, without their å/ä/ö, and its other misreadings. None of them belongs
    /// in these plans ("maten", "al" are words, but not of these texts); each stands for one the plan
    /// uses ("for" = för, "pa" = på, "Maten" = Möten, "sisom" = såsom).
    /// </summary>
    private static readonly HashSet<string> Mangled = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "pa", "ar", "nar", "dar", "sa", "tva", "fran", "fa", "ga", "mal", "malgrupp", "malgrupper", "malgrupperna", "malgruppen",
        "kanna", "kansla", "behover", "behovs", "forandring", "forandringen", "forandringar", "forandringsarbete", "forandringsresan",
        "forstaelse", "formaga", "mota", "motestraffar", "moten", "mojlighet", "mojliga", "basta", "tillganglig", "tillgang", "efterfragan",
        "socialtjanst", "socialtjansten", "kommunalforbund", "kommunalforbundet", "kommunalforbunden", "natverk", "natverkstraffar",
        "hog", "vard", "valfard", "valfardsutveckling", "valfardsutvecklingsteamet", "allmanheten", "handlaggare", "hjalpa", "hjalper",
        "aven", "battre", "ocksa", "anvanda", "anvands", "invanare", "invanarnas", "forvantningar", "oka", "okad", "stodja", "metodstod",
        "metodstodet", "vastra", "gotaland", "goteborg", "skovde", "hogskolan", "vast", "vastkom", "lidingo", "bestallare", "finansiar",
        "godkand", "godkanna", "utvardering", "maluppfyllnad", "lardomar", "forfattas", "genomfora", "kartlaggas", "kartlaggningar",
        "processagare", "systemforvaltare", "digitaliseringsfragor", "fragor", "halsofragor", "e-halsa", "e-halsofragor", "naromrade",
        "omradet", "sjalvstandighet", "sjalvbestammande", "palitligt", "tillhandahalla", "arbetsmiljo", "kommundirektorer",
        "kommunikatorer", "kommunikatorsnatverket", "forbundsdirektionen", "kommunanstallda", "verksamhetsnara", "effektmatningar",
        "foreldsningar", "forelasning", "forelasningar", "sisom", "tdnka", "stddja", "uppnd", "kommundirekttrens", "nyhetshyraer",
        "maten", "bl", "al", "karnintressent", "karnintressenter", "primarintressent", "sekundarintressent", "sekundarintressenter",
        "fortydligande", "intranat", "buskap", "budksapet", "projeket", "sasmmanhallen",
    };

    /// <summary>Swedish words that are another word with its å/ä/ö taken away ("vara" and "våra").</summary>
    private static readonly HashSet<string> RealWordPairs = new(StringComparer.OrdinalIgnoreCase) { "vara", "har", "alla", "stod" };

    [GeneratedRegex(@"\p{L}\d|\d\p{L}")]
    private static partial Regex DigitInWord();

    // "Kommunstyrelse- förvaltningen": a hyphen and a space inside a word; Swedish's own "barn- och",
    // "diskussions- och", "kunskaps-, kompetens- och" are left alone.
    [GeneratedRegex(@"\p{Ll}- (?!och\b|eller\b|samt\b)\p{Ll}")]
    private static partial Regex BrokenAtHyphen();

    // "Målgruppe r", "Kommunikationsmå l": one lowercase letter alone after a word. "i", "å", "ö" are
    // Swedish words; "e-" starts "e-tjänst".
    [GeneratedRegex(@"\p{L} (?![iåö]\b)\p{Ll}\b(?!-)")]
    private static partial Regex LoneLetter();

    // The table's line breaks that kept their hyphen inside a word.
    private static readonly string[] BrokenWords = ["Service-nämnden", "Service-förvaltningens", "status-uppdatering", "Administration- ", "Kommunstyrelse- "];

    [GeneratedRegex(@"[\p{L}-]+")]
    private static partial Regex Word();

    public static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value.Trim('-')).Where(w => w.Length > 0);

    private static string WithoutSwedishLetters(string word) =>
        word.Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o').Replace('Å', 'A').Replace('Ä', 'A').Replace('Ö', 'O');

    /// <summary>Every artefact found, as "where: what ('text ...')"; empty when the texts are clean.</summary>
    public static List<string> Artefacts(IReadOnlyList<(string Where, string Text)> texts)
    {
        var found = new List<string>();
        // A word written with å/ä/ö in one place must not appear without them in another.
        var proper = texts.SelectMany(t => Words(t.Text))
            .Where(w => w.IndexOfAny(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']) >= 0)
            .Select(WithoutSwedishLetters)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (where, text) in texts)
        {
            void Found(string what) => found.Add($"{where}: {what} ('{(text.Length > 80 ? text[..80] + "…" : text)}')");
            foreach (var sign in ForeignSigns.Where(c => text.Contains(c, StringComparison.Ordinal)))
            {
                Found($"the sign '{sign}'");
            }
            foreach (var broken in BrokenWords.Where(b => text.Contains(b, StringComparison.Ordinal)))
            {
                Found($"the broken word '{broken}'");
            }
            foreach (Match m in DigitInWord().Matches(text))
            {
                Found($"a digit inside a word near '{m.Value}'");
            }
            foreach (Match m in BrokenAtHyphen().Matches(text))
            {
                Found($"a word broken at a hyphen near '{m.Value}'");
            }
            foreach (Match m in LoneLetter().Matches(text))
            {
                Found($"a lone letter near '{m.Value}'");
            }
            foreach (var word in Words(text))
            {
                if (Mangled.Contains(word))
                {
                    Found($"the word '{word}' as extracted");
                }
                else if (word.IndexOfAny(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']) < 0 && proper.Contains(word) && !RealWordPairs.Contains(word))
                {
                    Found($"the word '{word}', written elsewhere with å/ä/ö");
                }
            }
        }
        return found;
    }
}

/// <summary>The scan itself: it must find each kind of artefact of 002 as extracted, and pass Swedish as written.</summary>
public sealed class DemoPlanArtefactScanTests
{
    [Fact]
    public void The_artefact_scan_catches_what_extraction_leaves()
    {
        (string, string)[] samples =
        [
            ("a", "Projektet ska t6ka kompetensen"), ("b", "Projektet &r ett pilotprojekt"), ("c", "godkénd av nätverket"),
            ("d", "RPA, Bl och Al"), ("e", "Nätverk for socialchefer"), ("f", "ska ha presenterats pa två konferenser"),
            ("g", "Malgrupperna ska känna"), ("h", "drivs av Liding0 stad"), ("i", "Målgruppe r"), ("j", "Kommunstyrelse- förvaltningen"),
            ("k", "Service-nämnden"), ("l", "projektets malgrupp"), ("m", "FÃ¶rbundsdirektionen"), ("n", "I6pande uppdatera"),
            ("o", "Processagare"),
        ];
        var found = DemoPlanTexts.Artefacts(samples);
        Assert.All(samples, s => Assert.Contains(found, f => f.StartsWith(s.Item1 + ":", StringComparison.Ordinal)));

        // A word fixed in one place and left in another is found too.
        Assert.Single(DemoPlanTexts.Artefacts([("x", "Förankringsunderlag och kvalitet."), ("y", "Forankringsunderlag saknas.")]));
        // Swedish's own hyphens, single-letter words and numbers pass.
        Assert.Empty(DemoPlanTexts.Artefacts([("z", "Barn- och utbildningsförvaltningen i Lekeberg, kunskaps-, kompetens- och IT- och e-hälsofrågor 2023, (2021) och 100 unika besökare, våra målgrupper ska vara med.")]));
    }
}

/// <summary>What holds for all three demo plans: clean texts, demo flags, secrets, and seeding only once.</summary>
public abstract class DemoPlanTextsTests(AppFactory app)
{
    [Theory]
    [InlineData(DemoPlans.Lund)]
    [InlineData(DemoPlans.Fyrbodal)]
    [InlineData(DemoPlans.Lekeberg)]
    public async Task Every_text_of_the_plan_is_clean(string project)
    {
        var plan = (await DemoPlans.LoadAsync(app, project)).Plan;
        var texts = DemoPlans.Texts(plan).ToList();

        Assert.Empty(DemoPlanTexts.Artefacts(texts));
        // No text starts or ends with white space, and paragraphs are separated by one empty line.
        Assert.All(texts, t => Assert.Equal(t.Text.Trim(), t.Text));
        Assert.DoesNotContain(texts, t => t.Text.Contains("\n\n\n", StringComparison.Ordinal) || t.Text.Contains('\r', StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_three_plans_and_their_people_are_demo_data_with_their_own_calendar_secrets()
    {
        var (plans, people) = await app.WithDbAsync(async db =>
        {
            // Other tests may mark a plan of their own as demo data; the seeded ones belong to demo projects.
            var plans = await db.CommunicationPlans.IgnoreQueryFilters().AsNoTracking().Where(p => p.IsDemo && p.Project!.IsDemo)
                .Select(p => new { p.Title, Project = p.Project!.Name, p.CalendarToken }).ToListAsync();
            var people = await db.CommunicationPeople.IgnoreQueryFilters().AsNoTracking().Where(p => p.IsDemo)
                .Select(p => new { p.Name, Organization = p.Organization.Name, p.CalendarToken }).ToListAsync();
            return (plans, people);
        });

        Assert.Equal(
            [
                ("Digitala processer för socialtjänst i Fyrbodal", "Kommunikationsplan"),
                ("Nära vård – Hälsa tillsammans", "Kommunikationsplan 2023"),
                ("Samordnade servicetjänster", "Kommunikationsplan pilotprojekt Samordnade servicetjänster"),
            ],
            plans.Select(p => (p.Project, p.Title)).Order());
        Assert.Equal(
            [
                ("Lekebergs kommun", "Ellinor Hailee"), ("Lekebergs kommun", "Kristin Lundgren"),
                ("Lunds kommun", "Annelie Thögerson"), ("Lunds kommun", "Pål Svensson"), ("Lunds kommun", "Thobias Ligneman"),
            ],
            people.Select(p => (p.Organization, p.Name)).Order());
        string[] tokens = [.. plans.Select(p => p.CalendarToken), .. people.Select(p => p.CalendarToken)];
        Assert.All(tokens, t => Assert.True(t.Length >= 40, "a long random secret"));
        Assert.Equal(tokens.Length, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Seeding_again_adds_no_second_plan()
    {
        async Task<(int Plans, int People, int Activities)> CountAsync() => await app.WithDbAsync(async db => (
            await db.CommunicationPlans.IgnoreQueryFilters().CountAsync(p => p.IsDemo && p.Project!.IsDemo),
            await db.CommunicationPeople.IgnoreQueryFilters().CountAsync(p => p.IsDemo),
            await db.PlanActivities.IgnoreQueryFilters().CountAsync(a => a.Plan.IsDemo && a.Plan.Project!.IsDemo)));
        var before = await CountAsync();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal((3, 5, 29), before);
        Assert.Equal(before, await CountAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DemoPlanTextsSqliteTests(SqliteApp app) : DemoPlanTextsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DemoPlanTextsPostgresTests(PostgresApp app) : DemoPlanTextsTests(app);
