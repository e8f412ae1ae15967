using Microsoft.Extensions.Options;
using Npgsql;

namespace PolicyRules.Bot.Hosting;

/// <summary>The host's one Npgsql data source (a connection pool), created on first use and disposed with the host.</summary>
internal sealed class PostgresDataSource(IOptions<StorageOptions> options) : IDisposable
{
    private readonly Lazy<NpgsqlDataSource> _dataSource = new(() => NpgsqlDataSource.Create(options.Value.PostgresConnectionString!));

    public NpgsqlDataSource DataSource => _dataSource.Value;

    public void Dispose()
    {
        if (_dataSource.IsValueCreated)
        {
            _dataSource.Value.Dispose();
        }
    }
}
