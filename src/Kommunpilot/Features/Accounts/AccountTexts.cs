namespace Kommunpilot.Features.Accounts;

/// <summary>
/// Marker for the account pages' texts (activation, own account). The Swedish text is the key;
/// <c>AccountTexts.en.resx</c> beside this file holds the English.
/// </summary>
public sealed class AccountTexts;
