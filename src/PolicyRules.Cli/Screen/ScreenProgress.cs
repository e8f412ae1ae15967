using System.Globalization;
using PolicyRules.Localization;

namespace PolicyRules.Cli.Screen;

/// <summary>
/// The progress line of a long list on a terminal's stderr, redrawn at most twice a second: rows done, rows per
/// second and, when the list is a file of known size, the time left (from the share of its bytes read).
/// </summary>
internal sealed class ScreenProgress(TextWriter stderr, TimeProvider time, string locale, CountingStream? file)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly long _started = time.GetTimestamp();
    private TimeSpan _shown = TimeSpan.Zero;
    private long _rows;

    public void Report(long rows)
    {
        _rows = rows;
        var elapsed = time.GetElapsedTime(_started);
        if (elapsed - _shown >= Interval)
        {
            _shown = elapsed;
            stderr.Write($"\r{Line(elapsed)}   ");
        }
    }

    public void Finish() => stderr.WriteLine($"\r{Line(time.GetElapsedTime(_started))}   ");

    private string Line(TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? _rows / elapsed.TotalSeconds : 0;
        var left = file is { BytesRead: > 0 } f && f.BytesRead < f.Length
            ? TimeSpan.FromSeconds(Math.Round(elapsed.TotalSeconds * (f.Length - f.BytesRead) / f.BytesRead))
            : (TimeSpan?)null;
        var english = Locales.IsEnglish(locale);
        var done = string.Format(CultureInfo.InvariantCulture, english ? "{0:N0} rows screened, {1:N0} rows/s" : "已筛查 {0:N0} 行，每秒 {1:N0} 行", _rows, rate);
        return left is not { } remaining ? done
            : done + string.Format(CultureInfo.InvariantCulture, english ? ", about {0:hh\\:mm\\:ss} left" : "，约剩 {0:hh\\:mm\\:ss}", remaining);
    }
}
