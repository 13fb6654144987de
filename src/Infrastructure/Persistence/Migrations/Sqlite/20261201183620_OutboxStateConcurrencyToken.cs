using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partner.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// OutboxMessages.State becomes a concurrency token (a replay's update checks the state it read). That is EF's model
    /// only: the schema does not change.
    /// </summary>
    public partial class OutboxStateConcurrencyToken : Migration
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
