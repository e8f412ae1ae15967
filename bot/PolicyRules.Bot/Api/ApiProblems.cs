using PolicyRules.Screening.Variables;

namespace PolicyRules.Bot.Api;

/// <summary>RFC 7807 problems for the REST API; their details are the sentences the CLI prints for the same mistakes.</summary>
internal static class ApiProblems
{
    public static IResult BadRequest(string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title, extensions: extensions);

    public static IResult InvalidInput(InvalidInputException exception, string locale) => BadRequest(
        "Invalid input",
        string.Join(Environment.NewLine, exception.Errors.Select(e => $"{e.Variable}: {e.Message(locale)}")),
        new Dictionary<string, object?>
        {
            ["errors"] = exception.Errors.Select(e => new ApiInputError(e.Variable, e.Message(locale))).ToArray(),
        });
}

/// <summary>One entry of a problem's <c>errors</c>: the variable (or parameter) and what to do about it.</summary>
internal sealed record ApiInputError(string Variable, string Message);
