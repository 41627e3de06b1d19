namespace Kommunpilot.Features.Projects;

/// <summary>
/// The Swedish names users know for the project register's choices. They are keys into the texts:
/// pages show them through the localizer (<c>T[Labels.Of(x)]</c>); the Word export uses them as they are.
/// </summary>
public static class Labels
{
    public static string Of(ProjectStatus s) => s switch
    {
        ProjectStatus.Idea => "Idé",
        ProjectStatus.Planned => "Planerat",
        ProjectStatus.Ongoing => "Pågående",
        ProjectStatus.Paused => "Pausat",
        ProjectStatus.Completed => "Avslutat",
        ProjectStatus.Cancelled => "Avbrutet",
        _ => s.ToString(),
    };

    public static string Of(GoalKind k) => k switch
    {
        GoalKind.Vision => "Målbild",
        GoalKind.Effect => "Effektmål",
        GoalKind.Project => "Projektmål",
        GoalKind.Development => "Utvecklingsmål",
        GoalKind.Operational => "Verksamhetsmål",
        _ => k.ToString(),
    };

    public static string Of(AgreementStatus s) => s switch
    {
        AgreementStatus.NotStarted => "Ej påbörjad",
        AgreementStatus.QuoteInPreparation => "Offert under framtagande",
        AgreementStatus.QuoteSent => "Offert skickad",
        AgreementStatus.Signed => "Avtal tecknat",
        AgreementStatus.ExternalContractNotice => "Externt avtal med uppsägningstid",
        AgreementStatus.Ended => "Avslutad",
        _ => s.ToString(),
    };

    public static string Of(WorkStatus s) => s switch
    {
        WorkStatus.NotStarted => "Ej påbörjad",
        WorkStatus.InProgress => "Pågår",
        WorkStatus.Done => "Klar",
        WorkStatus.Delayed => "Försenad",
        WorkStatus.Cancelled => "Struken",
        _ => s.ToString(),
    };

    public static string Of(ProjectGroup g) => g switch
    {
        ProjectGroup.SteeringGroup => "Styrgrupp",
        ProjectGroup.ProjectGroup => "Projektgrupp",
        ProjectGroup.ContactPerson => "Kontaktperson",
        ProjectGroup.ReferenceGroup => "Referensgrupp",
        _ => g.ToString(),
    };
}
