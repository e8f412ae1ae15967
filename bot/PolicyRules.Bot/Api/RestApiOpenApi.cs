using System.Text.Json.Serialization.Metadata;
using Microsoft.OpenApi;

namespace PolicyRules.Bot.Api;

/// <summary>The OpenAPI description of the REST API, served at <c>/openapi/v1.json</c>.</summary>
internal static class RestApiOpenApi
{
    public static IServiceCollection AddRestApiOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "PolicyRules REST API",
                Version = "v1",
                Description = "Eligibility screening for Beijing school-enrolment policies: the same reports as `policyrules evaluate`.",
            };
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            RelaxNullables(schema, context.JsonTypeInfo);
            return Task.CompletedTask;
        });
    });

    /// <summary>
    /// Positional records make every property "required", but reports leave nulls out (<see cref="Screening.Reports.ReportJson"/>)
    /// and a case may leave out its date and locale: a property that may be null is optional.
    /// </summary>
    private static void RelaxNullables(OpenApiSchema schema, JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || schema.Required is null)
        {
            return;
        }

        foreach (var property in type.Properties.Where(p => p.IsGetNullable))
        {
            schema.Required.Remove(property.Name);
        }
    }
}
