using Newtonsoft.Json;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.DirectLine;

/// <summary>
/// An upload: the <c>activity</c> part (JSON, sent by clients as a blob of type
/// <c>application/vnd.microsoft.activity</c>) plus one <c>file</c> part per attachment, which becomes an attachment
/// whose <c>contentUrl</c> is a data URL.
/// </summary>
internal sealed record UploadedActivity(Activity? Activity, IResult? Error)
{
    public static async Task<UploadedActivity> ReadAsync(HttpRequest request, long maxFileBytes)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var activityJson = form.Files.GetFile("activity") is { } part ? await ReadTextAsync(part) : form["activity"].ToString();
        Activity? activity;
        try
        {
            activity = string.IsNullOrWhiteSpace(activityJson) ? new Activity(ActivityTypes.Message) : BotJson.Deserialize<Activity>(activityJson);
        }
        catch (JsonException exception)
        {
            return Failed(StatusCodes.Status400BadRequest, $"The 'activity' part is not a JSON activity: {exception.Message}");
        }

        activity ??= new Activity(ActivityTypes.Message);
        activity.Attachments = [];
        foreach (var file in form.Files.Where(f => f.Name != "activity"))
        {
            if (file.Length > maxFileBytes)
            {
                return Failed(StatusCodes.Status413PayloadTooLarge, $"'{file.FileName}' is {file.Length} bytes; files up to {maxFileBytes} bytes are accepted.");
            }

            activity.Attachments.Add(new Attachment(file.ContentType, await DataUrlAsync(file), name: file.FileName));
        }

        return new UploadedActivity(activity, null);
    }

    private static UploadedActivity Failed(int statusCode, string message) =>
        new(null, DirectLineResults.Error(statusCode, "BadArgument", message));

    private static async Task<string> ReadTextAsync(IFormFile file)
    {
        using var reader = new StreamReader(file.OpenReadStream());
        return await reader.ReadToEndAsync();
    }

    private static async Task<string> DataUrlAsync(IFormFile file)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var contentType = string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType;
        return $"data:{contentType};base64,{Convert.ToBase64String(buffer.ToArray())}";
    }
}
