using System.Collections.Concurrent;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Engine;

/// <summary>
/// Cross-submission facts for the portfolio rules, computed once for the whole portfolio: near-duplicate campaigns of
/// the same brand (6101), one EIN on several brands (711), and how many campaigns each brand has.
/// </summary>
/// <remarks>
/// <para>Duplicates: each campaign's description, message flow and samples become a set of word 3-shingles after
/// normalisation (see <see cref="CampaignFingerprint"/>). Submissions with identical shingle sets and identical
/// brand keys collapse into one cluster first, so a thousand copies cost one comparison. Each cluster then gets a
/// 64-hash MinHash signature cut into 16 bands of 4 rows; a band's key is hashed together with a brand key (legal
/// name, website host, brand ID), so only campaigns of the same company or website can meet in a bucket. Pairs that
/// share a bucket are confirmed with the exact Jaccard similarity of their shingle sets (at least
/// <see cref="DuplicateThreshold"/>). With 16×4 bands a pair at 0.85 becomes a candidate with probability above
/// 0.9999, one at 0.3 with about 0.12. Work is linear in the portfolio apart from the confirmed pairs; the hashing
/// runs in parallel.</para>
/// <para>Submissions that carry the same campaign ID are the same campaign and never duplicates of each other.</para>
/// </remarks>
public sealed class PortfolioIndex
{
    /// <summary>Jaccard similarity of the normalised shingle sets from which two campaigns count as duplicates.</summary>
    public const double DuplicateThreshold = 0.85;

    // A bucket larger than this compares each member with the next ones only, so one huge template family stays linear.
    private const int BucketWindow = 256;

    // Groups of this many distinct campaigns or fewer are compared pair by pair, without MinHash.
    private const int DirectCompare = 4;

    private readonly PortfolioView[] _views;

    private PortfolioIndex(PortfolioView[] views) => _views = views;

    public int Count => _views.Length;

    public PortfolioView For(int index) => _views[index];

    public static PortfolioIndex Build(IReadOnlyList<Submission> submissions)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var n = submissions.Count;
        var items = new Item[n];
        ForRange(n, i => items[i] = Item.Of(i, submissions[i]));

        var duplicates = FindDuplicates(items);
        var sameEin = SameEin(items);
        var brandCampaigns = BrandCampaigns(items);

