using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.Projects;

namespace Kommunpilot.Features.Demo;

/// <summary>
/// Example KPIs and measurements of the Lund pilot (001). 001 names the four areas and says the KPIs
/// were made with each pilot site, both lagging ("mäter effekten") and leading ("det som leder till
/// måluppfyllnaden"), but it names no KPI. So every KPI here is an example: <see cref="Kpi.IsExample"/>
/// is set and its definition starts with <see cref="ExampleNote"/>. No Kolada id is set: no Kolada KPI
/// measures what these do (Kolada's figures are municipality-wide, not per pilot site).
/// </summary>
/// <remarks>
/// The values are made by a formula, the same on every run: from the baseline (2022-01-01) each site
/// moves towards the target (2023-12-31) at its own pace (<see cref="Pace"/>), with a small wobble. The
/// paces give a believable spread: sites 1, 2 and 4 reach their targets (i fas), 3, 5 and 7 fall a little
/// short (i riskzonen) and 6, where vård- och omsorgsförvaltningen's services needed special training,
/// falls well short (ur fas).
/// </remarks>
internal static class DemoFollowUpKpis
{
    public const string ExampleNote = "Exempel – källan 001 namnger områdena men inte nyckeltalen.";
    public const string EnteredBy = "Demodata (exempelvärden)";

    public static readonly DateOnly BaselineDate = new(2022, 1, 1);
    public static readonly DateOnly TargetDate = new(2023, 12, 31);

    /// <summary>How far of the way from baseline to target site n (1–7) has come when the target date arrives.</summary>
    private static readonly decimal[] Pace = [1.06m, 1.03m, 0.95m, 1.04m, 0.94m, 0.55m, 0.96m];

    /// <summary>One example KPI; <see cref="Yearly"/> holds the values of a project-wide KPI (2022, 2023).</summary>
    private sealed record Example(
        string Name,
        string Definition,
        KpiAreaKind Area,
        KpiKind Kind,
        KpiUnit Unit,
        string? UnitLabel,
        int Decimals,
        KpiDirection Direction,
        decimal Baseline,
        decimal Target,
        string Source,
        string Method,
        KpiFrequency Frequency,
        KpiScope Scope,
        decimal[]? Yearly = null);

    private static readonly Example[] Examples =
    [
        new("Nöjdhet med servicen hos pilotverksamheten",
            "Andel av pilotverksamhetens medarbetare och chefer som är nöjda med servicetjänsterna de får.",
            KpiAreaKind.CustomerSatisfactionAndQuality, KpiKind.Lagging, KpiUnit.Percent, null, 1, KpiDirection.HigherIsBetter, 64, 85,
            "Enkät till pilotverksamheterna",
            "Andel svarande som anger 4 eller 5 på en femgradig skala, en kort enkät i slutet av varje tertial.",
            KpiFrequency.Tertial, KpiScope.AllPilotSites),
        new("Andel beställningar utförda inom avtalad tid",
            "Hur stor del av pilotverksamhetens beställningar av servicetjänster som utförs inom den tid överenskommelsen anger.",
            KpiAreaKind.CustomerSatisfactionAndQuality, KpiKind.Leading, KpiUnit.Percent, null, 1, KpiDirection.HigherIsBetter, 78, 95,
            "Serviceförvaltningens beställningsregister",
            "Beställningar utförda inom avtalad tid delat med alla utförda beställningar under tertialen.",
            KpiFrequency.Tertial, KpiScope.AllPilotSites),
        new("Antal avvikelser i servicen",
            "Avvikelser som pilotverksamheten rapporterar om servicetjänsterna: sådant som inte blev gjort, blev fel eller blev sent.",
            KpiAreaKind.CustomerSatisfactionAndQuality, KpiKind.Leading, KpiUnit.Count, null, 0, KpiDirection.LowerIsBetter, 14, 4,
            "Avvikelserapporteringen",
            "Antal rapporterade avvikelser under tertialen.",
            KpiFrequency.Tertial, KpiScope.AllPilotSites),
        new("Kostnad per servicetimme",
            "Serviceförvaltningens kostnad för en utförd timme samordnade servicetjänster i pilotprojektet.",
            KpiAreaKind.Economy, KpiKind.Lagging, KpiUnit.Kronor, null, 0, KpiDirection.LowerIsBetter, 540, 495,
            "Ekonomisystemet och tidrapporteringen",
            "Pilotprojektets kostnader för servicemedarbetarna under året delat med de timmar de rapporterat som utförda servicetjänster.",
            KpiFrequency.Yearly, KpiScope.Project, [522, 493]),
        new("Andel debiterbar tid",
            "Andel av servicemedarbetarnas arbetade tid på pilotverksamheten som går till beställda servicetjänster.",
            KpiAreaKind.Economy, KpiKind.Leading, KpiUnit.Percent, null, 1, KpiDirection.HigherIsBetter, 70, 86,
            "Tidrapporteringen",
            "Timmar rapporterade på servicetjänster delat med alla arbetade timmar på pilotverksamheten under tertialen.",
            KpiFrequency.Tertial, KpiScope.AllPilotSites),
        new("Sjukfrånvaro bland servicemedarbetare",
            "Servicemedarbetarnas sjukfrånvaro på pilotverksamheten, i procent av den avtalade arbetstiden.",
            KpiAreaKind.WorkEnvironment, KpiKind.Lagging, KpiUnit.Percent, null, 1, KpiDirection.LowerIsBetter, 8.5m, 5.5m,
            "Personalsystemet",
            "Sjukfrånvarotimmar delat med avtalade arbetstimmar under tertialen.",
            KpiFrequency.Tertial, KpiScope.AllPilotSites),
        new("Andel servicemedarbetare med grundutbildning i service och bemötande",
            "Hur stor del av pilotprojektets servicemedarbetare som har gått den grundutbildning i service och bemötande som rollbeskrivningen kräver.",
            KpiAreaKind.WorkEnvironment, KpiKind.Leading, KpiUnit.Percent, null, 0, KpiDirection.HigherIsBetter, 0, 100,
            "Personalsystemet, registrerade utbildningar",
            "Servicemedarbetare med genomförd grundutbildning delat med alla servicemedarbetare i pilotprojektet vid årets slut.",
            KpiFrequency.Yearly, KpiScope.Project, [62, 95]),
        new("Tid som pedagoger och vårdpersonal lägger på servicesysslor",
            "Den tid pilotverksamhetens medarbetare själva lägger på servicesysslor i stället för på kärnuppdraget, i timmar per medarbetare och vecka.",
            KpiAreaKind.Efficiency, KpiKind.Lagging, KpiUnit.Other, "timmar/vecka", 1, KpiDirection.LowerIsBetter, 4.5m, 1.5m,
            "Enkät till pilotverksamheterna",
            "Medarbetarnas egen skattning av en vanlig vecka, som genomsnitt för de svarande.",
            KpiFrequency.Tertial, KpiScope.AllPilotSites),
        new("Antal serviceleverantörer som pilotverksamheten har kontakt med",
            "Hur många olika utförare av servicetjänster, inom och utanför kommunen, pilotverksamheten själv beställer av och samordnar.",
            KpiAreaKind.Efficiency, KpiKind.Leading, KpiUnit.Count, null, 0, KpiDirection.LowerIsBetter, 7, 2,
            "Pilotverksamhetens avtal och beställningar",
            "Antal leverantörer med en gällande överenskommelse eller ett gällande avtal med pilotverksamheten vid årets slut.",
            KpiFrequency.Yearly, KpiScope.AllPilotSites),
    ];

