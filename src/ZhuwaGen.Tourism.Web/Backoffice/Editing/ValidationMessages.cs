using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Editing;

/// <summary>
/// The document validator's messages in the editor's language. The validator speaks English — it also answers the
/// Management API, whose clients expect Umbraco's English — so the back-office translates the messages an editor can
/// meet on a form. A message not in the table (a schema mistake, a malformed API value) stays as it is.
/// </summary>
public static class ValidationMessages
{
    private static readonly (Regex English, string Chinese)[] Table =
    [
        (Exact("Value cannot be empty."), "请填写这一项。"),
        (Exact("Enter a name."), "请填写标题。"),
        (new(@"^The name exceeds the maximum of (\d+) characters\.$"), "标题最多 $1 个字。"),
        (new(@"^The value exceeds the maximum of (\d+) characters\.$"), "最多 $1 个字。"),
        (Exact("Enter text."), "请填写文字。"),
        (Exact("Enter a valid e-mail address, such as name@example.com."), "请填写有效的电子邮件地址，例如 name@example.com。"),
        (Exact("Enter a date as yyyy-MM-dd, such as 2025-06-30."), "请按“年-月-日”填写日期，例如 2025-06-30。"),
        (new(@"^Enter a date and time in ISO-8601 form"), "请用日期时间选择器填写日期和时间。"),
        (new(@"^Enter a whole number between (.+) and (.+)\.$"), "请填写 $1 到 $2 之间的整数。"),
        (new(@"^Enter a whole number of at least (.+)\.$"), "请填写不小于 $1 的整数。"),
        (new(@"^Enter a whole number of at most (.+)\.$"), "请填写不大于 $1 的整数。"),
        (Exact("Enter a whole number."), "请填写整数。"),
        (new(@"^Enter a number between (.+) and (.+)\.$"), "请填写 $1 到 $2 之间的数字。"),
        (new(@"^Enter a number of at least (.+)\.$"), "请填写不小于 $1 的数字。"),
        (new(@"^Enter a number of at most (.+)\.$"), "请填写不大于 $1 的数字。"),
        (Exact("Enter a number."), "请填写数字。"),
        (Exact("Choose one option."), "请选择一项。"),
        (Exact("Choose only one option."), "只能选择一项。"),
        (Exact("Choose options from the list."), "请从列表中选择。"),
        (Exact("Choose true or false."), "请选择是或否。"),
        (Exact("Enter tags as a list of non-empty words."), "请填写标签，用逗号分隔。"),
        (Exact("Enter a URL name with letters, digits and hyphens only."), "网址名只能用字母、数字和连字符。"),
        (new(@"^Choose at least (\d+) items\.$"), "请至少选择 $1 项。"),
        (new(@"^Choose at most (\d+) items\.$"), "最多选择 $1 项。"),
        (new(@"^Choose at least (\d+) media items\.$"), "请至少选择 $1 张照片。"),
        (new(@"^Choose at most (\d+) media items\.$"), "最多选择 $1 张照片。"),
        (Exact("Choose only one media item."), "只能选择一张照片。"),
        (new(@"^Add at least (\d+) blocks\.$"), "请至少添加 $1 项。"),
        (new(@"^Add at most (\d+) blocks\.$"), "最多添加 $1 项。"),
        (new(@"^Enter at least (\d+) links\.$"), "请至少填写 $1 个链接。"),
        (new(@"^Enter at most (\d+) links\.$"), "最多填写 $1 个链接。"),
        (new(@"^Enter at least (\d+) text values\.$"), "请至少填写 $1 行。"),
        (new(@"^Enter at most (\d+) text values\.$"), "最多填写 $1 行。"),
        (new(@"^Link (\d+): enter a web address starting with https:// or http://"), "第 $1 个链接：请填写以 https:// 或 http:// 开头的网址（或 mailto:、tel:、以 / 开头的站内路径）。"),
        (new(@"^Block (\d+) uses an element type that is not allowed here\.$"), "第 $1 项的类型不能放在这里。"),
        (Exact("Choose a form (its key)."), "请选择一个表单。"),
        (new(@"^There is no form "), "这个表单不存在了，请重新选择。"),

        // The schema's own messages for an event's repeat rule and the dates it skips.
        (new(@"^An RRULE that repeats"), "重复方式不完整：间隔填 1–99，次数填 1–999，结束日期要选一天。"),
        (new(@"^Dates as YYYY-MM-DD separated by commas"), "请用日期选择器选择日期。"),
    ];

    /// <summary>The errors with their messages in the interface language (English ones are kept as they are).</summary>
    public static IReadOnlyList<PropertyValidationError> In(BackofficeText text, IReadOnlyList<PropertyValidationError> errors) =>
        text.Language == UiLanguage.English ? errors : errors.Select(e => e with { Message = In(text, e.Message) }).ToList();

    public static string In(BackofficeText text, string message)
    {
        if (text.Language == UiLanguage.English)
        {
            return message;
        }

        foreach (var (english, chinese) in Table)
        {
            var match = english.Match(message);
            if (match.Success)
            {
                return match.Result(chinese);
            }
        }

        return message;
    }

    private static Regex Exact(string message) => new("^" + Regex.Escape(message) + "$");
}
