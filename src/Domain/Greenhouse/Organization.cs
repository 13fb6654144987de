namespace Partner.Domain.Greenhouse;

/// <summary>A Greenhouse customer using our assessments: every test, instance and key belongs to one.</summary>
public sealed class Organization
{
    public const int NameMaxLength = 200;

    private Organization()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Unique, as operators know the customer.</summary>
    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Organization Create(string name, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Organization { Id = Guid.CreateVersion7(now), Name = name.Trim(), CreatedAt = now };
    }
}
