using PolicyRules.Screening.Batch;

namespace PolicyRules.Bot.Api;

/// <summary>
/// The streamed response of <c>POST /api/screen</c>: each result written as soon as it and every row before it is
/// screened, and sent at least every <see cref="FlushEvery"/>. Once the first bytes are out the status cannot change,
/// so a body cut short by the size limit ends the response by aborting it: the client sees a broken stream, never a
/// partial list passed off as whole.
/// </summary>
internal sealed class ScreenResults(ICaseTable table, BatchScreener screener, ResultColumns columns, bool csv, TimeProvider time) : IResult
{
    /// <summary>How long a result may wait in the writer's buffer before it is sent.</summary>
    private static readonly TimeSpan FlushEvery = TimeSpan.FromMilliseconds(200);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var cancellation = httpContext.RequestAborted;
        response.ContentType = csv ? $"{ScreenEndpoint.Csv}; charset=utf-8" : ScreenEndpoint.JsonLines;
        await using var text = new StreamWriter(response.Body, leaveOpen: true);
        await using var writer = csv ? new CsvScreeningWriter(text, columns) : (IScreeningWriter)new JsonLinesScreeningWriter(text);
        try
        {
            var flushed = time.GetTimestamp();
            await foreach (var row in screener.ScreenAsync(table.ReadRowsAsync(cancellation), cancellation))
            {
                await writer.WriteAsync(row, cancellation);
                if (time.GetElapsedTime(flushed) >= FlushEvery)
                {
                    await text.FlushAsync(cancellation);
                    flushed = time.GetTimestamp();
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !response.HasStarted)
        {
            response.Clear();
            await ScreenEndpoint.TooLarge(e).ExecuteAsync(httpContext);
        }
        catch (BadHttpRequestException)
        {
            httpContext.Abort();
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The client went away: there is no one to tell.
        }
        finally
        {
            await table.DisposeAsync();
        }
    }
}
