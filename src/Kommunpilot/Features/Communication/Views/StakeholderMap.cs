namespace Kommunpilot.Features.Communication.Views;

/// <summary>The four fields of the influence × interest grid.</summary>
public enum Quadrant
{
    /// <summary>Hantera nära: high influence, high interest.</summary>
    ManageClosely,
    /// <summary>Håll nöjda: high influence, low interest.</summary>
    KeepSatisfied,
    /// <summary>Håll informerade: low influence, high interest.</summary>
    KeepInformed,
    /// <summary>Övervaka: low influence, low interest.</summary>
    Monitor,
}

public sealed record Box(double X, double Y, double Width, double Height);

/// <summary>A name in a cell: where its marker and first line go, and the lines shown (a long name takes two
/// lines, a very long one is shortened; the table has them whole).</summary>
public sealed record PlacedName(GroupFact Group, double X, double Y, IReadOnlyList<string> Lines);

public sealed record MapCell(Level Influence, Level Interest, Box Box, IReadOnlyList<PlacedName> Names);

public sealed record QuadrantArea(Quadrant Quadrant, Box Box);

/// <summary>
/// The stakeholder grid as a picture: interest along, influence up, three levels each. A level of
/// medium or high counts as high when naming the field, so a group with medium influence and high
/// interest is managed closely. Names in the same cell are stacked; each row of cells is tall enough
/// for its fullest cell. Positions are in the SVG's own units.
/// </summary>
public sealed class StakeholderMap
{
    public const double Left = 120;
    public const double Top = 10;
    public const double CellWidth = 280;
    public const double LabelSpace = 34;
    /// <summary>The space of a name's first line; each further line of the same name takes <see cref="WrapHeight"/>.</summary>
    public const double LineHeight = 24;
    public const double WrapHeight = 17;
    public const double MinCellHeight = 140;
    public const double Bottom = 70;
    /// <summary>Characters on a line of a name: what fits a cell at the map's font size.</summary>
    public const int LineLength = 28;

    private static readonly Level[] Levels = [Level.Low, Level.Medium, Level.High];

    /// <summary>The groups with both influence and interest, in the register's order.</summary>
    public IReadOnlyList<GroupFact> Placed { get; }
    /// <summary>Groups missing influence, interest or both.</summary>
    public IReadOnlyList<GroupFact> Unplaced { get; }
    public IReadOnlyList<MapCell> Cells { get; }
    public IReadOnlyList<QuadrantArea> Quadrants { get; }
    /// <summary>The top of each influence row (high first) and its height.</summary>
    public IReadOnlyDictionary<Level, (double Y, double Height)> Rows { get; }
    public double GridWidth => CellWidth * 3;
    public double GridHeight { get; }
    public double Width => Left + GridWidth + 10;
    public double Height => Top + GridHeight + Bottom;

    public StakeholderMap(IReadOnlyList<GroupFact> groups)
    {
        Placed = [.. groups.Where(g => g.Influence is not null && g.Interest is not null)];
        Unplaced = [.. groups.Where(g => g.Influence is null || g.Interest is null)];

        var byCell = Placed.ToLookup(g => (g.Influence!.Value, g.Interest!.Value));
        var rows = new Dictionary<Level, (double Y, double Height)>();
        var y = Top;
        foreach (var influence in Levels.Reverse())
        {
            var most = Levels.Max(interest => byCell[(influence, interest)].Sum(g => NameHeight(Lines(g.Name))));
            var height = Math.Max(MinCellHeight, LabelSpace + most + 10);
            rows[influence] = (y, height);
            y += height;
        }
        Rows = rows;
        GridHeight = y - Top;

        var cells = new List<MapCell>();
        foreach (var influence in Levels.Reverse())
        {
            foreach (var interest in Levels)
            {
                var box = CellBox(influence, interest);
                var names = new List<PlacedName>();
                var top = box.Y + LabelSpace;
                foreach (var g in byCell[(influence, interest)])
                {
                    var lines = Lines(g.Name);
                    names.Add(new PlacedName(g, box.X + 16, top + LineHeight / 2, lines));
                    top += NameHeight(lines);
                }
                cells.Add(new MapCell(influence, interest, box, names));
            }
        }
        Cells = cells;

        Quadrants = [.. Enum.GetValues<Quadrant>().Select(q =>
        {
            var boxes = cells.Where(c => QuadrantOf(c.Influence, c.Interest) == q).Select(c => c.Box).ToList();
            var x0 = boxes.Min(b => b.X);
            var y0 = boxes.Min(b => b.Y);
            return new QuadrantArea(q, new Box(x0, y0, boxes.Max(b => b.X + b.Width) - x0, boxes.Max(b => b.Y + b.Height) - y0));
        })];
    }

    public Box CellBox(Level influence, Level interest) =>
        new(Left + ((int)interest - 1) * CellWidth, Rows[influence].Y, CellWidth, Rows[influence].Height);

    /// <summary>The field a group belongs to; medium counts as high.</summary>
    public static Quadrant QuadrantOf(Level influence, Level interest) => (influence >= Level.Medium, interest >= Level.Medium) switch
    {
        (true, true) => Quadrant.ManageClosely,
        (true, false) => Quadrant.KeepSatisfied,
        (false, true) => Quadrant.KeepInformed,
        _ => Quadrant.Monitor,
    };

    public static string NameOf(Quadrant q) => q switch
    {
        Quadrant.ManageClosely => "Hantera nära",
        Quadrant.KeepSatisfied => "Håll nöjda",
        Quadrant.KeepInformed => "Håll informerade",
        _ => "Övervaka",
    };

    private static double NameHeight(IReadOnlyList<string> lines) => LineHeight + (lines.Count - 1) * WrapHeight;

    /// <summary>A name on one line, or broken between words over two; what does not fit ends in "…".</summary>
    public static IReadOnlyList<string> Lines(string name)
    {
        name = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name.Length <= LineLength)
        {
            return [name];
        }
        var cut = name.LastIndexOf(' ', LineLength);
        if (cut <= 0)
        {
            cut = LineLength - 1;
        }
        var first = name[..cut].TrimEnd();
        var rest = name[cut..].Trim();
        return [first, rest.Length <= LineLength ? rest : rest[..(LineLength - 1)].TrimEnd() + "…"];
    }
}
