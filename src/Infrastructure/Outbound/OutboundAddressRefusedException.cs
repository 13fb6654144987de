namespace Partner.Infrastructure.Outbound;

public sealed class OutboundAddressRefusedException(string message) : IOException(message)
{
    /// <summary>The refusal inside an HttpClient failure (the connect callback's exception is its inner exception).</summary>
    public static OutboundAddressRefusedException? Find(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is OutboundAddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
