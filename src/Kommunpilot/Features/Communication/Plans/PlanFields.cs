using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>
/// What a new plan starts with: its title, its period as written and as dates, and its document
/// version. The create form, the copy form and the API take these; the attributes give the column
/// lengths of <see cref="CommunicationModel"/>, the Swedish field names and (for the pages) the messages.
/// </summary>
public class PlanBasics
{
    public const string TooLong = "{0} får vara högst {1} tecken.";

    [Required(ErrorMessage = "Ange planens titel.")]
    [StringLength(CommunicationModel.ShortText, ErrorMessage = TooLong)]
    [Display(Name = "Titel")]
    [Description("T.ex. \"Kommunikationsplan 2023\".")]
    public string? Title { get; set; }

    [StringLength(60, ErrorMessage = TooLong)]
    [Display(Name = "Period")]
    [Description("Perioden som den skrivs: \"2023\", \"2020-2022\", \"VT 2024\".")]
    public string? Period { get; set; }

    [Display(Name = "Periodens början")]
    [Description("Ger året åt aktiviteternas tidpunkter som inte anger något (\"juni\").")]
    public DateOnly? PeriodStart { get; set; }

    [Display(Name = "Periodens slut")]
    [Description("Får inte vara före periodens början.")]
    public DateOnly? PeriodEnd { get; set; }

    [StringLength(40, ErrorMessage = TooLong)]
    [Display(Name = "Dokumentversion")]
    [Description("Som den skrivs: \"1.0\", \"2\".")]
    public string? DocumentVersion { get; set; }

    /// <summary>Writes these fields to the plan, trimmed, empty text as null.</summary>
    public void ApplyBasicsTo(CommunicationPlan plan)
    {
        plan.Title = Clean(Title) ?? plan.Title;
        plan.Period = Clean(Period);
        plan.PeriodStart = PeriodStart;
        plan.PeriodEnd = PeriodEnd;
        plan.DocumentVersion = Clean(DocumentVersion);
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Long texts keep their inner line breaks; browsers send them as CR LF.</summary>
    public static string? CleanText(string? text) => Clean(text)?.ReplaceLineEndings("\n");
}

/// <summary>
/// The plan's own fields besides its status and budget amount: what the edit form and
/// <c>PUT /api/communication-plans/{id}</c> change. Lists (target groups, activities ...) are not here.
/// </summary>
public class PlanFields : PlanBasics
{
    [Display(Name = "Nämnd eller styrgrupp")]
    [Description("Bara för en stående plan: den nämnd eller styrgrupp i organisationen vars plan det är.")]
    public int? DecisionBodyId { get; set; }

    [StringLength(CommunicationModel.LongText, ErrorMessage = TooLong)]
    [Display(Name = "Nuläge")]
    public string? Situation { get; set; }

    [StringLength(CommunicationModel.LongText, ErrorMessage = TooLong)]
    [Display(Name = "Bakgrund")]
    public string? Background { get; set; }

    [StringLength(CommunicationModel.LongText, ErrorMessage = TooLong)]
    [Display(Name = "Syfte")]
    public string? Purpose { get; set; }

    [StringLength(CommunicationModel.LongText, ErrorMessage = TooLong)]
    [Display(Name = "Målsättning")]
    public string? OverallObjective { get; set; }

    [StringLength(CommunicationModel.LongText, ErrorMessage = TooLong)]
    [Display(Name = "Upplägg och tidplan")]
    public string? Approach { get; set; }

    [StringLength(CommunicationModel.LongText, ErrorMessage = TooLong)]
    [Display(Name = "Inledning till aktivitetsplanen")]
    public string? ActivitiesIntroduction { get; set; }

    [StringLength(CommunicationModel.MediumText, ErrorMessage = TooLong)]
    [Display(Name = "Definition av kärnintressent")]
    public string? CoreDefinition { get; set; }

    [StringLength(CommunicationModel.MediumText, ErrorMessage = TooLong)]
    [Display(Name = "Definition av primärintressent")]
    public string? PrimaryDefinition { get; set; }

