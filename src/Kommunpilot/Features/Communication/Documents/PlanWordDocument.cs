using System.Globalization;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Documents;

namespace Kommunpilot.Features.Communication.Documents;

/// <summary>
/// Lays out a communication plan the way the source plans are written (Lund 000, Fyrbodal 002,
/// Lekeberg 004): the organisation, the title, a header block of document facts and the revision
/// history, then numbered sections in the plans' order – Nuläge, Bakgrund, Syfte, Målsättning,
/// Kommunikationsmål, Upplägg, Målgrupper, Budskap, Kanaler, Risker, Budget, Aktiviteter. A section
/// the plan has nothing for is left out, and the numbering closes up. Swedish only, as the plans are.
/// </summary>
internal static class PlanWordDocument
{
    public const string NoBudget = "Ingen särskild budget har avsatts för dessa kommunikationsinsatser.";

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string FileName(PlanFacts p) => WordDocument.FileName(TitleOf(p) == p.Title ? p.Title : $"{TitleOf(p)} {p.Title}");

    public static byte[] Create(PlanDocumentData data, DateTimeOffset now)
    {
        var p = data.Plan;
        var period = p.Period is { } written && !p.Title.Contains(written, StringComparison.OrdinalIgnoreCase) ? written : null;
        var footer = string.Join(" · ", new[] { p.Title, period, p.DocumentVersion is null ? null : "version " + p.DocumentVersion }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
        using var doc = new WordDocument(
            new WordDocumentInfo(
                Title: TitleOf(p) == p.Title ? p.Title : $"{TitleOf(p)} – {p.Title}",
                Creator: p.OrganizationName ?? "Kommunpilot",
                Subject: p.ProjectName,
                HeaderText: p.IsDemo ? "Demodata" : null,
                FooterText: footer),
            now);

        if (p.OrganizationName is { } organization)
        {
            doc.Sender(organization);
        }
        doc.Title(TitleOf(p));
        if (SubtitleOf(p) is { } subtitle)
        {
            doc.Subtitle(subtitle);
        }
        doc.FactTable(HeaderFacts(p), columns: 3);
        Revisions(doc, data.Revisions);

        var sections = new Sections(doc);
        sections.Text("Nuläge", p.Situation);
        sections.Text("Bakgrund", p.Background);
        sections.Text("Syfte", p.Purpose);
        Objective(sections, data);
        CommunicationGoals(sections, data);
        sections.Text("Upplägg", p.Approach);
        TargetGroups(sections, data);
        Messages(sections, data);
        Channels(sections, data.Channels);
        Risks(sections, data.Risks);
        Budget(sections, p);
        Activities(doc, sections, data);
        return doc.ToBytes();
    }

    /// <summary>"Kommunikationsplan pilotprojekt ..." stays as it is; "Nära vård" becomes "Kommunikationsplan 2023" over it (004).</summary>
    private static string TitleOf(PlanFacts p) =>
        p.Title.StartsWith("Kommunikationsplan", StringComparison.OrdinalIgnoreCase) ? p.Title
        : string.IsNullOrWhiteSpace(p.Period) ? "Kommunikationsplan"
        : $"Kommunikationsplan {p.Period}";

    private static string? SubtitleOf(PlanFacts p)
    {
        if (TitleOf(p) != p.Title)
        {
            return p.Title;
        }
        var parts = new List<string>();
        if (p.ProjectName is { } project && !p.Title.Contains(project, StringComparison.OrdinalIgnoreCase))
        {
            parts.Add(project);
        }
        if (p.Period is { } period && !p.Title.Contains(period, StringComparison.OrdinalIgnoreCase))
        {
            parts.Add(period);
        }
        return parts.Count == 0 ? null : string.Join(" – ", parts);
    }

    /// <summary>The header block: what the plan concerns and where it stands. Facts the plan does not have are left out.</summary>
    private static List<(string Label, string? Value)?> HeaderFacts(PlanFacts p)
    {
        var facts = new (string Label, string? Value)[]
        {
            ("Dokumenttyp", "Kommunikationsplan"),
            ("Projekt", p.ProjectName),
            ("Projektkod", p.ProjectCode),
            ("Organisation", p.OrganizationName),
            ("Nämnd", p.DecisionBodyName),
            ("Projektledare", p.ProjectLeader),
            ("Period", p.Period),
            ("Status", CommunicationLabels.Of(p.Status)),
            ("Fastställd av", p.AdoptedBy),
            ("Fastställd", Date(p.AdoptedOn)),
            ("Version", p.DocumentVersion),
            ("Märkning", p.IsDemo ? "Demodata" : null),
        };
        return [.. facts.Where(f => Has(f.Value)).Select(f => ((string Label, string? Value)?)f)];
    }

    private static void Revisions(WordDocument doc, IReadOnlyList<RevisionDto> revisions)
    {
        if (revisions.Count == 0)
        {
            return;
        }
        doc.Heading(2, "Revisionshistorik");
        doc.Table(
            [new("Version", 12), new("Datum", 16), new("Av", 24), new("Ändring", 48)],
            revisions.Select(r => (IReadOnlyList<WordCell>)[r.DocumentVersion, ProjectFormat.Time(r.At)[..10], r.By, r.Note]));
    }

    private static void Objective(Sections sections, PlanDocumentData data)
    {
        var planWide = data.Goals.Where(g => g.StakeholderId is null).ToList();
        if (!Has(data.Plan.OverallObjective) && planWide.Count == 0)
        {
            return;
        }
        var doc = sections.Open("Målsättning");
        doc.Text(data.Plan.OverallObjective);
        foreach (var aspect in Enum.GetValues<GoalAspect>())
        {
            var goals = planWide.Where(g => g.Aspect == aspect).ToList();
            if (goals.Count == 0)
            {
                continue;
            }
            doc.Heading(2, AspectHeading(aspect));
            Items(doc, goals.Select(g => g.Text).ToList());
        }
    }

    private static void CommunicationGoals(Sections sections, PlanDocumentData data)
    {
        var perGroup = data.Stakeholders
            .Select(s => (Group: s, Goals: data.Goals.Where(g => g.StakeholderId == s.Id).ToList()))
            .Where(x => x.Goals.Count > 0)
            .ToList();
        if (data.MeasurableGoals.Count == 0 && perGroup.Count == 0)
        {
            return;
        }
        var doc = sections.Open("Kommunikationsmål");
        if (data.MeasurableGoals.Count > 0)
        {
            if (perGroup.Count > 0)
            {
                doc.Heading(2, "Mätbara mål");
            }
            foreach (var goal in data.MeasurableGoals)
            {
                var details = new[]
                {
                    goal.Kind == MeasureKind.Quantitative && goal.Target is { } target
                        ? "mål: " + Number(target) + (Has(goal.Unit) ? " " + goal.Unit!.Trim() : "")
                        : null,
                    goal.Deadline is { } deadline ? "senast " + Date(deadline) : null,
                }.OfType<string>().ToList();
                var text = goal.Text.Trim();
                // "100 unika besökare" in the text already says the target; say it again only when it does not.
                if (details.Count > 0 && !(details.Count == 1 && goal.Target is { } t && text.Contains(Number(t), StringComparison.Ordinal)))
                {
                    text += $" ({string.Join(", ", details)})";
                }
                doc.Bullet(text, "Kommentar", goal.Comment);
            }
        }
        if (perGroup.Count > 0)
        {
            doc.Heading(2, "Vad ska målgruppen veta, känna och göra?");
            doc.Table(
                [new("Målgrupp", 22), new("Veta", 26), new("Känna", 26), new("Göra", 26)],
                perGroup.Select(x => (IReadOnlyList<WordCell>)
                [
                    x.Group.Name,
                    Lines(x.Goals, GoalAspect.Know),
                    Lines(x.Goals, GoalAspect.Feel),
                    Lines(x.Goals, GoalAspect.Do),
                ]));
        }
    }

    private static void TargetGroups(Sections sections, PlanDocumentData data)
    {
        var groups = data.Stakeholders;
        if (groups.Count == 0)
        {
            return;
        }
        var doc = sections.Open("Målgrupper");
        var p = data.Plan;
        if (groups.Any(g => g.Priority is not null) || Has(p.CoreDefinition) || Has(p.PrimaryDefinition) || Has(p.SecondaryDefinition))
        {
            doc.Paragraph("Definition av prioritet:", null);
            doc.Bullet($"{CommunicationLabels.PluralOf(StakeholderPriority.Core)} – {Lower(p.CoreDefinition ?? CommunicationLabels.DefaultCoreDefinition)}");
            doc.Bullet($"{CommunicationLabels.PluralOf(StakeholderPriority.Primary)} – {Lower(p.PrimaryDefinition ?? CommunicationLabels.DefaultPrimaryDefinition)}");
            doc.Bullet($"{CommunicationLabels.PluralOf(StakeholderPriority.Secondary)} – {Lower(p.SecondaryDefinition ?? CommunicationLabels.DefaultSecondaryDefinition)}");
        }

        var withAudience = groups.Any(g => g.Audience is not null);
        var withPriority = groups.Any(g => g.Priority is not null || g.PrioritisedIfDecided);
        var withDescription = groups.Any(g => Has(g.Description) || (g.PassesOn && Has(g.PassesOnTo)));
        var withWhy = groups.Where(g => Has(g.Why)).ToList();
        if (withAudience || withPriority || withDescription)
        {
            List<WordColumn> columns = [new("Namn på målgrupp", 30)];
            if (withAudience)
            {
                columns.Add(new("Intern/extern", 14));
            }
            if (withPriority)
            {
                columns.Add(new("Prioritet", 20));
            }
            if (withDescription)
            {
                columns.Add(new("Beskrivning", 36));
            }
            doc.Table(columns, groups.Select(g =>
            {
                List<WordCell> row = [g.Name];
                if (withAudience)
                {
                    row.Add(g.Audience is { } audience ? CommunicationLabels.Of(audience) : null);
                }
                if (withPriority)
                {
                    row.Add(new WordCell(
                        g.Priority is { } priority ? CommunicationLabels.Of(priority) : null,
                        g.PrioritisedIfDecided ? "Prioriteras vid beslut" : null));
                }
                if (withDescription)
                {
                    row.Add(new WordCell(g.Description, g.PassesOn && Has(g.PassesOnTo) ? "För budskapen vidare till " + g.PassesOnTo!.Trim() : null));
                }
                return (IReadOnlyList<WordCell>)row;
            }));
        }
        else if (withWhy.Count == 0)
        {
            // Names only, as in 000: a list.
            Items(doc, groups.Select(g => g.Name).ToList(), bullets: true);
        }

        if (withWhy.Count > 0)
        {
            doc.Heading(2, "Vilka är viktigast? Motivering");
            doc.Table([new("Vem/vilka", 35), new("Varför?", 65)], withWhy.Select(g => (IReadOnlyList<WordCell>)[g.Name, g.Why]));
        }

        var ifDecided = groups.Where(g => g.PrioritisedIfDecided).ToList();
        if (ifDecided.Count > 0)
        {
            doc.Heading(2, "Prioriteras vid beslut");
            foreach (var g in ifDecided)
            {
                doc.Labelled("Prioriterad målgrupp", Has(g.Condition) ? $"{g.Name}, {Lower(g.Condition!.Trim())}" : g.Name);
            }
        }
    }

    private static void Messages(Sections sections, PlanDocumentData data)
    {
        if (data.Messages.Count == 0)
        {
            return;
        }
        var doc = sections.Open("Budskap");
        var names = data.Stakeholders.ToDictionary(s => s.Id, s => s.Name);
        var groups = new List<(string? Heading, List<MessageDto> Messages)>();
        foreach (var priority in Enum.GetValues<StakeholderPriority>())
        {
            groups.Add((CommunicationLabels.PluralOf(priority), data.Messages.Where(m => m.Priority == priority).ToList()));
        }
        foreach (var named in data.Messages.Where(m => m.Priority is null && m.StakeholderIds.Count > 0)
                     .GroupBy(m => string.Join(", ", m.StakeholderIds.Select(id => names.GetValueOrDefault(id)).OfType<string>())))
        {
            groups.Add(("Till " + named.Key, named.ToList()));
        }
        var forAll = data.Messages.Where(m => m.Priority is null && m.StakeholderIds.Count == 0).ToList();
        groups.RemoveAll(g => g.Messages.Count == 0);
        // Messages to every target group need no heading of their own when they are the plan's only ones (004).
        groups.Add((groups.Count == 0 ? null : "Till alla målgrupper", forAll));
        foreach (var (heading, messages) in groups.Where(g => g.Messages.Count > 0))
        {
            if (heading is not null)
            {
                doc.Heading(2, heading);
            }
            MessageGroup(doc, messages);
        }
    }

    private static void MessageGroup(WordDocument doc, List<MessageDto> messages)
    {
        var texts = messages.Where(m => Has(m.Text)).ToList();
        foreach (var m in texts)
        {
            if (m.Number is { } number)
            {
                doc.Paragraph($"{number}. {m.Text!.Trim()}", null);
            }
            else if (texts.Count > 1)
            {
                doc.Bullet(m.Text!);
            }
            else
            {
                doc.Text(m.Text);
            }
        }
        foreach (var m in messages)
        {
            Part(doc, "Varför – så att jag förstår", m.Why);
            Part(doc, "Vad – så att jag vet", m.What);
            Part(doc, "Din känsla – så att jag tror på dig", m.Feeling);
            Part(doc, "Hur – så att jag förstår vad det innebär", m.How);
            doc.Labelled("Förväntad effekt", m.ExpectedEffect);
        }
        var clarified = messages.Where(m => Has(m.Clarification)).ToList();
        if (clarified.Count > 0)
        {
            doc.Heading(3, "Förtydligande");
            foreach (var m in clarified)
            {
                doc.Text(m.Clarification);
            }
        }
    }

    private static void Part(WordDocument doc, string heading, string? text)
    {
        if (Has(text))
        {
            doc.Heading(3, heading);
            doc.Text(text);
        }
    }

    private static void Channels(Sections sections, IReadOnlyList<ChannelDto> channels)
    {
        if (channels.Count == 0)
        {
            return;
        }
        var doc = sections.Open("Kanaler");
        if (channels.All(c => !Has(c.Description) && !Has(c.ResponsibleRole)))
        {
            // Names only, as in 000: a list.
            Items(doc, channels.Select(c => c.Name).ToList(), bullets: true);
            return;
        }
        doc.Table(
            [new("Kanal", 30), new("Beskrivning", 45), new("Ansvarig", 25)],
            channels.Select(c => (IReadOnlyList<WordCell>)
            [
                new WordCell(c.Name, c.Audience is { } audience ? CommunicationLabels.Of(audience) : null),
                c.Description,
                c.ResponsibleRole,
            ]));
    }

    private static void Risks(Sections sections, IReadOnlyList<RiskDto> risks)
    {
        if (risks.Count == 0)
        {
            return;
        }
        var doc = sections.Open("Risker");
        if (risks.All(r => r.Likelihood is null && r.Consequence is null))
        {
            // Risks written as prose, the way to meet them after each (000).
            foreach (var risk in risks)
            {
                doc.Text(risk.Description);
                doc.Labelled("Hantering", risk.Mitigation);
            }
            return;
        }
        doc.Table(
            [new("Risk", 37), new("Sannolikhet", 15), new("Konsekvens", 15), new("Hantering", 33)],
            risks.Select(r => (IReadOnlyList<WordCell>)
            [
                r.Description,
                r.Likelihood is { } likelihood ? CommunicationLabels.Of(likelihood) : null,
                r.Consequence is { } consequence ? CommunicationLabels.Of(consequence) : null,
                r.Mitigation,
            ]));
    }

    private static void Budget(Sections sections, PlanFacts p)
    {
        var doc = sections.Open("Budget");
        if (p.BudgetAmount is { } amount)
        {
            doc.Paragraph($"Budget för kommunikationsinsatserna: {amount.ToString("#,##0.##", Swedish)} kr.", null);
            doc.Text(p.BudgetNote);
        }
        else
        {
            doc.Text(Has(p.BudgetNote) ? p.BudgetNote : NoBudget);
        }
    }

    /// <summary>
    /// The introduction; the activities described in words where the plan says why or how (002's
    /// "6.1 Aktiviteter"); then the activity plan as a table on landscape pages (000, 002's "6.2").
    /// </summary>
    private static void Activities(WordDocument doc, Sections sections, PlanDocumentData data)
    {
        if (data.Activities.Count == 0 && !Has(data.Plan.ActivitiesIntroduction))
        {
            return;
        }
        var described = data.Activities.Where(a => Has(a.Why) || Has(a.How)).ToList();
        if (data.Activities.Count > 0 && described.Count == 0)
        {
            // Seven columns need the width of a landscape page, as the activity plans in 000 and 002 have.
            doc.Landscape();
        }
        sections.Open("Aktiviteter");
        doc.Text(data.Plan.ActivitiesIntroduction);
        if (data.Activities.Count == 0)
        {
            return;
        }
        foreach (var a in described)
        {
            doc.Heading(2, a.What.Trim());
            doc.Labelled("Varför", a.Why);
            doc.Labelled("Hur", a.How);
        }
        if (described.Count > 0)
        {
            doc.Landscape();
            doc.Heading(2, "Aktivitetsplan");
        }
        var messages = data.Messages.ToDictionary(m => m.Id);
        doc.Table(
            [new("Aktivitet", 26), new("Budskap", 17), new("Tidpunkt", 12), new("Målgrupp", 15), new("Kanal", 11), new("Ansvarig", 13), new("Tid i h", 6)],
            data.Activities.Select(a => (IReadOnlyList<WordCell>)
            [
                new WordCell(a.What, StatusNote(a)),
                a.MessageText ?? (a.MessageId is { } id && messages.TryGetValue(id, out var m) ? MessageLabel(m) : null),
                a.Timing ?? Period(a.Start, a.End),
                string.Join("\n", a.TargetGroups.Select(g => g.Name)),
                string.Join("\n", a.Channels.Select(c => c.Name)),
                string.Join("\n", a.Responsible.Select(r => r.Name)),
                a.PlannedHours is { } hours ? Number(hours) : null,
            ]));
        var total = data.Activities.Sum(a => a.PlannedHours ?? 0);
        if (total > 0)
        {
            doc.Labelled("Planerad tid totalt", Number(total) + " timmar");
        }
    }

    /// <summary>Under the activity: its status once it is no longer just planned.</summary>
    private static string? StatusNote(ActivityDto a) =>
        a.Status == ActivityStatus.Planned ? null
        : CommunicationLabels.Of(a.Status) + (a.Status == ActivityStatus.Done && a.DoneOn is { } done ? " " + Date(done) : "");

    private static string? MessageLabel(MessageDto m) =>
        (m.Number is { } n ? $"{n}. " : "") + (m.Text ?? m.What ?? m.Why ?? m.Feeling ?? m.How);

    private static string AspectHeading(GoalAspect aspect) => aspect switch
    {
        GoalAspect.Know => "Kunskapsmål",
        GoalAspect.Feel => "Attitydmål",
        GoalAspect.Do => "Motivationsmål",
        _ => aspect.ToString(),
    };

    private static string? Lines(List<CommunicationGoalDto> goals, GoalAspect aspect)
    {
        var texts = goals.Where(g => g.Aspect == aspect).Select(g => g.Text.Trim()).ToList();
        return texts.Count == 0 ? null : string.Join("\n", texts);
    }

    /// <summary>One text as it is; several as bullets.</summary>
    private static void Items(WordDocument doc, IReadOnlyList<string> texts, bool bullets = false)
    {
        if (texts.Count == 1 && !bullets)
        {
            doc.Text(texts[0]);
            return;
        }
        foreach (var text in texts)
        {
            doc.Bullet(text);
        }
    }

    /// <summary>"Intressenter med ..." reads "Kärnintressenter – intressenter med ..." after the dash.</summary>
    private static string Lower(string text)
    {
        var t = text.Trim();
        return t.Length > 1 && char.IsUpper(t[0]) && !char.IsUpper(t[1]) ? char.ToLower(t[0], Swedish) + t[1..] : t;
    }

    private static string? Period(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        (null, null) => null,
        ({ } s, { } e) when s == e => Date(s),
        ({ } s, { } e) => $"{Date(s)} – {Date(e)}",
        ({ } s, null) => "från " + Date(s),
        (null, { } e) => "senast " + Date(e),
    };

    private static string Number(decimal value) => value.ToString("0.##", Swedish);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool Has(string? text) => !string.IsNullOrWhiteSpace(text);

    /// <summary>Numbers the sections that have content: "1. Bakgrund", "2. Syfte" ...</summary>
    private sealed class Sections(WordDocument doc)
    {
        private int _number;

        public WordDocument Open(string title)
        {
            doc.Heading(1, $"{++_number}. {title}");
            return doc;
        }

        public void Text(string title, string? text)
        {
            if (Has(text))
            {
                Open(title).Text(text);
            }
        }
    }
}
