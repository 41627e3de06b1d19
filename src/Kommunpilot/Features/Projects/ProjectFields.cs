using System.Globalization;

namespace Kommunpilot.Features.Projects;

/// <summary>
/// The users' words for the project register's records and fields, keyed as the change tracker names
/// them (the audit trail and the concurrency conflict both speak in these names), and how their stored
/// values read. Every text here is a key into <see cref="ProjectTexts"/>.
/// </summary>
public static class ProjectFields
{
    private static readonly Dictionary<string, string> EntityNames = new(StringComparer.Ordinal)
    {
        [nameof(Project)] = "Projekt",
        [nameof(ProjectOwner)] = "Ägande organisation",
        [nameof(Goal)] = "Mål",
        [nameof(ScopeLimit)] = "Avgränsning",
        [nameof(PilotSite)] = "Pilotverksamhet",
        [nameof(Deliverable)] = "Leverans",
        [nameof(Milestone)] = "Milstolpe",
        [nameof(ProjectMember)] = "Person i projektorganisationen",
        [nameof(ProjectDecision)] = "Beslut vid beslutspunkt",
        ["Kpi"] = "Nyckeltal",
        ["Measurement"] = "Mätvärde",
        ["ProjectReport"] = "Rapport",
        ["ReportRecipient"] = "Mottagare av rapport",
        ["ReportSection"] = "Rapportavsnitt",
    };

