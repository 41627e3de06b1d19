using Kommunpilot.Features.Organizations;

namespace Kommunpilot.Features.Demo;

/// <summary>The organisations named in the source documents (shared/seeds), as demo data.</summary>
public sealed class DemoOrganizations
{
    public required Organization Lund { get; init; }
    public required Organization Fyrbodal { get; init; }
    public required Organization Lekeberg { get; init; }
    public required IReadOnlyList<Organization> All { get; init; }

    /// <summary>Fyrbodals kommunalförbund's 14 member municipalities.</summary>
    public static readonly string[] FyrbodalMembers =
    [
        "Bengtsfors kommun", "Dals-Eds kommun", "Färgelanda kommun", "Lysekils kommun", "Melleruds kommun",
        "Munkedals kommun", "Orusts kommun", "Sotenäs kommun", "Strömstads kommun", "Tanums kommun",
        "Trollhättans stad", "Uddevalla kommun", "Vänersborgs kommun", "Åmåls kommun",
    ];

    public static DemoOrganizations Create()
    {
        var lund = new Organization { Name = "Lunds kommun", Kind = OrganizationKind.Municipality, IsDemo = true };
        Department Dept(Organization org, string name, params string[] units)
        {
            var d = new Department { Name = name, Organization = org };
            foreach (var u in units)
            {
                d.Units.Add(new Unit { Name = u, Department = d, Organization = org });
            }
            org.Departments.Add(d);
            return d;
        }
        Dept(lund, "Serviceförvaltningen", "Lokalvård", "Servicemedarbetare");
        Dept(lund, "Utbildningsförvaltningen", "Pilotverksamhet 1");
        Dept(lund, "Barn- och skolförvaltningen", "Pilotverksamhet 2", "Pilotverksamhet 3", "Pilotverksamhet 4");
        Dept(lund, "Vård- och omsorgsförvaltningen", "Pilotverksamhet 5", "Pilotverksamhet 6");
        Dept(lund, "Kultur- och fritidsförvaltningen", "Pilotverksamhet 7");
        Dept(lund, "Kommunkontoret", "Medborgarkontoret Södra Sandby", "Medborgarkontoret Genarp", "Servicecenter Kristallen");

        var fyrbodal = new Organization { Name = "Fyrbodals kommunalförbund", Kind = OrganizationKind.MunicipalAssociation, IsDemo = true };
        Dept(fyrbodal, "Kansliet", "Projektkontoret");
        foreach (var name in FyrbodalMembers)
        {
            var member = new Organization { Name = name, Kind = OrganizationKind.Municipality, IsDemo = true, ParentOrganization = fyrbodal };
            Dept(member, "Socialförvaltningen", "Individ- och familjeomsorg");
            fyrbodal.Members.Add(member);
        }

        var lekeberg = new Organization { Name = "Lekebergs kommun", Kind = OrganizationKind.Municipality, IsDemo = true };
        Dept(lekeberg, "Socialförvaltningen", "Vård och omsorg");
        Dept(lekeberg, "Kommunstyrelseförvaltningen", "HR-avdelningen", "Ekonomiavdelningen", "Måltidsenheten", "Administrativa enheten");
        Dept(lekeberg, "Barn- och utbildningsförvaltningen", "Ledningsgruppen");

        return new DemoOrganizations
        {
            Lund = lund,
            Fyrbodal = fyrbodal,
            Lekeberg = lekeberg,
            All = [lund, fyrbodal, .. fyrbodal.Members, lekeberg],
        };
    }

    /// <summary>
    /// The sources name their project models but do not spell them out; these are examples
    /// (demo data) of the two shapes municipalities use: four phases, or six with BP1-BP5.
    /// </summary>
    public static IEnumerable<ProjectModel> ProjectModels(DemoOrganizations orgs)
    {
        var lund = new ProjectModel
        {
            OrganizationId = orgs.Lund.Id,
            Name = "Lunds kommuns projektmodell",
            Description = "Exempel (demodata): fyra faser med ett beslut mellan varje fas.",
        };
        string[] lundPhases = ["Initiering", "Planering", "Genomförande", "Avslut"];
        for (var i = 0; i < lundPhases.Length; i++)
        {
            lund.Phases.Add(new ProjectPhase { Name = lundPhases[i], Order = i + 1 });
        }
        lund.DecisionPoints.Add(new DecisionPoint { Code = "B1", Name = "Beslut om projektbeskrivning", Order = 1 });
        lund.DecisionPoints.Add(new DecisionPoint { Code = "B2", Name = "Beslut om projektplan", Order = 2 });
        lund.DecisionPoints.Add(new DecisionPoint { Code = "B3", Name = "Fastställd slutrapport", Order = 3 });
        yield return lund;

        var props = new ProjectModel
        {
            OrganizationId = orgs.Fyrbodal.Id,
            Name = "Projektmodell med sex faser",
            Description = "Exempel (demodata): sex faser med beslutspunkterna BP1–BP5; BP4 kan tas flera gånger.",
        };
        string[] phases = ["Idé", "Förstudie", "Planering", "Genomförande", "Avslut", "Effekthemtagning"];
        for (var i = 0; i < phases.Length; i++)
        {
            props.Phases.Add(new ProjectPhase { Name = phases[i], Order = i + 1 });
        }
        string[] points = ["Beslut om förstudie", "Beslut om planering", "Beslut om genomförande", "Beslut om fortsatt genomförande", "Beslut om avslut"];
        for (var i = 0; i < points.Length; i++)
        {
            props.DecisionPoints.Add(new DecisionPoint { Code = $"BP{i + 1}", Name = points[i], Order = i + 1, MayRepeat = i == 3 });
        }
        yield return props;

        var lekeberg = new ProjectModel
        {
            OrganizationId = orgs.Lekeberg.Id,
            Name = "Lekebergs projektmodell",
            Description = "Exempel (demodata): fyra faser.",
        };
        string[] lekePhases = ["Förberedelse", "Planering", "Genomförande", "Avslut"];
        for (var i = 0; i < lekePhases.Length; i++)
        {
            lekeberg.Phases.Add(new ProjectPhase { Name = lekePhases[i], Order = i + 1 });
        }
        lekeberg.DecisionPoints.Add(new DecisionPoint { Code = "B1", Name = "Beslut om start", Order = 1 });
        lekeberg.DecisionPoints.Add(new DecisionPoint { Code = "B2", Name = "Beslut om avslut", Order = 2 });
        yield return lekeberg;
    }
}
