namespace Kommunpilot.Features.FollowUp;

/// <summary>
/// Marker for texts shared by every follow-up page: the labels of <see cref="FollowUpLabels"/>, the
/// status rule of <see cref="KpiStatus"/> and the follow-up navigation. <c>FollowUpTexts.en.resx</c> holds the English.
/// </summary>
public sealed class FollowUpTexts;
