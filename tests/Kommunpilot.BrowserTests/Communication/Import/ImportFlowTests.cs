using ClosedXML.Excel;
using Kommunpilot.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Communication.Import;

/// <summary>
/// Importing an activity plan in the browser: the upload form, a file that is not Excel, a preview
/// full of problems, the column choice and the names to create, the import and its result, each
/// scanned by axe. Runs on a sample plan of its own in Åmål.
/// </summary>
public sealed class ImportFlowTests(BrowserFixture app)
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static FilePayload Xlsx(string name, string[] header, params object?[][] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Aktivitetsplan");
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(header[c]);
        }
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                switch (rows[r][c])
                {
                    case string text when text.StartsWith('='):
                        cell.FormulaA1 = text[1..];
                        break;
                    case string text:
                        cell.SetValue(text);
                        break;
                    case int number:
                        cell.SetValue(number);
                        break;
                }
            }
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return new FilePayload { Name = name, MimeType = XlsxType, Buffer = stream.ToArray() };
    }

    private static async Task UploadAsync(IPage page, FilePayload file)
    {
        await page.GetByLabel("Excel-fil (.xlsx)").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Förhandsgranska", Exact = true }).ClickAsync();
    }

    [Fact]
    public async Task A_plan_is_uploaded_previewed_with_its_problems_corrected_and_imported()
    {
        var planId = await app.SamplePlanAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/kommunikation/{planId}/import");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Importera från Excel");
        await page.AssertAccessibleAsync();

        // A text file with an Excel name: refused by the upload field, with the reason.
        await UploadAsync(page, new FilePayload { Name = "aktivitetsplan.xlsx", MimeType = XlsxType, Buffer = "Aktivitet;Budskap\nMöte;Info\n"u8.ToArray() });
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Filen är inte en Excel-fil (.xlsx).");
        await Assertions.Expect(page.GetByLabel("Excel-fil (.xlsx)")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("import-upload-refused");

        // A file with a formula, negative hours, an unknown status and a timing nobody can read.
        await UploadAsync(page, Xlsx("med-fel.xlsx", ["Aktivitet", "Tidpunkt", "Målgrupp", "Tid i h", "Status"],
            ["Information till styrgruppen", "juni 2023", "Styrgruppen", 2, "Planerad"],
            ["Nyhetsbrev", "när det passar", "Medarbetare", -3, null],
            ["Workshop", "hösten 2023", "Pilotverksamheter", "=1+1", "Klar"]));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Förhandsgranskning av med-fel.xlsx" })).ToBeVisibleAsync();
        var errors = page.Locator("#errors");
        await Assertions.Expect(errors).ToContainTextAsync("3 fel måste rättas innan importen");
        await Assertions.Expect(errors).ToContainTextAsync("Cellen D3: timmar kan inte vara negativa.");
        await Assertions.Expect(errors).ToContainTextAsync("Cellen D4 innehåller en formel; skriv värdet i stället.");
        await Assertions.Expect(page.Locator("#warnings")).ToContainTextAsync("Tidpunkten kunde inte tolkas");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Importera 3 aktiviteter" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("import-preview-with-problems");

        // The corrected file, with a column whose header is not a usual one.
        await page.GetByRole(AriaRole.Link, new() { Name = "Ladda upp en annan fil" }).ClickAsync();
        await UploadAsync(page, Xlsx("aktivitetsplan.xlsx", ["Aktivitet", "Tidpunkt", "Målgrupp", "Kanal", "Ansvarig", "Beräknad tid"],
            ["Information till styrgruppen", "juni 2023", "Styrgruppen", "Fysiskt möte", "Pål Svensson", 2],
            ["Nyhetsbrev om piloten", "när det passar", "Medarbetare, Pilotverksamheter", "Nyhetsbrev", "Pål Svensson\nAnnelie Thögerson", 3],
            ["Workshop med pilotverksamheterna", "hösten 2023", "Pilotverksamheter", "Fysiskt möte/ digitalt möte", "Annelie Thögerson", 6]));
        await page.GetByLabel("Kolumn F: Beräknad tid").SelectOptionAsync("PlannedHours");
        await page.GetByLabel("Skapa saknade målgrupper, kanaler och ansvariga").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Förhandsgranska igen" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Kolumn F: Beräknad tid")).ToHaveValueAsync("PlannedHours");
        await Assertions.Expect(page.GetByLabel("Skapa saknade målgrupper, kanaler och ansvariga")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("2023-08-01 – 2023-12-31");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("import-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Importera 3 aktiviteter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("3 aktiviteter importerades till aktivitetsplanen.");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Till aktivitetsplanen" })).ToHaveAttributeAsync("href", $"/kommunikation/{planId}/aktiviteter");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("import-result");
    }
}
