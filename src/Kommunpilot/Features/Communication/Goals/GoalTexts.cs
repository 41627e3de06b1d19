namespace Kommunpilot.Features.Communication.Goals;

/// <summary>
/// Marker for the texts of the communication goal and message pages (know/feel/do, measurable goals, progress, messages). The Swedish text is the key;
/// <c>GoalTexts.en.resx</c> beside this file holds the English.
/// </summary>
public sealed class GoalTexts;