    [StringLength(CommunicationModel.MediumText, ErrorMessage = TooLong)]
    [Display(Name = "Definition av sekundärintressent")]
    public string? SecondaryDefinition { get; set; }

    [StringLength(CommunicationModel.MediumText, ErrorMessage = TooLong)]
    [Display(Name = "Kommentar om budgeten")]
    [Description("T.ex. \"Ingen särskild budget har avsatts för dessa kommunikationsinsatser.\"")]
    public string? BudgetNote { get; set; }

    /// <summary>Writes every field here to the plan (not the budget amount, which the page and the API read differently).</summary>
    public void ApplyFieldsTo(CommunicationPlan plan)
    {
        ApplyBasicsTo(plan);
        plan.DecisionBodyId = plan.ProjectId is null ? DecisionBodyId : null;
        plan.Situation = CleanText(Situation);
        plan.Background = CleanText(Background);
        plan.Purpose = CleanText(Purpose);
        plan.OverallObjective = CleanText(OverallObjective);
        plan.Approach = CleanText(Approach);
        plan.ActivitiesIntroduction = CleanText(ActivitiesIntroduction);
        plan.CoreDefinition = CleanText(CoreDefinition);
        plan.PrimaryDefinition = CleanText(PrimaryDefinition);
        plan.SecondaryDefinition = CleanText(SecondaryDefinition);
        plan.BudgetNote = CleanText(BudgetNote);
    }

    /// <summary>Fills the fields from a stored plan.</summary>
    public void LoadFieldsFrom(CommunicationPlan p)
    {
        Title = p.Title;
        Period = p.Period;
        PeriodStart = p.PeriodStart;
        PeriodEnd = p.PeriodEnd;
        DocumentVersion = p.DocumentVersion;
        DecisionBodyId = p.DecisionBodyId;
        Situation = p.Situation;
        Background = p.Background;
        Purpose = p.Purpose;
        OverallObjective = p.OverallObjective;
        Approach = p.Approach;
        ActivitiesIntroduction = p.ActivitiesIntroduction;
        CoreDefinition = p.CoreDefinition;
        PrimaryDefinition = p.PrimaryDefinition;
        SecondaryDefinition = p.SecondaryDefinition;
        BudgetNote = p.BudgetNote;
    }
}

/// <summary>What "new plan from last year's" carries over: each flag is one part of the old plan.</summary>
public sealed class CarryOver
{
    [Display(Name = "Texterna")]
    [Description("Nuläge, bakgrund, syfte, målsättning, upplägg, aktivitetsplanens inledning, prioriteringarnas definitioner och kommentaren om budgeten.")]
    public bool Texts { get; set; }

    [Display(Name = "Målgrupperna")]
    [Description("Målgrupperna med deras egna veta/känna/göra-mål.")]
    public bool TargetGroups { get; set; }

    [Display(Name = "De planövergripande målen")]
    [Description("Veta/känna/göra-mål som gäller hela planen.")]
    public bool Goals { get; set; }

    [Display(Name = "Budskapen")]
    [Description("Budskapen; deras koppling till målgrupper följer med om målgrupperna gör det.")]
    public bool Messages { get; set; }

    [Display(Name = "Kanalerna")]
    public bool Channels { get; set; }

    [Display(Name = "Riskerna")]
    public bool Risks { get; set; }

    [Display(Name = "De mätbara målen")]
    [Description("Mätbara mål, med utfall och uppnått nollställda.")]
    public bool MeasurableGoals { get; set; }

    [Display(Name = "Aktiviteter som inte är genomförda")]
    [Description("Aktiviteter som inte är genomförda eller inställda: som planerade, utan uppföljning, med tidpunkten tolkad på nytt mot den nya perioden.")]
    public bool Activities { get; set; }

    public bool Any => Texts || TargetGroups || Goals || Messages || Channels || Risks || MeasurableGoals || Activities;

    public static CarryOver Everything() => new()
    {
        Texts = true, TargetGroups = true, Goals = true, Messages = true, Channels = true, Risks = true, MeasurableGoals = true, Activities = true,
    };
}
