using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PolicyRules.Search.Documents;

namespace PolicyRules.Search.Index;

/// <summary>
/// The clauses of a documents folder in an SQLite file, with an FTS5 index using the trigram tokenizer, which finds any
/// phrase of three characters or more inside Chinese text without a word segmenter. Shorter phrases (五证) are found by
/// <c>instr</c> over the same text. The file records a fingerprint of the folder (names, sizes and times of its .txt
/// files, and <see cref="Version"/>); a file whose fingerprint differs is rebuilt, into a new file moved into place, so
/// a reader never sees half an index.
/// </summary>
internal sealed class ClauseIndex
{
    /// <summary>Raise it when documents are split differently, so that indexes built before are rebuilt.</summary>
    private const int Version = 1;

    private readonly string _connectionString;

    private ClauseIndex(string file, string fingerprint)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        Fingerprint = fingerprint;
        using var connection = Open();
        using var statistics = Command(connection, "SELECT count(*), coalesce(avg(length(text)), 0) FROM clauses");
        using var reader = statistics.ExecuteReader();
        reader.Read();
        ClauseCount = reader.GetInt32(0);
        AverageLength = reader.GetDouble(1);
    }

    public string Fingerprint { get; }

    public int ClauseCount { get; }

    public double AverageLength { get; }

    /// <summary>The .txt files of <paramref name="folder"/>, by name; a <see cref="DocumentsFolderException"/> when there are none.</summary>
    public static IReadOnlyList<FileInfo> DocumentFiles(string folder)
    {
        var directory = new DirectoryInfo(folder);
        if (!directory.Exists)
        {
            throw new DocumentsFolderException($"The policy documents folder {directory.FullName} does not exist.");
        }

        var files = directory.GetFiles("*.txt").OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
        return files.Length > 0 ? files : throw new DocumentsFolderException($"The policy documents folder {directory.FullName} holds no .txt file.");
    }

    public static string FingerprintOf(IReadOnlyList<FileInfo> files)
    {
        var text = string.Join("\n", files.Select(f => $"{f.Name}\t{f.Length}\t{f.LastWriteTimeUtc.Ticks}").Prepend($"v{Version}"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The index in <paramref name="file"/> when it was built from files with <paramref name="fingerprint"/>; otherwise null.</summary>
    public static ClauseIndex? TryOpen(string file, string fingerprint)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = Command(connection, "SELECT value FROM meta WHERE key = 'fingerprint'");
            return command.ExecuteScalar() as string == fingerprint ? new ClauseIndex(file, fingerprint) : null;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    public static ClauseIndex Build(string file, IReadOnlyList<FileInfo> files, string fingerprint)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var building = $"{file}.{Guid.NewGuid():N}.tmp";
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString()))
        {
            connection.Open();
            Execute(connection, """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE documents (id INTEGER PRIMARY KEY, number TEXT NOT NULL, title TEXT NOT NULL, file TEXT NOT NULL);
                CREATE TABLE clauses (id INTEGER PRIMARY KEY, document INTEGER NOT NULL REFERENCES documents (id), path TEXT NOT NULL, text TEXT NOT NULL);
                CREATE VIRTUAL TABLE clause_text USING fts5 (text, content = 'clauses', content_rowid = 'id', tokenize = 'trigram');
                """);
            using var transaction = connection.BeginTransaction();
            using var document = Command(connection, "INSERT INTO documents (number, title, file) VALUES ($number, $title, $file) RETURNING id", transaction);
            using var clause = Command(connection, "INSERT INTO clauses (document, path, text) VALUES ($document, $path, $text)", transaction);
            foreach (var read in files.SelectMany(f => GazetteReader.Read(f.FullName)))
            {
                document.Parameters.Clear();
                document.Parameters.AddWithValue("$number", read.Number);
                document.Parameters.AddWithValue("$title", read.Title);
                document.Parameters.AddWithValue("$file", read.File);
                var id = (long)document.ExecuteScalar()!;
                foreach (var (path, text) in read.Clauses)
                {
                    clause.Parameters.Clear();
                    clause.Parameters.AddWithValue("$document", id);
                    clause.Parameters.AddWithValue("$path", path);
                    clause.Parameters.AddWithValue("$text", text);
                    clause.ExecuteNonQuery();
                }
            }

            using var rebuild = Command(connection, "INSERT INTO clause_text (clause_text) VALUES ('rebuild')", transaction);
            rebuild.ExecuteNonQuery();
            using var meta = Command(connection, "INSERT INTO meta (key, value) VALUES ('fingerprint', $fingerprint)", transaction);
            meta.Parameters.AddWithValue("$fingerprint", fingerprint);
            meta.ExecuteNonQuery();
            transaction.Commit();
        }

        File.Move(building, file, overwrite: true);
        return new ClauseIndex(file, fingerprint);
    }

    /// <summary>The clauses whose text holds <paramref name="phrase"/>, letter case aside.</summary>
    public IReadOnlySet<long> Containing(string phrase)
    {
        using var connection = Open();
        using var command = phrase.Length >= 3
            ? Command(connection, "SELECT rowid FROM clause_text WHERE clause_text MATCH $phrase")
            : Command(connection, "SELECT id FROM clauses WHERE instr(lower(text), lower($phrase)) > 0");
        // An FTS5 phrase is a quoted string, its quotes doubled.
        command.Parameters.AddWithValue("$phrase", phrase.Length >= 3 ? $"\"{phrase.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : phrase);
        using var reader = command.ExecuteReader();
        var ids = new HashSet<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    public IReadOnlyList<IndexedClause> Fetch(IEnumerable<long> ids)
    {
        using var connection = Open();
        using var command = Command(connection, """
            SELECT c.id, d.number, d.title, c.path, c.text
            FROM clauses c JOIN documents d ON d.id = c.document
            WHERE c.id IN (SELECT value FROM json_each($ids))
            ORDER BY c.id
            """);
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        using var reader = command.ExecuteReader();
        var clauses = new List<IndexedClause>();
        while (reader.Read())
        {
            clauses.Add(new IndexedClause(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }

        return clauses;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = Command(connection, sql);
        command.ExecuteNonQuery();
    }
}
