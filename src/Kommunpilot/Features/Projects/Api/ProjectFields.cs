using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Kommunpilot.Features.Projects.Api;

// What the API takes (and, for the project's own fields, also answers). The attributes give the
// lengths of the database columns (ProjectsModel) and the Swedish field names used in messages;
// ApiValidation turns them into Swedish validation errors, and OpenAPI shows them in the schema.

/// <summary>The project's own fields and document header: sent to create or update it, and part of what is read.</summary>
public record ProjectFields
{
    [Display(Name = "Projektkod"), StringLength(40)]
    [Description("Projektkod, t.ex. H044. Unik inom organisationen.")]
    public string? Code { get; init; }

    [Display(Name = "Namn"), Required, StringLength(ProjectsModel.ShortText)]
    public string? Name { get; init; }

    [Display(Name = "Undertitel"), StringLength(ProjectsModel.ShortText)]
    public string? Subtitle { get; init; }

    [Display(Name = "Status")]
    [JsonConverter(typeof(JsonStringEnumConverter<ProjectStatus>))]
    [Description("Saknas den vid skapande blir projektet en idé (Idea); vid ändring måste den anges.")]
    public ProjectStatus? Status { get; init; }

    [Display(Name = "Startdatum")]
    public DateOnly? StartDate { get; init; }

    [Display(Name = "Slutdatum")]
    [Description("Får inte vara före startdatum.")]
    public DateOnly? EndDate { get; init; }

    [Display(Name = "Dokumenthuvud")]
    public DocumentHeaderFields? Header { get; init; }

    [Display(Name = "Beställare"), StringLength(ProjectsModel.ShortText)]
    public string? Commissioner { get; init; }

    [Display(Name = "Projektägare"), StringLength(ProjectsModel.ShortText)]
    public string? Owner { get; init; }

    [Display(Name = "Projektledare"), StringLength(ProjectsModel.ShortText)]
    public string? ProjectLeader { get; init; }

    [Display(Name = "Finansiär"), StringLength(ProjectsModel.ShortText)]
    public string? Funder { get; init; }

    [Display(Name = "Bakgrund"), StringLength(ProjectsModel.LongText)]
    public string? Background { get; init; }

    [Display(Name = "Syfte"), StringLength(ProjectsModel.LongText)]
    public string? Purpose { get; init; }

    [Display(Name = "Projektbeskrivning"), StringLength(ProjectsModel.LongText)]
    public string? Description { get; init; }

    [Display(Name = "Uppföljning"), StringLength(ProjectsModel.LongText)]
    public string? FollowUp { get; init; }

    [Display(Name = "Program eller direktiv")]
    [Description("Ett program eller direktiv i projektets organisation.")]
    public int? ProgrammeId { get; init; }

    [Display(Name = "Projektmodell")]
    [Description("En projektmodell i projektets organisation.")]
    public int? ProjectModelId { get; init; }

    [Display(Name = "Aktuell fas")]
    [Description("En fas i den valda projektmodellen.")]
    public int? CurrentPhaseId { get; init; }

    /// <summary>Copies the fields onto the entity, trimmed, empty texts as null.</summary>
    public void ApplyTo(Project project)
    {
        project.Code = Clean(Code);
        project.Name = Clean(Name) ?? project.Name;
        project.Subtitle = Clean(Subtitle);
        project.Status = Status ?? project.Status;
        project.StartDate = StartDate;
        project.EndDate = EndDate;
        var h = Header ?? new DocumentHeaderFields();
        project.Header = new DocumentHeader
        {
            DocumentType = Clean(h.DocumentType),
            DecisionBody = Clean(h.DecisionBody),
            DecisionDate = h.DecisionDate,
            RegistrationNumber = Clean(h.RegistrationNumber),
            OtherReferences = Clean(h.OtherReferences),
            DocumentOwner = Clean(h.DocumentOwner),
            PreparedWith = Clean(h.PreparedWith),
            DocumentVersion = Clean(h.DocumentVersion),
            LastRevised = h.LastRevised,
        };
        project.Commissioner = Clean(Commissioner);
        project.Owner = Clean(Owner);
        project.ProjectLeader = Clean(ProjectLeader);
        project.Funder = Clean(Funder);
        project.Background = Clean(Background);
        project.Purpose = Clean(Purpose);
        project.Description = Clean(Description);
        project.FollowUp = Clean(FollowUp);
        project.ProgrammeId = ProgrammeId;
        project.ProjectModelId = ProjectModelId;
        project.CurrentPhaseId = CurrentPhaseId;
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The header every municipal document carries.</summary>
public sealed record DocumentHeaderFields
{
    [Display(Name = "Dokumenttyp"), StringLength(ProjectsModel.ShortText)]
    public string? DocumentType { get; init; }

    [Display(Name = "Beslutsinstans"), StringLength(ProjectsModel.ShortText)]
    public string? DecisionBody { get; init; }

    [Display(Name = "Beslutsdatum")]
    public DateOnly? DecisionDate { get; init; }

    [Display(Name = "Diarienummer"), StringLength(60)]
    [Description("T.ex. SN 2021/0083; kan fyllas i senare.")]
    public string? RegistrationNumber { get; init; }

    [Display(Name = "Övriga referenser"), StringLength(ProjectsModel.ShortText)]
    [Description("Andra referensnummer, t.ex. en finansiärs ärende-id.")]
    public string? OtherReferences { get; init; }

    [Display(Name = "Dokumentansvarig"), StringLength(ProjectsModel.ShortText)]
    public string? DocumentOwner { get; init; }

    [Display(Name = "Framtagen med"), StringLength(ProjectsModel.ShortText)]
    public string? PreparedWith { get; init; }

    [Display(Name = "Version"), StringLength(40)]
    public string? DocumentVersion { get; init; }

    [Display(Name = "Senast reviderad")]
    public DateOnly? LastRevised { get; init; }
}

/// <summary>Body of <c>POST /api/projects</c>.</summary>
public sealed record NewProject : ProjectFields
{
    [Display(Name = "Organisation"), Required]
    [Description("Organisationen som leder projektet; du måste vara projektledare eller administratör i den.")]
    public int? OrganizationId { get; init; }
}

/// <summary>Body of <c>PUT /api/projects/{id}</c>: every own field of the project, and the version it was read with.</summary>
public sealed record ProjectUpdate : ProjectFields
{
    [Display(Name = "Version"), Required]
    [Description("Projektets version när det lästes. Har någon annan sparat sedan dess blir svaret 409 och ingenting skrivs över.")]
    public Guid? Version { get; init; }
}