    /// <summary>The example KPIs of the project, with their measurements, for the sites ordered as Pilotverksamhet 1–7.</summary>
    public static List<Kpi> Create(Project project, IReadOnlyList<PilotSite> sites)
    {
        var kpis = new List<Kpi>();
        for (var k = 0; k < Examples.Length; k++)
        {
            var e = Examples[k];
            var kpi = new Kpi
            {
                ProjectId = project.Id,
                Name = e.Name,
                Definition = ExampleNote + " " + e.Definition,
                Area = e.Area,
                Kind = e.Kind,
                Unit = e.Unit,
                UnitLabel = e.UnitLabel,
                Decimals = e.Decimals,
                MinValue = e.Unit == KpiUnit.Percent ? null : 0,
                Direction = e.Direction,
                BaselineValue = e.Baseline,
                BaselineDate = BaselineDate,
                TargetValue = e.Target,
                TargetDate = TargetDate,
                Source = e.Source,
                Method = e.Method,
                Frequency = e.Frequency,
                Scope = e.Scope,
                Order = k + 1,
                IsExample = true,
            };
            var periods = KpiPeriod.Between(e.Frequency, BaselineDate, TargetDate).ToList();
            for (var p = 0; p < periods.Count; p++)
            {
                if (e.Scope == KpiScope.Project)
                {
                    kpi.Measurements.Add(NewMeasurement(project, periods[p], null, e.Yearly![p]));
                    continue;
                }
                for (var s = 0; s < sites.Count; s++)
                {
                    kpi.Measurements.Add(NewMeasurement(project, periods[p], sites[s], ValueAt(e, k, s, periods[p])));
                }
            }
            kpis.Add(kpi);
        }
        return kpis;
    }

    /// <summary>
    /// Baseline plus the share of the way to target expected at the period's end, times the site's pace,
    /// plus a wobble of at most 1.5 % of the way; rounded to the KPI's decimals and kept inside 0–100 for a percentage.
    /// </summary>
    private static decimal ValueAt(Example e, int kpiIndex, int siteIndex, KpiPeriod period)
    {
        var share = (decimal)(period.End.DayNumber - BaselineDate.DayNumber) / (TargetDate.DayNumber - BaselineDate.DayNumber);
        var wobble = (((siteIndex * 5) + (kpiIndex * 3) + (period.Start.Year * 12 + period.Start.Month)) % 7 - 3) / 200m;
        var pace = Pace[siteIndex % Pace.Length];
        var value = e.Baseline + (e.Target - e.Baseline) * (share * pace + wobble);
        value = Math.Round(value, e.Decimals, MidpointRounding.AwayFromZero);
        return e.Unit == KpiUnit.Percent ? Math.Clamp(value, 0, 100) : Math.Max(value, 0);
    }

    private static Measurement NewMeasurement(Project project, KpiPeriod period, PilotSite? site, decimal value) => new()
    {
        ProjectId = project.Id,
        PilotSite = site,
        PeriodStart = period.Start,
        PeriodEnd = period.End,
        Value = value,
        EnteredBy = EnteredBy,
        // As if entered ten days after the period closed; fixed, so every seeding gives the same data.
        EnteredAt = DateTime.SpecifyKind(period.End.AddDays(10).ToDateTime(new TimeOnly(12, 0)), DateTimeKind.Utc),
        IsExample = true,
    };
}
