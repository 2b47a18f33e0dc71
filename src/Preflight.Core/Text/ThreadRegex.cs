using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>
/// Each thread's own instance of every source-generated pattern. A <see cref="Regex"/> keeps one matcher for reuse and
/// hands it from call to call; when two threads call the same instance, that matcher and the field holding it move
/// between the cores on every call, and often a new matcher is built. The rules make a few hundred pattern calls per
/// submission, so a portfolio judged on two cores lost much of its second core to this. A source-generated pattern is
/// its own sealed type with a parameterless constructor, so a thread's instance is the same pattern with the same
/// options and timeout: it matches exactly as the shared one. Patterns built at run time are returned as they are.
/// </summary>
/// <remarks>
/// The table is per thread and only ever holds instances of the generated types (a fixed set), so it stays small and
/// needs no lock; it changes no result, only which instance does the matching.
/// </remarks>
internal static class ThreadRegex
{
    [ThreadStatic] private static Table? t_table;

    /// <summary>This thread's instance of the pattern <paramref name="regex"/> is an instance of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Regex Local(Regex regex)
    {
        var type = regex.GetType();
        if (type == typeof(Regex)) return regex;
        var table = t_table ??= new Table();
        var entries = table.Entries;
        var mask = entries.Length - 1;
        for (var i = Slot(type, mask); ; i = (i + 1) & mask)
        {
            var entry = entries[i];
            if (ReferenceEquals(entry.Type, type)) return entry.Regex;
            if (entry.Type is null) return table.Add(type, i);
        }
    }

    private static int Slot(Type type, int mask) => (int)((ulong)type.TypeHandle.Value >> 4) & mask;

    private readonly record struct Entry(Type? Type, Regex Regex);

    private sealed class Table
    {
        public Entry[] Entries = new Entry[512];
        private int _count;

        public Regex Add(Type type, int slot)
        {
            var regex = (Regex)Activator.CreateInstance(type, nonPublic: true)!;
            Entries[slot] = new Entry(type, regex);
            if (++_count * 2 > Entries.Length) Grow();
            return regex;
        }

        private void Grow()
        {
            var old = Entries;
            Entries = new Entry[old.Length * 2];
            var mask = Entries.Length - 1;
            foreach (var e in old)
            {
                if (e.Type is null) continue;
                var i = Slot(e.Type, mask);
                while (Entries[i].Type is not null) i = (i + 1) & mask;
                Entries[i] = e;
            }
        }
    }
}
