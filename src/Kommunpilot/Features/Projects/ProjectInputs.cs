using System.ComponentModel.DataAnnotations;

namespace Kommunpilot.Features.Projects;

/// <summary>The fields that both the create form and the edit form have.</summary>
public class ProjectBasicsInput
{
    public const string TooLong = "{0} får vara högst {1} tecken.";

    [Required(ErrorMessage = "Ange projektets namn.")]
    [StringLength(ProjectsModel.ShortText, ErrorMessage = TooLong)]
    [Display(Name = "Namn")]
    public string? Name { get; set; }

    [StringLength(40, ErrorMessage = TooLong)]
    [Display(Name = "Projektkod")]
    public string? Code { get; set; }

    [StringLength(ProjectsModel.ShortText, ErrorMessage = TooLong)]
    [Display(Name = "Undertitel")]
    public string? Subtitle { get; set; }

    [Display(Name = "Status")]
    public ProjectStatus Status { get; set; } = ProjectStatus.Planned;

    [Display(Name = "Startdatum")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Slutdatum")]
    public DateOnly? EndDate { get; set; }

    [Display(Name = "Program eller direktiv")]
    public int? ProgrammeId { get; set; }

    [Display(Name = "Projektmodell")]
    public int? ProjectModelId { get; set; }

    /// <summary>Writes these fields to the project, trimmed, empty text as null.</summary>
    public void ApplyTo(Project project)
    {
        project.Name = Name!.Trim();
        project.Code = Clean(Code);
        project.Subtitle = Clean(Subtitle);
        project.Status = Status;
        project.StartDate = StartDate;
        project.EndDate = EndDate;
        project.ProgrammeId = ProgrammeId;
        if (project.ProjectModelId != ProjectModelId)
        {
            // A phase belongs to a model: a new model starts without a current phase.
            project.CurrentPhaseId = null;
        }
        project.ProjectModelId = ProjectModelId;
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class NewProjectInput : ProjectBasicsInput
{
    [Required(ErrorMessage = "Välj vilken organisation som leder projektet.")]
    [Display(Name = "Ledande organisation")]
    public int? OrganizationId { get; set; }
}

/// <summary>Everything of the project's own that the edit form changes.</summary>
public sealed class EditProjectInput : ProjectBasicsInput
{
    [StringLength(ProjectsModel.ShortText, ErrorMessage = TooLong)]
    [Display(Name = "Dokumenttyp")]
    public string? DocumentType { get; set; }

    [StringLength(ProjectsModel.ShortText, ErrorMessage = TooLong)]
    [Display(Name = "Beslutsinstans")]
    public string? DecisionBody { get; set; }

    [Display(Name = "Beslutsdatum")]
    public DateOnly? DecisionDate { get; set; }

    [StringLength(60, ErrorMessage = TooLong)]
    [Display(Name = "Diarienummer")]
    public string? RegistrationNumber { get; set; }

    [StringLength(ProjectsModel.ShortText, ErrorMessage = TooLong)]
    [Display(Name = "Övriga referenser")]
    public string? OtherReferences { get; set; }

    [StringLength(ProjectsModel.ShortText, ErrorMessage = TooLong)]
    [Display(Name = "Dokumentansvarig")]
    public string? DocumentOwner { get; set; }

    [StringLength(ProjectsModel.ShortText, ErrorMessage = TooLong)]
    [Display(Name = "Framtagen med")]
    public string? PreparedWith { get; set; }

    [StringLength(40, ErrorMessage = TooLong)]
    [Display(Name = "Dokumentversion")]
    public string? DocumentVersion { get; set; }

    [Display(Name = "Senast reviderad")]
    public DateOnly? LastRevised { get; set; }

    [StringLength(ProjectsModel.ShortText, ErrorMessage = TooLong)]
    [Display(Name = "Beställare")]
    public string? Commissioner { get; set; }

    [StringLength(ProjectsModel.ShortText, ErrorMessage = TooLong)]
    [Display(Name = "Projektägare")]
    public string? Owner { get; set; }

    [StringLength(ProjectsModel.ShortText, ErrorMessage = TooLong)]
    [Display(Name = "Projektledare")]
    public string? ProjectLeader { get; set; }

    [StringLength(ProjectsModel.ShortText, ErrorMessage = TooLong)]
    [Display(Name = "Finansiär")]
    public string? Funder { get; set; }

    [StringLength(ProjectsModel.LongText, ErrorMessage = TooLong)]
    [Display(Name = "Bakgrund")]
    public string? Background { get; set; }

    [StringLength(ProjectsModel.LongText, ErrorMessage = TooLong)]
    [Display(Name = "Syfte")]
    public string? Purpose { get; set; }

    [StringLength(ProjectsModel.LongText, ErrorMessage = TooLong)]
    [Display(Name = "Projektbeskrivning")]
    public string? Description { get; set; }

    [StringLength(ProjectsModel.LongText, ErrorMessage = TooLong)]
    [Display(Name = "Projektets uppföljning")]
    public string? FollowUp { get; set; }

    /// <summary>The organisations that own the project together with the lead organisation.</summary>
    public List<int> CoOwnerIds { get; set; } = [];

    public Guid Version { get; set; }

    public static EditProjectInput From(Project p) => new()
    {
        Name = p.Name,
        Code = p.Code,
        Subtitle = p.Subtitle,
        Status = p.Status,
        StartDate = p.StartDate,
        EndDate = p.EndDate,
        ProgrammeId = p.ProgrammeId,
        ProjectModelId = p.ProjectModelId,
        DocumentType = p.Header.DocumentType,
        DecisionBody = p.Header.DecisionBody,
        DecisionDate = p.Header.DecisionDate,
        RegistrationNumber = p.Header.RegistrationNumber,
        OtherReferences = p.Header.OtherReferences,
        DocumentOwner = p.Header.DocumentOwner,
        PreparedWith = p.Header.PreparedWith,
        DocumentVersion = p.Header.DocumentVersion,
        LastRevised = p.Header.LastRevised,
        Commissioner = p.Commissioner,
        Owner = p.Owner,
        ProjectLeader = p.ProjectLeader,
        Funder = p.Funder,
        Background = p.Background,
        Purpose = p.Purpose,
        Description = p.Description,
        FollowUp = p.FollowUp,
        CoOwnerIds = [.. p.Owners.Select(o => o.OrganizationId).Where(id => id != p.OrganizationId)],
        Version = p.Version,
    };

    /// <summary>Writes the form to the project (not the owners, which need the caller's memberships).</summary>
    public void ApplyAllTo(Project p)
    {
        ApplyTo(p);
        p.Header.DocumentType = Clean(DocumentType);
        p.Header.DecisionBody = Clean(DecisionBody);
        p.Header.DecisionDate = DecisionDate;
        p.Header.RegistrationNumber = Clean(RegistrationNumber);
        p.Header.OtherReferences = Clean(OtherReferences);
        p.Header.DocumentOwner = Clean(DocumentOwner);
        p.Header.PreparedWith = Clean(PreparedWith);
        p.Header.DocumentVersion = Clean(DocumentVersion);
        p.Header.LastRevised = LastRevised;
        p.Commissioner = Clean(Commissioner);
        p.Owner = Clean(Owner);
        p.ProjectLeader = Clean(ProjectLeader);
        p.Funder = Clean(Funder);
        p.Background = CleanText(Background);
        p.Purpose = CleanText(Purpose);
        p.Description = CleanText(Description);
        p.FollowUp = CleanText(FollowUp);
    }

    /// <summary>Long texts keep their inner line breaks; browsers send them as CR LF.</summary>
    private static string? CleanText(string? text) => Clean(text)?.ReplaceLineEndings("\n");
}
