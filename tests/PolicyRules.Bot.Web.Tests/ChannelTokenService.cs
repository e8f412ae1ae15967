using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json.Linq;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>
/// Azure Bot Service's side of channel authentication, offline: an OpenID metadata document and its key set on a local
/// port, and tokens signed with a key of its own, as a channel sends them with each activity.
/// </summary>
public sealed class ChannelTokenService : IAsyncLifetime
{
    public const string Issuer = "https://api.botframework.test";
    public const string AppId = "5a1e5c1b-policyrules-test-bot";
    public const string EndorsedChannel = "msteams";

    private readonly List<SigningKey> _published = [new SigningKey("key-1", RSA.Create(2048), [EndorsedChannel, "webchat"])];
    private WebApplication? _app;
    private int _keySetRequests;

    /// <summary>How often the key set has been fetched.</summary>
    public int KeySetRequests => Volatile.Read(ref _keySetRequests);

    public string MetadataUrl { get; private set; } = string.Empty;

    /// <summary>The host's <c>Channels</c> settings for this service.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Channels:AppId"] = AppId,
        ["Channels:OpenIdMetadataUrl"] = MetadataUrl,
        ["Channels:ValidIssuers:0"] = Issuer,
    };

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/v1/.well-known/openidconfiguration", (HttpRequest request) => Json(new JObject
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = $"{request.Scheme}://{request.Host}/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new JArray(SecurityAlgorithms.RsaSha256),
            ["token_endpoint_auth_methods_supported"] = new JArray("private_key_jwt"),
        }));
        _app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref _keySetRequests);
            lock (_published)
            {
                return Json(new JObject { ["keys"] = new JArray(_published.Select(key => key.Published())) });
            }
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        MetadataUrl = $"{address.TrimEnd('/')}/v1/.well-known/openidconfiguration";
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        foreach (var key in _published)
        {
            key.Rsa.Dispose();
        }
    }

    /// <summary>
    /// Publishes a new key beside the old ones, as Azure does before it starts signing with it, endorsing
    /// <paramref name="endorsements"/> (or, when null, listing no endorsements at all).
    /// </summary>
    public SigningKey RollOver(string[]? endorsements)
    {
        var key = new SigningKey($"key-{_published.Count + 1}", RSA.Create(2048), endorsements);
        lock (_published)
        {
            _published.Add(key);
        }

        return key;
    }

    /// <summary>
    /// A token as a channel sends it at <paramref name="now"/>: valid for an hour, for <see cref="AppId"/>, naming
    /// <paramref name="serviceUrl"/>; <paramref name="change"/> spoils it in one way.
    /// </summary>
    public string Sign(DateTimeOffset now, string serviceUrl, Action<SecurityTokenDescriptor>? change = null, SigningKey? key = null)
    {
        var signer = key ?? _published[0];
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = AppId,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.UtcDateTime.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signer.Rsa) { KeyId = signer.Id }, SecurityAlgorithms.RsaSha256),
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private static IResult Json(JObject body) => Results.Text(body.ToString(), "application/json");

    /// <summary>A key of the service: its id, its RSA pair, and the channels it signs for.</summary>
    public sealed record SigningKey(string Id, RSA Rsa, string[]? Endorsements)
    {
        public JObject Published()
        {
            var parameters = Rsa.ExportParameters(includePrivateParameters: false);
            var published = new JObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = Id,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (Endorsements is not null)
            {
                published["endorsements"] = new JArray(Endorsements);
            }

            return published;
        }
    }
}
