namespace Kommunpilot.Features.Communication;

/// <summary>
/// The Swedish names communicators know for the plan's choices. They are keys into the texts: pages
/// show them through the localizer (<c>L[CommunicationLabels.Of(x)]</c>); Word and Excel use them as they are.
/// </summary>
public static class CommunicationLabels
{
    public static string Of(PlanStatus s) => s switch
    {
        PlanStatus.Draft => "Utkast",
        PlanStatus.Adopted => "Fastställd",
        PlanStatus.Archived => "Arkiverad",
        _ => s.ToString(),
    };

    public static string Of(GoalAspect a) => a switch
    {
        GoalAspect.Know => "Veta (kunskapsmål)",
        GoalAspect.Feel => "Känna (attitydmål)",
        GoalAspect.Do => "Göra (motivationsmål)",
        _ => a.ToString(),
    };

    public static string Of(MeasureKind k) => k switch
    {
        MeasureKind.Quantitative => "Kvantitativt",
        MeasureKind.Qualitative => "Kvalitativt",
        _ => k.ToString(),
    };

    public static string Of(Audience a) => a switch
    {
        Audience.Internal => "Intern",
        Audience.External => "Extern",
        _ => a.ToString(),
    };

    public static string Of(StakeholderPriority p) => p switch
    {
        StakeholderPriority.Core => "Kärnintressent",
        StakeholderPriority.Primary => "Primärintressent",
        StakeholderPriority.Secondary => "Sekundärintressent",
        _ => p.ToString(),
    };

    /// <summary>The heading of a priority class in the message framework (002 chapter 4).</summary>
    public static string PluralOf(StakeholderPriority p) => p switch
    {
        StakeholderPriority.Core => "Kärnintressenter",
        StakeholderPriority.Primary => "Primärintressenter",
        StakeholderPriority.Secondary => "Sekundärintressenter",
        _ => p.ToString(),
    };

    public static string Of(Level l) => l switch
    {
        Level.Low => "Låg",
        Level.Medium => "Medel",
        Level.High => "Hög",
        _ => l.ToString(),
    };

    public static string Of(ActivityStatus s) => s switch
    {
        ActivityStatus.Planned => "Planerad",
        ActivityStatus.InProgress => "Pågår",
        ActivityStatus.Done => "Genomförd",
        ActivityStatus.Postponed => "Uppskjuten",
        ActivityStatus.Cancelled => "Inställd",
        _ => s.ToString(),
    };

    /// <summary>The standard definitions of the priorities (002 chapter 3), offered when a plan has none of its own.</summary>
    public const string DefaultCoreDefinition = "Intressenter med beslutande och/eller drivande roller i uppdraget.";
    public const string DefaultPrimaryDefinition = "Intressenter som i hög grad påverkas och därför vill påverka uppdraget.";
    public const string DefaultSecondaryDefinition = "Intressenter med ett intresse för uppdraget men som troligt inte aktivt kommer att påverka riktningen.";
}
