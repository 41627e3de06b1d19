using Kommunpilot.Features.FollowUp.Kolada;

namespace Kommunpilot.Tests.FollowUp.Kolada;

/// <summary>The reader of Kolada's JSON and the list of places, without a database.</summary>
public sealed class KoladaFileTests
{
    [Fact]
    public void The_places_are_sweden_s_290_municipalities_21_regions_riket_and_groups()
    {
        Assert.Equal(290, KoladaPlaces.Municipalities.Count);
        Assert.Equal(21, KoladaPlaces.Regions.Count);
        Assert.Equal(("Upplands Väsby", "Lund", "Kiruna", "Åmål"), (KoladaPlaces.NameOf("0114"), KoladaPlaces.NameOf("1281"), KoladaPlaces.NameOf("2584"), KoladaPlaces.NameOf("1492")));
        Assert.Equal(["1281 Lund", "0012 Region Skåne", "0000 Riket", "G124006 (kommungrupp)", "9999"],
            new[] { "1281", "0012", "0000", "G124006", "9999" }.Select(KoladaPlaces.Describe));
        Assert.All(KoladaPlaces.Municipalities.Keys, id => Assert.Matches("^[0-2][0-9]{3}$", id));
        Assert.True(KoladaPlaces.IsKnown("G1"));
        Assert.False(KoladaPlaces.IsKnown("G"));
        Assert.False(KoladaPlaces.IsMunicipalityOrRegion("0000"));
        Assert.Equal("1281", KoladaPlaces.Normalize(" 1281 Lund"));
    }

    [Fact]
    public void A_real_answer_is_read_with_periods_as_numbers_or_strings_nulls_and_a_bom()
    {
        var json = "\uFEFF" + """
            {"values":[{"kpi":"N00945","municipality":"1281","period":"2021","values":[{"count":1,"gender":"T","status":null,"value":null}]},
                       {"kpi":"N00945","municipality":"1281","period":2022,"values":[{"gender":"T","value":1.23456789,"status":"  "},{"gender":"K","value":2,"count":null}]}],
             "count":2,"next_page":null,"next_url":null,"previous_page":null}
            """;
        var (figures, problem) = KoladaFile.Read(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Null(problem);
        Assert.Equal(
            [new KoladaFigure("N00945", "1281", 2021, "T", null, null), new KoladaFigure("N00945", "1281", 2022, "T", 1.2346m, null), new KoladaFigure("N00945", "1281", 2022, "K", 2m, null)],
            figures);
    }

    [Fact]
    public void Every_message_has_its_english()
    {
        var english = System.Xml.Linq.XDocument.Load(Resx())
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var missing = KoladaMessages.All.Where(m => !english.Contains(m)).ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    private static string Resx([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "..", "src", "Kommunpilot", "Features", "FollowUp", "Kolada", "KoladaTexts.en.resx");
}
