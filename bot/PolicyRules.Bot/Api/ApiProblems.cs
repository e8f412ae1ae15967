using PolicyRules.Screening.Variables;

namespace PolicyRules.Bot.Api;

/// <summary>RFC 7807 problems for the REST API; their details are the sentences the CLI prints for the same mistakes.</summary>
internal static class ApiProblems
{
    public static IResult BadRequest(string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title, extensions: extensions);

    /// <summary>
    /// The mistakes, each in <c>errors</c> (at most <see cref="InvalidInputException.MaximumListed"/>, with <c>unlisted</c>
    /// counting the rest) and all in <c>detail</c> as the CLI prints them.
    /// </summary>
    public static IResult InvalidInput(InvalidInputException exception, string locale)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["errors"] = exception.Errors.Select(e => new ApiInputError(e.Variable, e.Message(locale))).ToArray(),
        };
        if (exception.Unlisted > 0)
        {
            extensions["unlisted"] = exception.Unlisted;
        }

        return BadRequest("Invalid input", string.Join(Environment.NewLine, exception.Lines(locale)), extensions);
    }
}

/// <summary>One entry of a problem's <c>errors</c>: the variable (or parameter) and what to do about it.</summary>
internal sealed record ApiInputError(string Variable, string Message);
