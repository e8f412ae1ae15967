using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>Calls to the REST API and what came back: status, media type, body as text and as JSON.</summary>
internal sealed record ApiResponse(HttpStatusCode Status, string? MediaType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public JsonElement Program(string id) => Json.GetProperty("programs").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);

    public static async Task<ApiResponse> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());

    public static async Task<ApiResponse> PostAsync(HttpClient client, string path, string json, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.Add(StringWithQualityHeaderValue.Parse(acceptLanguage));
        }

        using var response = await client.SendAsync(request);
        return await ReadAsync(response);
    }

    public static async Task<ApiResponse> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return await ReadAsync(response);
    }
}
