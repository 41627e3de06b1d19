namespace Kommunpilot.Features.Communication.Register.Risks;

/// <summary>The rules of a risk, one set for the pages and the API: a description, the lengths, known levels.</summary>
public static class RiskRules
{
    public static Task<List<RegisterError>> CheckAsync(RiskInput input) => Task.FromResult(RegisterValidation.Check(input));
}

/// <summary>
/// A risk's level: likelihood times consequence (1–9), in words: low (1–2), medium (3–4) or high (6–9).
/// Without both there is no level.
/// </summary>
public sealed record RiskLevel(int Score, Level Level)
{
    public static RiskLevel? Of(Level? likelihood, Level? consequence)
    {
        if (likelihood is not { } l || consequence is not { } c || !Enum.IsDefined(l) || !Enum.IsDefined(c))
        {
            return null;
        }
        var score = (int)l * (int)c;
        return new(score, score switch { <= 2 => Level.Low, <= 4 => Level.Medium, _ => Level.High });
    }

    /// <summary>The Bootstrap badge that shows it (the text says the level too, so colour is not the only sign).</summary>
    public string Badge => Level switch
    {
        Level.High => "text-bg-danger",
        Level.Medium => "text-bg-warning",
        _ => "text-bg-success",
    };
}
