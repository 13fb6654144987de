using MimeKit;

namespace Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

/// <summary>The e-mails the service wrote to its pickup directory (Email:PickupDirectory), one .eml per outbox message.</summary>
public static class PickedUpMail
{
    /// <summary>A pickup directory of its own for a host.</summary>
    public static string NewDirectory() => Path.Combine(Path.GetTempPath(), "partner-tests", "pickup-" + Guid.NewGuid().ToString("N"));

    /// <summary>The e-mails to <paramref name="to"/>, oldest first.</summary>
    public static IReadOnlyList<MimeMessage> To(string directory, string to) =>
        !Directory.Exists(directory) ? [] : [.. Directory.GetFiles(directory, "*.eml").Select(f => (File: f, Message: MimeMessage.Load(f)))
            .Where(m => m.Message.To.Mailboxes.Any(a => a.Address == to)).OrderBy(m => File.GetLastWriteTimeUtc(m.File)).Select(m => m.Message)];

    /// <summary>Waits until at least <paramref name="count"/> e-mails to <paramref name="to"/> are there, then gives them, oldest first.</summary>
    public static Task<IReadOnlyList<MimeMessage>> WaitForAsync(string directory, string to, int count, double timeoutSeconds = 10) =>
        GreenhouseApp.EventuallyAsync(() => Task.FromResult(To(directory, to)), m => m.Count >= count, timeoutSeconds);
}
