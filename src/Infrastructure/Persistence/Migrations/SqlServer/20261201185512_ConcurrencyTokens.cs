using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partner.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// Concurrency tokens, so that a race answers as a sequential repeat would: OutboxMessages.State (a replay checks that
    /// the message is still dead), Connections.DeletedAt and OrganizationApiKeys.RevokedAt (a delete or revoke checks that
    /// nobody did it first). EF's model only: the schema does not change.
    /// </summary>
    public partial class ConcurrencyTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