        var views = new PortfolioView[n];
        ForRange(n, i =>
        {
            var (dupList, dupTotal) = duplicates(i);
            var (einList, einTotal) = sameEin(i);
            var (campaignList, campaignCount) = brandCampaigns(i);
            views[i] = new PortfolioView
            {
                Size = n,
                DuplicateCampaigns = dupList,
                DuplicateCampaignTotal = dupTotal,
                SameEinBrands = einList,
                SameEinBrandTotal = einTotal,
                BrandCampaignCount = campaignCount,
                OtherBrandCampaigns = campaignList,
            };
        });
        return new PortfolioIndex(views);
    }

    private delegate (IReadOnlyList<PortfolioMatch> Listed, int Total) Lookup(int index);

    // ---- 6101: near-duplicate campaigns ----

    private static Lookup FindDuplicates(Item[] items)
    {
        // 1. Identical fingerprints (same text after normalisation, same brand keys) form one cluster.
        var clusterOf = new int[items.Length];
        var clusters = new List<List<int>>();
        var byExact = new Dictionary<ulong, int>();
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Shingles.Length == 0)
            {
                clusterOf[i] = -1;
                continue;
            }
            if (!byExact.TryGetValue(items[i].ExactHash, out var c))
            {
                c = clusters.Count;
                byExact.Add(items[i].ExactHash, c);
                clusters.Add([]);
            }
            clusters[c].Add(i);
            clusterOf[i] = c;
        }
        var reps = clusters.Select(m => items[m[0]]).ToArray();

        // 2. Clusters by brand key; only clusters that share a brand key with another can be duplicates.
        var byGroup = new Dictionary<ulong, List<int>>();
        for (var c = 0; c < reps.Length; c++)
        {
            foreach (var g in reps[c].Groups)
            {
                if (!byGroup.TryGetValue(g, out var list)) byGroup[g] = list = [];
                list.Add(c);
            }
        }
        var groups = byGroup.Values.Where(l => l.Count > 1).ToArray();

        // 3. MinHash band keys (in parallel) for clusters in groups too big to compare pair by pair.
        var bandKeys = new ulong[reps.Length][];
        var needsKeys = new bool[reps.Length];
        foreach (var g in groups)
            if (g.Count > DirectCompare) foreach (var c in g) needsKeys[c] = true;
        ForRange(reps.Length, c =>
        {
            if (needsKeys[c]) bandKeys[c] = CampaignFingerprint.BandKeys(reps[c].Shingles);
        });

        // 4. Candidate pairs per group, in parallel: every pair in a small group, pairs sharing a band bucket in a large one.
        var pairs = new List<ulong>();
        if (groups.Length > 0)
        {
            Parallel.ForEach(
                Partitioner.Create(0, groups.Length),
                () => new List<ulong>(),
                (range, _, local) =>
                {
                    for (var i = range.Item1; i < range.Item2; i++) Candidates(groups[i], bandKeys, local);
                    return local;
                },
                local =>
                {
                    lock (pairs) pairs.AddRange(local);
                });
        }
        pairs.Sort();

        // 5. Confirm each distinct pair with the exact Jaccard similarity.
        var distinct = new List<ulong>(pairs.Count);
        foreach (var p in pairs)
            if (distinct.Count == 0 || distinct[^1] != p) distinct.Add(p);
        var similarity = new double[distinct.Count];
        ForRange(distinct.Count, i =>
        {
            var x = reps[(int)(distinct[i] >> 32)];
            var y = reps[(int)(uint)distinct[i]];
            similarity[i] = SameBrand(x, y) ? Similar(x.Shingles, y.Shingles) : 0;
        });
        var linked = new List<(int Cluster, double Similarity)>?[clusters.Count];
        for (var i = 0; i < distinct.Count; i++)
        {
            if (similarity[i] < DuplicateThreshold) continue;
            int x = (int)(distinct[i] >> 32), y = (int)(uint)distinct[i];
            (linked[x] ??= []).Add((y, similarity[i]));
            (linked[y] ??= []).Add((x, similarity[i]));
        }

        // Campaign IDs per cluster, to leave out submissions of the same campaign.
        var idCounts = new Dictionary<string, int>?[clusters.Count];
        for (var c = 0; c < clusters.Count; c++)
        {
            if (clusters[c].Count < 2) continue;
            foreach (var m in clusters[c])
            {
                if (items[m].CampaignId is not { } id) continue;
                var d = idCounts[c] ??= new Dictionary<string, int>(StringComparer.Ordinal);
                d[id] = d.GetValueOrDefault(id) + 1;
            }
        }

        return i =>
        {
            var own = clusterOf[i];
            if (own < 0) return ([], 0);
            var me = items[i];
            var found = new List<(int Index, double Similarity)>();
            var count = 0;
            Add(own, 1.0);
            if (linked[own] is { } others)
                foreach (var (c, s) in others) Add(c, s);
            if (count == 0) return ([], 0);
            var listed = found
                .OrderByDescending(f => f.Similarity).ThenBy(f => f.Index)
                .Select(f => items[f.Index].Match(Math.Round(f.Similarity, 3)))
                .ToArray();
            return (listed, count);

            void Add(int cluster, double s)
            {
                var members = clusters[cluster];
                var sameId = me.CampaignId is { } id ? CountId(cluster, id) : cluster == own ? 1 : 0;
                count += members.Count - sameId;
                foreach (var m in members)
                {
                    if (found.Count >= PortfolioView.MaxListed) break;
                    if (m == i || (me.CampaignId is not null && me.CampaignId == items[m].CampaignId)) continue;
                    found.Add((m, s));
                }
            }
        };

        int CountId(int cluster, string id) =>
            idCounts[cluster] is { } d ? d.GetValueOrDefault(id)
            : items[clusters[cluster][0]].CampaignId == id ? 1 : 0;
    }

    private static void Candidates(List<int> group, ulong[][] bandKeys, List<ulong> pairs)
    {
        if (group.Count <= DirectCompare)
        {
            for (var a = 0; a < group.Count; a++)
                for (var b = a + 1; b < group.Count; b++) pairs.Add(Pair(group[a], group[b]));
            return;
        }
        var keys = new ulong[group.Count * CampaignFingerprint.Bands];
        var owners = new int[keys.Length];
        var k = 0;
        foreach (var c in group)
        {
            foreach (var key in bandKeys[c])
            {
                keys[k] = key;
                owners[k++] = c;
            }
        }
        Array.Sort(keys, owners);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            for (var a = start; a < end - 1; a++)
            {
                var last = Math.Min(end, a + 1 + BucketWindow);
                for (var b = a + 1; b < last; b++)
                    if (owners[a] != owners[b]) pairs.Add(Pair(owners[a], owners[b]));
            }
            start = end;
        }
    }

    private static ulong Pair(int x, int y) => x < y ? ((ulong)x << 32) | (uint)y : ((ulong)y << 32) | (uint)x;

    private static double Similar(uint[] x, uint[] y)
    {
        // Jaccard cannot exceed the ratio of the set sizes: skip the merge when that already rules the pair out.
        var small = Math.Min(x.Length, y.Length);
        var large = Math.Max(x.Length, y.Length);
        if (small < DuplicateThreshold * large) return 0;
        return CampaignFingerprint.Jaccard(x, y);
    }

    private static bool SameBrand(Item x, Item y) =>
        (x.CompanyKey.Length > 0 && x.CompanyKey == y.CompanyKey)
        || (x.WebsiteKey.Length > 0 && x.WebsiteKey == y.WebsiteKey)
        || (x.BrandIdKey.Length > 0 && x.BrandIdKey == y.BrandIdKey)
        || (x.Anonymous && y.Anonymous);

    // ---- 711: one EIN, several brands ----

    private static Lookup SameEin(Item[] items)
    {
        // EIN -> the distinct legal names registered with it, each with its first submission, in input order.
        var byEin = new Dictionary<string, List<(string Name, int First)>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.EinDigits is not { } ein || item.LegalKey.Length == 0 || item.SoleProprietor) continue;
            if (!byEin.TryGetValue(ein, out var names)) byEin[ein] = names = [];
            if (!names.Exists(n => n.Name == item.LegalKey)) names.Add((item.LegalKey, item.Index));
        }
        return i =>
        {
            var me = items[i];
            if (me.EinDigits is not { } ein || me.LegalKey.Length == 0 || me.SoleProprietor
                || !byEin.TryGetValue(ein, out var names) || names.Count < 2)
                return ([], 0);
            var others = names.Where(n => n.Name != me.LegalKey).ToArray();
            return (others.Take(PortfolioView.MaxListed).Select(n => items[n.First].Match(1.0)).ToArray(), others.Length);
        };
    }

    // ---- campaigns per brand (sole-proprietor limit, 100-campaign limit) ----

    private static Lookup BrandCampaigns(Item[] items)
    {
        var byBrand = new Dictionary<string, BrandGroup>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.BrandKey is not { } brand) continue;
            if (!byBrand.TryGetValue(brand, out var group)) byBrand[brand] = group = new BrandGroup();
            if (group.Campaigns.Add(item.CampaignKey) && group.Head.Count <= PortfolioView.MaxListed) group.Head.Add(item.Index);
        }
        // Most submissions see the same first campaigns of their brand: one shared list per brand.
        foreach (var group in byBrand.Values)
            group.Shared = group.Head.Take(PortfolioView.MaxListed).Select(f => items[f].Match(1.0)).ToArray();
        return i =>
        {
            var me = items[i];
            if (me.BrandKey is not { } brand) return ([], 0);
            var group = byBrand[brand];
            if (group.Campaigns.Count == 1) return ([], 1);
            if (!group.Head.Exists(f => items[f].CampaignKey == me.CampaignKey)) return (group.Shared, group.Campaigns.Count);
            var listed = group.Head.Where(f => items[f].CampaignKey != me.CampaignKey).Take(PortfolioView.MaxListed).Select(f => items[f].Match(1.0)).ToArray();
            return (listed, group.Campaigns.Count);
        };
    }

    private sealed class BrandGroup
    {
        public HashSet<string> Campaigns { get; } = new(StringComparer.Ordinal);

        /// <summary>The first submission of each of the brand's first campaigns, one more than a list shows.</summary>
        public List<int> Head { get; } = [];

        public PortfolioMatch[] Shared { get; set; } = [];
    }

    private static void ForRange(int count, Action<int> body)
    {
        if (count < 256)
        {
            for (var i = 0; i < count; i++) body(i);
            return;
        }
        Parallel.ForEach(Partitioner.Create(0, count, Math.Max(256, count / (Environment.ProcessorCount * 8))), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++) body(i);
        });
    }

    /// <summary>What the index needs to know about one submission.</summary>
    private sealed class Item
    {
        public required int Index { get; init; }
        public required string Source { get; init; }
        public required string? CampaignId { get; init; }
        public required string? BrandName { get; init; }
        public required bool SoleProprietor { get; init; }

        /// <summary>The legal name's comparison key (a sole proprietor's own name when there is no legal name).</summary>
        public required string CompanyKey { get; init; }

        /// <summary>The comparison key of the legal company name alone; "" when none is given.</summary>
        public required string LegalKey { get; init; }

        public required string WebsiteKey { get; init; }
        public required string BrandIdKey { get; init; }
        public required string? EinDigits { get; init; }
        public required string? BrandKey { get; init; }
        public required string CampaignKey { get; init; }
        public required uint[] Shingles { get; init; }
        public required ulong ExactHash { get; init; }

        /// <summary>Hashes of the brand keys a duplicate may share with this one.</summary>
        public required ulong[] Groups { get; init; }

        public bool Anonymous => CompanyKey.Length == 0 && WebsiteKey.Length == 0 && BrandIdKey.Length == 0;

        public PortfolioMatch Match(double similarity) => new(Source, CampaignId, BrandName, similarity);

        public static Item Of(int index, Submission s)
        {
            var b = s.Brand;
            var sole = b.IsSoleProprietor;
            var person = $"{b.FirstName} {b.LastName}";
            var legal = LegalNames.Key(b.CompanyName);
            var company = legal;
            if (company.Length == 0) company = LegalNames.Key(sole ? person : b.DisplayName);
            if (company.Length == 0) company = LegalNames.Key(b.DisplayName);
            var website = Host(b.Website);
            var brandId = Clean(b.BrandId ?? s.Campaign.BrandId)?.ToUpperInvariant() ?? "";
            var ein = Digits(b.Ein);
            var campaignId = Clean(s.Campaign.CampaignId);
            var shingles = CampaignFingerprint.Shingles(s);

            var groups = new List<ulong>(3);
            if (company.Length > 0) groups.Add(CampaignFingerprint.Hash("company\u0001" + company));
            if (website.Length > 0) groups.Add(CampaignFingerprint.Hash("website\u0001" + website));
            if (brandId.Length > 0) groups.Add(CampaignFingerprint.Hash("brand\u0001" + brandId));
            if (groups.Count == 0) groups.Add(CampaignFingerprint.Hash("anonymous\u0001"));

            return new Item
            {
                Index = index,
                Source = s.Source.Length > 0 ? s.Source : $"#{index + 1}",
                CampaignId = campaignId,
                BrandName = Clean(b.DisplayName) ?? Clean(b.CompanyName) ?? Clean(person),
                SoleProprietor = sole,
                CompanyKey = company,
                LegalKey = legal,
                WebsiteKey = website,
                BrandIdKey = brandId,
                EinDigits = ein.Length >= 5 ? ein : null,
                BrandKey = BrandIdentity(brandId, ein, company, website, sole, b),
                CampaignKey = campaignId is { } id ? "id\u0001" + id : "#\u0001" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Shingles = shingles,
                ExactHash = CampaignFingerprint.SetHash(shingles, CampaignFingerprint.Hash($"{company}\u0001{website}\u0001{brandId}")),
                Groups = groups.ToArray(),
            };
        }

        // Which brand a campaign belongs to: the registry's brand ID when given, otherwise what identifies it.
        private static string? BrandIdentity(string brandId, string ein, string company, string website, bool sole, Brand b)
        {
            if (brandId.Length > 0) return "id\u0001" + brandId;
            if (sole)
            {
                var contact = Digits(b.MobilePhone) is { Length: > 0 } m ? m : (b.Email ?? "").Trim().ToLowerInvariant();
                return company.Length > 0 || contact.Length > 0 ? $"sp\u0001{company}\u0001{contact}" : null;
            }
            if (ein.Length >= 5) return $"ein\u0001{ein}\u0001{company}";
            return company.Length > 0 || website.Length > 0 ? $"name\u0001{company}\u0001{website}" : null;
        }
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Digits(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        return string.Concat(s.Where(char.IsAsciiDigit));
    }

    /// <summary>The host of a web address without scheme, "www." or port, lower-cased: "brightsmiledental.com".</summary>
    internal static string Host(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return "";
        var s = url.Trim().ToLowerInvariant();
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) s = s[(scheme + 3)..];
        var end = s.IndexOfAny(['/', '?', '#', ':']);
        if (end >= 0) s = s[..end];
        if (s.StartsWith("www.", StringComparison.Ordinal)) s = s[4..];
        return s.TrimEnd('.');
    }
}
