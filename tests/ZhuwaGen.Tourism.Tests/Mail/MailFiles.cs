namespace ZhuwaGen.Tourism.Tests.Mail;

/// <summary>Mail is sent after the request, from a queue: tests wait for the pickup file instead of expecting it at once.</summary>
public static class MailFiles
{
    public static async Task<string> WaitForOneAsync(string pickup)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            // The sender makes the folder with the first mail, so it may not exist yet.
            if (Directory.Exists(pickup) && Directory.GetFiles(pickup, "*.eml") is [var file, ..])
            {
                return file;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No .eml file appeared in {pickup} within 10 s.");
    }
}
