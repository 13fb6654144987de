namespace Partner.Application.Common.Interfaces;

/// <summary>Failed authentications counted by every instance together; absent on SQLite, which serves one instance.</summary>
public interface IAuthenticationFailureStore
{
    /// <summary>The client's failures in its current window (0 when it has passed) and when the window began.</summary>
    Task<(int Failures, DateTimeOffset Since)> ReadAsync(string client, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken);

    Task<(int Failures, DateTimeOffset Since)> RecordFailureAsync(string client, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken);
}
