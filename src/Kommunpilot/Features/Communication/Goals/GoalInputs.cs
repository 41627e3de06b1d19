using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Kommunpilot.Features.Projects.Parts;
using Microsoft.AspNetCore.Mvc;

namespace Kommunpilot.Features.Communication.Goals;

// The forms of a know/feel/do goal, a measurable goal and a message. The pages bind them from their
// forms and the API reads them as JSON, so the lengths, required fields and Swedish messages are
// written once; the rules that need more than one field or the database are in GoalRules.

/// <summary>The form of one kind of plan item: it writes itself onto the item and carries the version it was loaded with.</summary>
public interface IPlanItemInput<in TItem>
{
    Guid? Version { get; set; }

    /// <summary>Where the item is listed; null puts a new item last and keeps a changed one's place.</summary>
    int? Order { get; }

    /// <summary>Copies the form's values, trimmed, onto the item.</summary>
    void ApplyTo(TItem item);
}

/// <summary>A know/feel/do goal (kunskaps-, attityd- eller motivationsmål): plan-wide, or for one target group.</summary>
public sealed class GoalInput : IPlanItemInput<CommunicationGoal>
{
    [Display(Name = "Målgrupp")]
    [Description("En målgrupp i samma plan; utelämnad gäller målet hela planen.")]
    public int? StakeholderId { get; set; }

    [Required(ErrorMessage = "Välj om målet gäller veta, känna eller göra.")]
    [Display(Name = "Veta, känna eller göra")]
    [JsonConverter(typeof(JsonStringEnumConverter<GoalAspect>))]
    [Description("Know (veta, kunskapsmål), Feel (känna, attitydmål) eller Do (göra, motivationsmål).")]
    public GoalAspect? Aspect { get; set; }

    [Required(ErrorMessage = "Skriv målet.")]
    [StringLength(CommunicationModel.MediumText, ErrorMessage = "Målet får vara högst 2 000 tecken.")]
    [Display(Name = "Mål")]
    public string? Text { get; set; }

    [Range(0, 9999, ErrorMessage = "Ordningen ska vara ett heltal från 0 till 9 999.")]
    [Display(Name = "Ordning")]
    [Description("Var målet visas; utelämnad läggs ett nytt mål sist och ett ändrat behåller sin plats.")]
    public int? Order { get; set; }

    [Description("Den version du läste; krävs vid ändring.")]
    public Guid? Version { get; set; }

    public static GoalInput From(CommunicationGoal g) => new()
    {
        StakeholderId = g.StakeholderId,
        Aspect = g.Aspect,
        Text = g.Text,
        Order = g.Order,
        Version = g.Version,
    };

    public void ApplyTo(CommunicationGoal g)
    {
        g.StakeholderId = StakeholderId;
        g.Aspect = Aspect ?? g.Aspect;
        g.Text = Text?.Trim() ?? "";
        g.Order = Order ?? g.Order;
    }
}

/// <summary>A measurable goal (002 2.3): quantitative with a target ("2 konferenser") or qualitative (achieved or not).</summary>
public sealed class MeasurableGoalInput : IPlanItemInput<MeasurableGoal>
{
    [Required(ErrorMessage = "Skriv målet.")]
    [StringLength(CommunicationModel.MediumText, ErrorMessage = "Målet får vara högst 2 000 tecken.")]
    [Display(Name = "Mål")]
    public string? Text { get; set; }

    [Required(ErrorMessage = "Välj om målet är kvantitativt eller kvalitativt.")]
    [Display(Name = "Typ av mål")]
    [JsonConverter(typeof(JsonStringEnumConverter<MeasureKind>))]
    [Description("Quantitative (ett målvärde, t.ex. 2 konferenser) eller Qualitative (uppnått eller inte).")]
    public MeasureKind? Kind { get; set; }

    [Display(Name = "Målvärde")]
    [ModelBinder(typeof(DecimalBinder))]
    [Description("Krävs för ett kvantitativt mål och ska vara större än noll; ett kvalitativt mål har inget.")]
    public decimal? Target { get; set; }

    [StringLength(CommunicationModel.ShortText, ErrorMessage = "Enheten får vara högst 200 tecken.")]
    [Display(Name = "Enhet")]
    [Description("T.ex. \"konferenser\" eller \"unika besökare\"; bara för kvantitativa mål.")]
    public string? Unit { get; set; }

    [Display(Name = "Framsteg hittills")]
    [ModelBinder(typeof(DecimalBinder))]
    [Description("Framsteg som förts in för hand (t.ex. besökare enligt webbstatistiken); genomförda aktiviteter läggs till. Inte negativt.")]
    public decimal? ManualProgress { get; set; }

    [Display(Name = "Uppnått")]
    [Description("För ett kvalitativt mål: om det är uppnått.")]
    public bool Achieved { get; set; }

    [Display(Name = "Senast")]
    [ModelBinder(typeof(IsoDateBinder))]
    public DateOnly? Deadline { get; set; }

    [StringLength(CommunicationModel.MediumText, ErrorMessage = "Kommentaren får vara högst 2 000 tecken.")]
    [Display(Name = "Kommentar")]
    public string? Comment { get; set; }

    [Range(0, 9999, ErrorMessage = "Ordningen ska vara ett heltal från 0 till 9 999.")]
    [Display(Name = "Ordning")]
    public int? Order { get; set; }

    [Description("Den version du läste; krävs vid ändring.")]
    public Guid? Version { get; set; }

