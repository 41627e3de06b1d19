using Kommunpilot.Features.Accounts;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Infrastructure.Localization;

/// <summary>
/// Every feature's texts, for messages that do not know which feature they belong to (validation
/// messages and display names on input models): the first that has an English text wins.
/// </summary>
public static class TextCatalog
{
    public static readonly Type[] All =
    [
        typeof(ProjectTexts),
        typeof(Features.Projects.Parts.PartsTexts),
        typeof(Features.Communication.Plans.PlanTexts),
        typeof(Features.Communication.Register.RegisterTexts),
        typeof(Features.Communication.Goals.GoalTexts),
        typeof(Features.Communication.Activities.ActivityTexts),
        typeof(Features.Communication.Views.ViewTexts),
        typeof(Features.Communication.Import.ImportTexts),
        typeof(Features.Communication.Documents.DocumentTexts),
        typeof(Features.Communication.CommunicationTexts),
        typeof(Features.FollowUp.Kpis.KpiTexts),
        typeof(Features.FollowUp.Measurements.MeasurementTexts),
        typeof(Features.FollowUp.Kolada.KoladaTexts),
        typeof(Features.FollowUp.Calendar.CalendarTexts),
        typeof(Features.FollowUp.Reports.ReportTexts),
        typeof(Features.FollowUp.FollowUpTexts),
        typeof(OrganizationTexts),
        typeof(AccountTexts),
        typeof(SharedTexts),
    ];

    public static IStringLocalizer Create(IStringLocalizerFactory factory) =>
        new CompositeLocalizer([.. All.Select(factory.Create)]);

    private sealed class CompositeLocalizer(IReadOnlyList<IStringLocalizer> localizers) : IStringLocalizer
    {
        public LocalizedString this[string name] => Find(l => l[name]) ?? new LocalizedString(name, name, resourceNotFound: true);

        public LocalizedString this[string name, params object[] arguments] =>
            Find(l => l[name, arguments]) ?? new LocalizedString(name, string.Format(System.Globalization.CultureInfo.CurrentCulture, name, arguments), resourceNotFound: true);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
            localizers.SelectMany(l => l.GetAllStrings(includeParentCultures));

        private LocalizedString? Find(Func<IStringLocalizer, LocalizedString> lookup)
        {
            foreach (var localizer in localizers)
            {
                var result = lookup(localizer);
                if (!result.ResourceNotFound)
                {
                    return result;
                }
            }
            return null;
        }
    }
}
