using System.Globalization;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Documents;

namespace Kommunpilot.Features.Projects.Export;

/// <summary>
/// Lays out a project as a municipal project description, like the Lund pilot's (shared/seeds/001):
/// organisation, title, the document header table, then "1. Bakgrund och beställare", "2. Mål",
/// "3. Projektbeskrivning, leveransförteckning" and "4. Projektorganisation". Swedish only, as the
/// documents are; the labels come from <see cref="Labels"/>.
/// </summary>
internal static class ProjectDescriptionDocument
{
    private const string DefaultTitle = "Projektbeskrivning";

    public static string FileName(ProjectDetails p) => WordDocument.FileName($"{Title(p)} {p.Name}");

    public static byte[] Create(ProjectDetails p, DateTimeOffset now)
    {
        var organization = p.Organization.Name ?? p.Owners.Select(o => o.Name).FirstOrDefault(n => n is not null);
        var title = Title(p);
        var footer = string.Join(" · ", new[] { p.Code, p.Name, p.Header?.RegistrationNumber }.Where(s => !string.IsNullOrWhiteSpace(s)));
        using var doc = new WordDocument(
            new WordDocumentInfo(
                Title: $"{title} – {p.Name}",
                Creator: organization ?? "Kommunpilot",
                Subject: p.Subtitle,
                HeaderText: p.IsDemo ? "Demodata" : null,
                FooterText: footer),
            now);

        if (organization is not null)
        {
            doc.Sender(organization);
        }
        doc.Title(title);
        doc.Subtitle(p.Subtitle is { Length: > 0 } sub ? $"{p.Name} – {sub}" : p.Name ?? "");
        doc.FactTable(HeaderFacts(p), columns: 4);

        BackgroundSection(doc, p);
        GoalsSection(doc, p);
        DescriptionSection(doc, p);
        OrganisationSection(doc, p);
        return doc.ToBytes();
    }

    private static string Title(ProjectDetails p) => p.Header?.DocumentType ?? DefaultTitle;

    private static List<(string Label, string? Value)?> HeaderFacts(ProjectDetails p)
    {
        var h = p.Header ?? new DocumentHeaderFields();
        var facts = new List<(string Label, string? Value)?>
        {
            ("Dokumenttyp", h.DocumentType ?? DefaultTitle),
            ("Beslutsinstans", h.DecisionBody),
            ("Beslutsdatum", Date(h.DecisionDate)),
            ("Diarienummer", h.RegistrationNumber),
            ("Dokumentansvarig", h.DocumentOwner),
            ("Framtagen med", h.PreparedWith),
            h.DocumentVersion is null ? null : ("Version", h.DocumentVersion),
            ("Senast reviderad", Date(h.LastRevised)),
        };
        if (h.OtherReferences is not null)
        {
            facts.Add(("Övriga referenser", h.OtherReferences));
        }
        return facts;
    }

    private static void BackgroundSection(WordDocument doc, ProjectDetails p)
    {
        doc.Heading(1, "1. Bakgrund och beställare");
        doc.Text(p.Background);
        // The commissioner is usually named in the background text already ("Beställare av projektet är ...").
        if (p.Commissioner is { } commissioner && p.Background?.Contains(commissioner, StringComparison.OrdinalIgnoreCase) != true)
        {
            doc.Labelled("Beställare", commissioner);
        }
        doc.Labelled("Finansiär", p.Funder);
        if (p.Background is null && p.Commissioner is null && p.Funder is null)
        {
            doc.Paragraph("Ej ifyllt.", null);
        }
    }

    private static void GoalsSection(WordDocument doc, ProjectDetails p)
    {
        doc.Heading(1, "2. Mål");
        foreach (var vision in p.Goals.Where(g => g.Kind == GoalKind.Vision))
        {
            doc.Text(vision.Text);
        }
        if (p.Purpose is not null)
        {
            doc.Heading(2, "Syfte");
            doc.Text(p.Purpose);
        }
        foreach (var kind in new[] { GoalKind.Effect, GoalKind.Project, GoalKind.Development, GoalKind.Operational })
        {
            var goals = p.Goals.Where(g => g.Kind == kind).ToList();
            if (goals.Count == 0)
            {
                continue;
            }
            doc.Heading(2, Labels.Of(kind));
            foreach (var goal in goals)
            {
                if (goals.Count == 1)
                {
                    doc.Text(goal.Text);
                }
                else
                {
                    doc.Bullet(goal.Text);
                }
            }
        }
        if (p.ScopeLimits.Count > 0)
        {
            doc.Heading(2, "Avgränsningar");
            foreach (var limit in p.ScopeLimits)
            {
                doc.Bullet(limit.Description, "Skäl", limit.Reason);
            }
        }
        if (p.FollowUp is not null)
        {
            doc.Heading(2, "Projektets uppföljning");
            doc.Text(p.FollowUp);
        }
        if (p.Goals.Count == 0 && p.Purpose is null && p.ScopeLimits.Count == 0 && p.FollowUp is null)
        {
            doc.Paragraph("Inga mål är angivna.", null);
        }
    }