    public static MeasurableGoalInput From(MeasurableGoal g) => new()
    {
        Text = g.Text,
        Kind = g.Kind,
        Target = g.Target,
        Unit = g.Unit,
        ManualProgress = g.ManualProgress,
        Achieved = g.Achieved,
        Deadline = g.Deadline,
        Comment = g.Comment,
        Order = g.Order,
        Version = g.Version,
    };

    /// <summary>Copies the form onto the goal. Whether it is achieved is said only of a qualitative goal; a quantitative one is achieved by its figures.</summary>
    public void ApplyTo(MeasurableGoal g)
    {
        g.Text = Text?.Trim() ?? "";
        g.Kind = Kind ?? g.Kind;
        g.Target = Target;
        g.Unit = Clean(Unit);
        g.ManualProgress = ManualProgress;
        g.Achieved = g.Kind == MeasureKind.Qualitative && Achieved;
        g.Deadline = Deadline;
        g.Comment = Clean(Comment);
        g.Order = Order ?? g.Order;
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A message (budskap): numbered per priority class (002) and/or as why/what/feeling/how (004), for a priority class, named target groups or all.</summary>
public sealed class MessageInput : IPlanItemInput<PlanMessage>
{
    [Range(1, 9999, ErrorMessage = "Numret ska vara ett heltal från 1 till 9 999.")]
    [Display(Name = "Nummer")]
    [Description("Budskapets nummer i planen (1, 2 ...); unikt i planen när det anges.")]
    public int? Number { get; set; }

    [Display(Name = "Prioritet")]
    [JsonConverter(typeof(JsonStringEnumConverter<StakeholderPriority>))]
    [Description("Core, Primary eller Secondary: budskapet till en prioritetsklass. Utelämnad: till de namngivna målgrupperna, eller till alla.")]
    public StakeholderPriority? Priority { get; set; }

    [Display(Name = "Målgrupper")]
    [Description("Id:n för målgrupper i samma plan.")]
    public List<int> StakeholderIds
    {
        get => _stakeholderIds;
        set => _stakeholderIds = value ?? []; // "stakeholderIds": null is the same as none
    }

    private List<int> _stakeholderIds = [];

    [StringLength(CommunicationModel.MediumText, ErrorMessage = "Budskapet får vara högst 2 000 tecken.")]
    [Display(Name = "Budskap")]
    public string? Text { get; set; }

    [StringLength(CommunicationModel.MediumText, ErrorMessage = "Varför får vara högst 2 000 tecken.")]
    [Display(Name = "Varför – så att jag förstår")]
    public string? Why { get; set; }

    [StringLength(CommunicationModel.MediumText, ErrorMessage = "Vad får vara högst 2 000 tecken.")]
    [Display(Name = "Vad – så att jag vet")]
    public string? What { get; set; }

    [StringLength(CommunicationModel.MediumText, ErrorMessage = "Din känsla får vara högst 2 000 tecken.")]
    [Display(Name = "Din känsla – så att jag tror på dig")]
    public string? Feeling { get; set; }

    [StringLength(CommunicationModel.MediumText, ErrorMessage = "Hur får vara högst 2 000 tecken.")]
    [Display(Name = "Hur – så att jag förstår vad det innebär")]
    public string? How { get; set; }

    [StringLength(CommunicationModel.MediumText, ErrorMessage = "Förtydligandet får vara högst 2 000 tecken.")]
    [Display(Name = "Förtydligande")]
    public string? Clarification { get; set; }

    [StringLength(CommunicationModel.MediumText, ErrorMessage = "Den förväntade effekten får vara högst 2 000 tecken.")]
    [Display(Name = "Förväntad effekt")]
    public string? ExpectedEffect { get; set; }

    [Range(0, 9999, ErrorMessage = "Ordningen ska vara ett heltal från 0 till 9 999.")]
    [Display(Name = "Ordning")]
    public int? Order { get; set; }

    [Description("Den version du läste; krävs vid ändring.")]
    public Guid? Version { get; set; }

    public static MessageInput From(PlanMessage m) => new()
    {
        Number = m.Number,
        Priority = m.Priority,
        StakeholderIds = [.. m.Stakeholders.Select(s => s.StakeholderId).Order()],
        Text = m.Text,
        Why = m.Why,
        What = m.What,
        Feeling = m.Feeling,
        How = m.How,
        Clarification = m.Clarification,
        ExpectedEffect = m.ExpectedEffect,
        Order = m.Order,
        Version = m.Version,
    };

    /// <summary>Copies the form onto the message; the target groups are replaced by the chosen ones (the message's links must be loaded).</summary>
    public void ApplyTo(PlanMessage m)
    {
        m.Number = Number;
        m.Priority = Priority;
        m.Text = MeasurableGoalInput.Clean(Text);
        m.Why = MeasurableGoalInput.Clean(Why);
        m.What = MeasurableGoalInput.Clean(What);
        m.Feeling = MeasurableGoalInput.Clean(Feeling);
        m.How = MeasurableGoalInput.Clean(How);
        m.Clarification = MeasurableGoalInput.Clean(Clarification);
        m.ExpectedEffect = MeasurableGoalInput.Clean(ExpectedEffect);
        m.Order = Order ?? m.Order;
        var wanted = StakeholderIds.Distinct().ToHashSet();
        m.Stakeholders.RemoveAll(s => !wanted.Contains(s.StakeholderId));
        foreach (var id in wanted.Where(id => m.Stakeholders.All(s => s.StakeholderId != id)).Order())
        {
            m.Stakeholders.Add(new MessageStakeholder { StakeholderId = id });
        }
    }
}
