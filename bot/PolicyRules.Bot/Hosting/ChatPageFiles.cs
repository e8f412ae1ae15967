using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace PolicyRules.Bot.Hosting;

/// <summary>
/// The chat page's files (wwwroot), compressed and cached. The SDK compresses every file of wwwroot at build time
/// (Brotli and gzip, see the project file; the Web Chat bundle goes from 3.9 MB to about 0.65 MB): a request for
/// <c>x.js</c> from a browser that accepts Brotli is answered with <c>x.js.br</c>, so no request spends CPU on
/// compression. The compressed files are next to the others once published; in a build they live in obj/ and reach
/// the web root through the static web assets manifest (<see cref="BotWebApplication"/>).
/// </summary>
/// <remarks>
/// Browsers keep <c>lib/</c> (the Web Chat bundle) for a year: index.html names the bundle's version in its address
/// (<c>lib/webchat.js?v=…</c>), so a new version is a new address. The page's own files are revalidated on every load
/// (their ETag), so a change shows at once.
/// </remarks>
internal static class ChatPageFiles
{
    public const string LibraryCacheControl = "public, max-age=31536000, immutable";

    public const string PageCacheControl = "no-cache";

    /// <summary>The encodings the build produces, the browser's preference first when it accepts both.</summary>
    private static readonly (string Name, string Extension)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    public static IApplicationBuilder UseChatPageFiles(this IApplicationBuilder app)
    {
        var environment = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>();
        app.UseDefaultFiles();
        app.Use((context, next) =>
        {
            ChooseEncoding(context, environment.WebRootFileProvider, environment.IsDevelopment());
            return next(context);
        });
        return app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = new EncodedContentTypes(),
            OnPrepareResponse = file => file.Context.Response.Headers[HeaderNames.CacheControl] =
                file.Context.Request.Path.StartsWithSegments("/lib", StringComparison.Ordinal) ? LibraryCacheControl : PageCacheControl,
        });
    }

    /// <summary>
    /// Points a GET or HEAD for a file at its compressed copy, when there is one the browser accepts. In development
    /// (<paramref name="editable"/>) a file edited after the build is newer than its copies, which are then skipped.
    /// </summary>
    private static void ChooseEncoding(HttpContext context, IFileProvider webRoot, bool editable)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !request.Path.HasValue)
        {
            return;
        }

        var path = request.Path.Value;
        var original = webRoot.GetFileInfo(path);
        if (!original.Exists || original.IsDirectory)
        {
            return;
        }

        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        foreach (var (name, extension) in Encodings)
        {
            var compressed = webRoot.GetFileInfo(path + extension);
            if (Accepts(accepted, name) && compressed.Exists && !(editable && compressed.LastModified < original.LastModified))
            {
                request.Path = path + extension;
                context.Response.Headers[HeaderNames.ContentEncoding] = name;
                return;
            }
        }
    }

    private static bool Accepts(IList<StringWithQualityHeaderValue> accepted, string encoding) =>
        accepted.Any(value => (StringSegment.Equals(value.Value, encoding, StringComparison.OrdinalIgnoreCase) || value.Value == "*") && value.Quality is not 0);

    /// <summary>The type of <c>x.js.br</c> is that of <c>x.js</c>.</summary>
    private sealed class EncodedContentTypes : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider _types = new();

        public bool TryGetContentType(string subpath, out string contentType)
        {
            foreach (var (_, extension) in Encodings)
            {
                if (subpath.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    return _types.TryGetContentType(subpath[..^extension.Length], out contentType!);
                }
            }

            return _types.TryGetContentType(subpath, out contentType!);
        }
    }
}