    private static void DescriptionSection(WordDocument doc, ProjectDetails p)
    {
        doc.Heading(1, "3. Projektbeskrivning, leveransförteckning");
        doc.Heading(2, "Projektbeskrivning");
        doc.Text(p.Description ?? "Ej ifyllt.");
        if (p.PilotSites.Count > 0)
        {
            doc.Heading(3, "Pilotverksamheter");
            doc.Paragraph("Följande tidplan gäller för start av pilotverksamheterna:", null);
            doc.Table(
                [new("Datum", 14), new("Verksamhet", 22), new("Förklaring", 40), new("Överenskommelse", 24)],
                p.PilotSites.Select(s => (IReadOnlyList<WordCell>)
                [
                    s.PlannedStart is { } start ? Date(start) + (s.StartIsPreliminary ? " (prel.)" : "") : "Ej bestämt",
                    new WordCell(s.UnitName, s.DepartmentName),
                    s.Explanation,
                    Labels.Of(s.AgreementStatus),
                ]));
        }

        doc.Heading(2, "Leveransförteckning");
        if (p.Deliverables.Count == 0)
        {
            doc.Paragraph("Inga leveranser är angivna.", null);
        }
        else
        {
            var withDue = p.Deliverables.Any(d => d.DueDate is not null);
            var withStatus = p.Deliverables.Any(d => d.Status != WorkStatus.NotStarted);
            List<WordColumn> columns = [new("Leverans", 13), new("Beskrivning", withStatus ? 42 : 48), new("Kommentar", withStatus ? 21 : 24)];
            if (withDue)
            {
                columns.Add(new("Klart senast", 15));
            }
            if (withStatus)
            {
                columns.Add(new("Status", 12));
            }
            doc.Paragraph("Projektet omfattar följande större leveranser:", null);
            doc.Table(columns, p.Deliverables.Select(d =>
            {
                List<WordCell> row = [d.Code, d.Description, d.Comment];
                if (withDue)
                {
                    row.Add(Date(d.DueDate));
                }
                if (withStatus)
                {
                    row.Add(Labels.Of(d.Status));
                }
                return (IReadOnlyList<WordCell>)row;
            }));
        }

        if (p.Milestones.Count > 0)
        {
            doc.Heading(2, "Milstolpar");
            foreach (var m in p.Milestones)
            {
                var details = new[] { m.DecisionBody, Date(m.Date), m.Status == WorkStatus.NotStarted ? null : Labels.Of(m.Status) }
                    .Where(s => !string.IsNullOrWhiteSpace(s))
                    .ToList();
                doc.Bullet(details.Count == 0 ? m.Decision : $"{m.Decision} ({string.Join(", ", details)})");
            }
        }
    }

    private static void OrganisationSection(WordDocument doc, ProjectDetails p)
    {
        doc.Heading(1, "4. Projektorganisation");
        doc.Labelled("Projektkod", p.Code);
        doc.Labelled("Projektägare", p.Owner);
        doc.Labelled("Projektledare", p.ProjectLeader);
        if (p.Owners.Count > 1)
        {
            doc.Labelled("Ägs gemensamt av", string.Join(", ", p.Owners.Select(o => o.Name).OfType<string>()));
        }
        doc.Labelled("Projektperiod", Period(p.StartDate, p.EndDate));
        doc.Labelled("Status", p.Status is { } status ? Labels.Of(status) : null);
        doc.Labelled(p.Programme?.Kind == Organizations.ProgrammeKind.Directive ? "Direktiv" : "Program", p.Programme?.Name);
        doc.Labelled("Projektmodell", p.ProjectModel is null ? null
            : p.CurrentPhase is null ? p.ProjectModel.Name
            : $"{p.ProjectModel.Name}, aktuell fas: {p.CurrentPhase.Name}");

        foreach (var group in p.Members.GroupBy(m => m.Group).OrderBy(g => g.Key))
        {
            doc.Heading(2, GroupHeading(group.Key));
            foreach (var member in group)
            {
                var where = string.Join(", ", new[] { member.Affiliation, member.Email }.Where(s => !string.IsNullOrWhiteSpace(s)));
                doc.Bullet(member.Name
                           + (string.IsNullOrWhiteSpace(member.Role) ? "" : " – " + member.Role)
                           + (where.Length == 0 ? "" : $" ({where})"));
            }
        }

        if (p.Decisions.Count > 0)
        {
            doc.Heading(2, "Beslut i projektmodellen");
            doc.Table(
                [new("Beslutspunkt", 26), new("Beslutat av", 22), new("Datum", 14), new("Underlag och anteckning", 38)],
                p.Decisions.Select(d => (IReadOnlyList<WordCell>)
                [
                    $"{d.DecisionPointCode} {d.DecisionPointName}",
                    d.DecidedBy,
                    Date(d.DecidedOn),
                    new WordCell(d.Documents, d.Note),
                ]));
        }
    }

    private static string GroupHeading(ProjectGroup group) => group switch
    {
        ProjectGroup.ContactPerson => "Kontaktpersoner",
        _ => Labels.Of(group),
    };

    private static string? Period(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        (null, null) => null,
        (_, null) => $"från {Date(start)}",
        (null, _) => $"till {Date(end)}",
        _ => $"{Date(start)} – {Date(end)}",
    };

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