    /// <summary>The project's own fields, named as on the forms.</summary>
    public static readonly IReadOnlyDictionary<string, string> ProjectLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(Project.Name)] = "Namn",
        [nameof(Project.Code)] = "Projektkod",
        [nameof(Project.Subtitle)] = "Undertitel",
        [nameof(Project.Status)] = "Status",
        [nameof(Project.StartDate)] = "Startdatum",
        [nameof(Project.EndDate)] = "Slutdatum",
        [nameof(Project.OrganizationId)] = "Ledande organisation",
        ["Header.DocumentType"] = "Dokumenttyp",
        ["Header.DecisionBody"] = "Beslutsinstans",
        ["Header.DecisionDate"] = "Beslutsdatum",
        ["Header.RegistrationNumber"] = "Diarienummer",
        ["Header.OtherReferences"] = "Övriga referenser",
        ["Header.DocumentOwner"] = "Dokumentansvarig",
        ["Header.PreparedWith"] = "Framtagen med",
        ["Header.DocumentVersion"] = "Dokumentversion",
        ["Header.LastRevised"] = "Senast reviderad",
        [nameof(Project.Commissioner)] = "Beställare",
        [nameof(Project.Owner)] = "Projektägare",
        [nameof(Project.ProjectLeader)] = "Projektledare",
        [nameof(Project.Funder)] = "Finansiär",
        [nameof(Project.Background)] = "Bakgrund",
        [nameof(Project.Purpose)] = "Syfte",
        [nameof(Project.Description)] = "Projektbeskrivning",
        [nameof(Project.FollowUp)] = "Projektets uppföljning",
        [nameof(Project.ProgrammeId)] = "Program eller direktiv",
        [nameof(Project.ProjectModelId)] = "Projektmodell",
        [nameof(Project.CurrentPhaseId)] = "Aktuell fas",
        [nameof(Project.IsDemo)] = "Demodata",
        [nameof(Project.CreatedAt)] = "Skapad",
    };

    /// <summary>Fields of the project's parts whose words differ from the project's own.</summary>
    private static readonly Dictionary<string, string> PartLabels = new(StringComparer.Ordinal)
    {
        ["ProjectOwner.OrganizationId"] = "Organisation",
        ["ProjectOwner.ProjectId"] = "Projekt",
        ["Goal.Kind"] = "Typ av mål",
        ["Goal.Text"] = "Mål",
        ["ScopeLimit.Description"] = "Avgränsning",
        ["ScopeLimit.Reason"] = "Skäl",
        ["PilotSite.UnitId"] = "Verksamhet",
        ["PilotSite.PlannedStart"] = "Planerad start",
        ["PilotSite.StartIsPreliminary"] = "Preliminärt startdatum",
        ["PilotSite.AgreementStatus"] = "Avtalsstatus",
        ["PilotSite.Explanation"] = "Förklaring",
        ["Deliverable.Code"] = "Leverans",
        ["Deliverable.Description"] = "Beskrivning",
        ["Deliverable.Comment"] = "Kommentar",
        ["Deliverable.DueDate"] = "Klar senast",
        ["Milestone.Decision"] = "Beslut",
        ["Milestone.DecisionBody"] = "Beslutsinstans",
        ["Milestone.Date"] = "Datum",
        ["ProjectMember.Group"] = "Grupp",
        ["ProjectMember.Role"] = "Roll",
        ["ProjectMember.Affiliation"] = "Tillhörighet",
        ["ProjectMember.Email"] = "E-postadress",
        ["ProjectDecision.DecisionPointId"] = "Beslutspunkt",
        ["ProjectDecision.DecidedBy"] = "Beslutat av",
        ["ProjectDecision.DecidedOn"] = "Beslutsdatum",
        ["ProjectDecision.Documents"] = "Beslutsunderlag",
        ["ProjectDecision.Note"] = "Anteckning",
        ["Kpi.Name"] = "Nyckeltal",
        ["Kpi.Definition"] = "Definition",
        ["Kpi.Area"] = "Område",
        ["Kpi.Kind"] = "Ledande eller eftersläpande",
        ["Kpi.Unit"] = "Enhet",
        ["Kpi.Direction"] = "Riktning",
        ["Kpi.BaselineValue"] = "Utgångsvärde",
        ["Kpi.BaselineDate"] = "Utgångsvärdets datum",
        ["Kpi.TargetValue"] = "Målvärde",
        ["Kpi.TargetDate"] = "Måldatum",
        ["Kpi.Source"] = "Verifikationskälla",
        ["Kpi.Frequency"] = "Frekvens",
        ["Kpi.Scope"] = "Mäts för",
        ["Kpi.PilotSiteId"] = "Pilotverksamhet",
        ["Measurement.KpiId"] = "Nyckeltal",
        ["Measurement.PilotSiteId"] = "Pilotverksamhet",
        ["Measurement.PeriodStart"] = "Periodens första dag",
        ["Measurement.PeriodEnd"] = "Periodens sista dag",
        ["Measurement.Value"] = "Värde",
        ["Measurement.Comment"] = "Kommentar",
        ["ProjectReport.Kind"] = "Typ av rapport",
        ["ProjectReport.Number"] = "Nummer",
        ["ProjectReport.Title"] = "Titel",
        ["ProjectReport.DueDate"] = "Ska vara klar",
        ["ProjectReport.PeriodEnd"] = "Avser perioden till och med",
        ["ProjectReport.AdoptedBy"] = "Fastställd av",
        ["ProjectReport.AdoptedOn"] = "Fastställd den",
        ["ReportSection.Title"] = "Rubrik",
        ["ReportSection.Text"] = "Text",
        ["ReportRecipient.Name"] = "Mottagare",
        ["Order"] = "Ordning",
        ["ProjectId"] = "Projekt",
    };

    /// <summary>Every text this class can hand out, for the test that checks they all have English.</summary>
    public static IEnumerable<string> AllTexts =>
        EntityNames.Values.Concat(ProjectLabels.Values).Concat(PartLabels.Values).Distinct(StringComparer.Ordinal);

    public static string EntityName(string entityType) => EntityNames.GetValueOrDefault(entityType, entityType);

    public static string Label(string entityType, string property) =>
        PartLabels.GetValueOrDefault($"{entityType}.{property}")
        ?? PartLabels.GetValueOrDefault(property)
        ?? ProjectLabels.GetValueOrDefault(property)
        ?? property;

    /// <summary>
    /// A stored value as users read it: choices by their Swedish label, yes/no, and ids by the name
    /// found in <paramref name="names"/> (keyed by property name), else "nr 12".
    /// </summary>
    public static string? Value(string entityType, string property, string? raw,
        Func<string, string> localize, IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>>? names = null)
    {
        if (raw is null)
        {
            return null;
        }
        string? label = (entityType, property) switch
        {
            (nameof(Project), nameof(Project.Status)) => Enum.TryParse<ProjectStatus>(raw, out var s) ? Labels.Of(s) : null,
            (_, "Status") => Enum.TryParse<WorkStatus>(raw, out var w) ? Labels.Of(w) : null,
            (_, nameof(Goal.Kind)) => Enum.TryParse<GoalKind>(raw, out var k) ? Labels.Of(k) : null,
            (_, nameof(PilotSite.AgreementStatus)) => Enum.TryParse<AgreementStatus>(raw, out var a) ? Labels.Of(a) : null,
            (_, nameof(ProjectMember.Group)) => Enum.TryParse<ProjectGroup>(raw, out var g) ? Labels.Of(g) : null,
            _ when bool.TryParse(raw, out var b) => b ? "Ja" : "Nej",
            _ => null,
        };
        if (label is not null)
        {
            return localize(label);
        }
        if (names is not null && names.TryGetValue(property, out var byId) && int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            return byId.TryGetValue(id, out var name) ? name : string.Format(CultureInfo.InvariantCulture, "nr {0}", id);
        }
        return raw;
    }
}
