using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PolicyRules.Bot.Hosting;

namespace PolicyRules.Bot.DirectLine;

/// <summary>The Direct Line secret: configured, or generated once and kept in the data directory.</summary>
internal sealed class DirectLineSecret
{
    private const string FileName = "directline.secret";

    public DirectLineSecret(IOptions<DirectLineOptions> options, IOptions<BotHostOptions> host, ILogger<DirectLineSecret> logger)
    {
        Value = string.IsNullOrWhiteSpace(options.Value.Secret) ? LoadOrCreate(host.Value.DataDirectory, logger) : options.Value.Secret;
        SigningKey = SHA256.HashData(Encoding.UTF8.GetBytes("policyrules/directline/token-signing:" + Value));
    }

    public string Value { get; }

    /// <summary>The HMAC key that tokens are signed with, derived from the secret.</summary>
    public byte[] SigningKey { get; }

    public bool Matches(string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(Value));

    private static string LoadOrCreate(string directory, ILogger logger)
    {
        var path = Path.Combine(directory, FileName);
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(directory);
        var secret = Base64Url.Encode(RandomNumberGenerator.GetBytes(32));

        // Readable and writable by the service's own user only (0600), from the moment it exists.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, System.Text.Encoding.UTF8, options))
        {
            writer.Write(secret);
        }

        logger.LogWarning("DirectLine:Secret is not configured; generated one in {Path}. Set DirectLine__Secret in production.", path);
        return secret;
    }
}
