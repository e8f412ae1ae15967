using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PolicyRules.Localization;

namespace PolicyRules.Bot.Staff;

/// <summary>
/// The one-time notice as an A4 PDF, laid out with PDFsharp in the fonts of <see cref="StaffOptions"/>: the title, the
/// basis, then each program's decision and sections, the right to review and the lines to sign. Chinese has no spaces
/// to break lines at, so a Chinese line breaks at any character, an English one at its last space.
/// </summary>
internal sealed class NoticePdf
{
    private const double Margin = 56.7; // 20 mm, in points
    private const double BulletIndent = 14;

    private readonly PdfDocument _document = new();
    private readonly NoticeFont _title;
    private readonly NoticeFont _heading;
    private readonly NoticeFont _bold;
    private readonly NoticeFont _body;
    private readonly NoticeFont _small;
    private readonly bool _english;
    private XGraphics _graphics = null!;
    private double _y;

    private NoticePdf(StaffOptions fonts, string locale)
    {
        _title = NoticeFont.Create(fonts.PdfFontFile, fonts.PdfLatinFontFile, 18, bold: true);
        _heading = NoticeFont.Create(fonts.PdfFontFile, fonts.PdfLatinFontFile, 12.5, bold: true);
        _bold = NoticeFont.Create(fonts.PdfFontFile, fonts.PdfLatinFontFile, 10.5, bold: true);
        _body = NoticeFont.Create(fonts.PdfFontFile, fonts.PdfLatinFontFile, 10.5);
        _small = NoticeFont.Create(fonts.PdfFontFile, fonts.PdfLatinFontFile, 8.5);
        _english = Locales.IsEnglish(locale);
    }

    private double Width => _graphics.PageSize.Width - (2 * Margin);

    private double Bottom => _graphics.PageSize.Height - Margin;

    public static byte[] Render(OneTimeNotice notice, StaffOptions fonts)
    {
        var pdf = new NoticePdf(fonts, notice.Locale);
        pdf._document.Info.Title = notice.Title;
        pdf.NewPage();
        pdf.Write(notice);
        using var stream = new MemoryStream();
        pdf._document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private void Write(OneTimeNotice notice)
    {
        Paragraph(notice.Title, _title, centered: true);
        Paragraph($"{notice.Basis.Document} {notice.Basis.Clause}", _small, centered: true);
        _y += 6;
        Paragraph(notice.Intro, _body);
        foreach (var line in notice.Facts)
        {
            Paragraph(line.Text, _body);
        }

        foreach (var program in notice.Programs)
        {
            Rule();
            Paragraph(program.Title + (_english ? ": " : "：") + program.Decision, _heading);
            foreach (var section in program.Sections)
            {
                List(section);
            }
        }

        if (notice.NotApplicable is { } outside)
        {
            Rule();
            List(outside);
        }

        Rule();
        if (notice.Review is { } review)
        {
            Item(review, _bold);
        }

        Paragraph(notice.Disclaimer, _body);
        _y += 14;
        foreach (var blank in notice.Blanks)
        {
            Paragraph(blank + new string('_', 24), _body);
            _y += 6;
        }
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
    }

    private void Rule()
    {
        _y += 8;
        Reserve(6);
        _graphics.DrawLine(XPens.Gray, Margin, _y, Margin + Width, _y);
        _y += 6;
    }

    private void List(NoticeSection section)
    {
        _y += 3;
        Paragraph(section.Heading, _bold);
        foreach (var line in section.Lines)
        {
            Item(line, _body);
        }
    }

    /// <summary>A list item: a bullet, the text, and its clause in parentheses.</summary>
    private void Item(NoticeLine line, NoticeFont font)
    {
        var clause = line.Citation is null ? string.Empty : $"{line.Citation.Document} {line.Citation.Clause}";
        var text = clause.Length == 0 ? line.Text : _english ? $"{line.Text} ({clause})" : $"{line.Text}（{clause}）";
        Paragraph(text, font, indent: BulletIndent, bullet: "•");
    }

    private void Paragraph(string text, NoticeFont font, bool centered = false, double indent = 0, string? bullet = null)
    {
        var first = true;
        foreach (var line in Lines(text, font, Width - indent))
        {
            Reserve(font.LineHeight);
            var x = centered ? Margin + ((Width - font.Measure(_graphics, line)) / 2) : Margin + indent;
            if (first && bullet is not null)
            {
                font.Draw(_graphics, bullet, XBrushes.Black, Margin + indent - 10, _y);
            }

            font.Draw(_graphics, line, XBrushes.Black, x, _y);
            _y += font.LineHeight;
            first = false;
        }
    }

    private void Reserve(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    /// <summary>The text broken into lines no wider than <paramref name="width"/>: English at its last space, Chinese at any character.</summary>
    private IEnumerable<string> Lines(string text, NoticeFont font, double width)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = start + 1;
            while (end < text.Length && font.Measure(_graphics, text[start..(end + 1)]) <= width)
            {
                end++;
            }

            if (_english && end < text.Length)
            {
                var space = text.LastIndexOf(' ', end - 1, end - start);
                if (space > start)
                {
                    end = space + 1;
                }
            }

            yield return text[start..end].TrimEnd();
            start = end;
        }
    }
}
