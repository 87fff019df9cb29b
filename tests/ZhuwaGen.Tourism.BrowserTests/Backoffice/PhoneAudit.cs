using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ZhuwaGen.Tourism.BrowserTests.Backoffice;

/// <summary>The checks every back-office screen passes on the phone: a screenshot, the touch-target audit and axe.</summary>
public static class PhoneAudit
{
    public static async Task AssertScreenAsync(BackofficeBrowserSite site, IPage page, string name)
    {
        await site.ShotAsync(page, name);
        var small = await page.EvaluateAsync<JsonElement>(TouchTargetAudit);
        Assert.True(small.GetArrayLength() == 0, $"{name}: targets under 44×44: {small}");

        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, $"{name}: {string.Join("\n", serious)}");
    }

    // Every visible tappable element, measured as the finger meets it: a check box or radio by its label, which
    // toggles it too. Links inside running text would be exempt under WCAG 2.5.8; these screens have none.
    private const string TouchTargetAudit = """
        () => {
          const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])';
          const small = [];
          for (const element of document.querySelectorAll(selector)) {
            const style = getComputedStyle(element);
            if (style.visibility === 'hidden' || style.display === 'none') continue;
            const target = (element.type === 'checkbox' || element.type === 'radio') && element.closest('label') ? element.closest('label') : element;
            const box = target.getBoundingClientRect();
            if (box.width === 0 || box.height === 0 || box.right <= 0 || box.bottom <= 0) continue;
            if (box.width < 44 || box.height < 44) small.push(`${element.tagName.toLowerCase()} "${(element.textContent || element.name || '').trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`);
          }
          return small;
        }
        """;
}
