using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Partner.Infrastructure.Persistence;

namespace Partner.WebApi.FunctionalTests.Persistence;

/// <summary>
/// Makes a race certain: once, when a save matches <paramref name="when"/>, another request's write lands through its own
/// context just before it. The write must be set-based (ExecuteUpdate / ExecuteDelete): a save would queue behind the
/// one that holds SQLite's write gate.
/// </summary>
internal sealed class WriteFirst(Func<DbContext, bool> when, Func<DbContext, ApplicationDbContext, Task<int>> write) : SaveChangesInterceptor
{
    public IServiceProvider Services { get; set; } = null!;

    public bool Fired { get; private set; }

    /// <summary>The one entity of type <typeparamref name="T"/> the save is about to write in <paramref name="state"/>.</summary>
    public static T Saving<T>(DbContext context, EntityState state) where T : class =>
        context.ChangeTracker.Entries<T>().Single(e => e.State == state).Entity;

    /// <summary>Whether the save is about to write an entity of type <typeparamref name="T"/> in <paramref name="state"/>.</summary>
    public static bool Writes<T>(DbContext context, EntityState state) where T : class =>
        context.ChangeTracker.Entries<T>().Any(e => e.State == state);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (!Fired && when(eventData.Context!))
        {
            Fired = true;
            await using var scope = Services.CreateAsyncScope();
            await write(eventData.Context!, scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
        }

        return result;
    }
}
