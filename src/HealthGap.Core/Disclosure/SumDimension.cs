namespace HealthGap.Core.Disclosure;

/// <summary>
/// One dimension of a linked table set (areas, or a breakdown's groups, or periods) described the way
/// its totals really add up: every node is the sum of a set of <em>atoms</em>, the finest pieces of the
/// population (a practice, the part of a place inside one sub-ICB, one IMD decile, one ethnic category).
/// Atoms fall into universes (registration and residence; one universe per breakdown family); when the
/// universes share one total (every area type and every breakdown adds up to the same whole), a node
/// may also be that grand total itself.
/// <para>
/// A shift vector gives each atom a weight and each node the sum of its atoms' weights (the grand node:
/// the common universe total). Any such vector respects every true "parent = sum of children" relation,
/// whichever of them an outsider knows, because every relation is a sum of atoms.
/// <see cref="PatternSuppression"/> multiplies one shift vector per dimension into a pattern of cells that
/// can all move together without changing a single published total.
/// </para>
/// </summary>
internal sealed class SumDimension
{
    /// <summary>The universe of the grand-total node.</summary>
    public const int Grand = -1;

    private readonly int[] _nodeUniverse;
    private readonly int[][] _nodeAtoms;
    private readonly int[][] _nodesOfAtom;
    private readonly int[][] _universeAtoms;
    private readonly int[] _atomUniverse;
    private readonly int _grandNode;

    // Candidate vectors tried per node before giving up (a node's neighbours may all lack the cell).
    private const int MaxTries = 96;

    /// <summary>Creates a dimension.</summary>
    /// <param name="nodes">Per node: its universe (or <see cref="Grand"/>) and its atoms (ignored for the grand node).</param>
    /// <param name="atomUniverse">Per atom: its universe (0 … universes − 1).</param>
    /// <param name="sharedTotal">True when every universe adds up to the same total (areas, breakdowns); false for periods.</param>
    public SumDimension(IReadOnlyList<(int Universe, int[] Atoms)> nodes, int[] atomUniverse, bool sharedTotal)
    {
        SharedTotal = sharedTotal;
        _atomUniverse = atomUniverse;
        _nodeUniverse = [.. nodes.Select(n => n.Universe)];
        _nodeAtoms = [.. nodes.Select(n => n.Universe == Grand ? [] : n.Atoms.Distinct().Order().ToArray())];
        _grandNode = Array.IndexOf(_nodeUniverse, Grand);
        var nodesOfAtom = Enumerable.Range(0, atomUniverse.Length).Select(_ => new List<int>()).ToArray();
        for (var n = 0; n < _nodeAtoms.Length; n++)
        {
            foreach (var atom in _nodeAtoms[n])
            {
                nodesOfAtom[atom].Add(n);
            }
        }

        _nodesOfAtom = [.. nodesOfAtom.Select(l => l.ToArray())];
        var universes = atomUniverse.Length == 0 ? 0 : atomUniverse.Max() + 1;
        _universeAtoms = [.. Enumerable.Range(0, universes).Select(u => Enumerable.Range(0, atomUniverse.Length).Where(a => atomUniverse[a] == u).ToArray())];
    }

    /// <summary>Whether every universe adds up to one shared total.</summary>
    public bool SharedTotal { get; }

    /// <summary>
    /// True for a node that is a whole universe or the grand total (the ICB, all persons): the figures
    /// most people read, which secondary suppression should touch last.
    /// </summary>
    public bool IsWhole(int node) => _nodeUniverse[node] == Grand || _nodeAtoms[node].Length == _universeAtoms[_nodeUniverse[node]].Length;

    /// <summary>How many nodes there are.</summary>
    public int NodeCount => _nodeAtoms.Length;

    /// <summary>
    /// Up to <paramref name="max"/> shift vectors, each giving <paramref name="node"/> a non-zero weight
    /// (±1 on every node it touches) and touching only nodes whose <paramref name="size"/> is not negative
    /// (those with a cell beside the one being protected), the smallest first, preferring atoms whose
    /// cells beside it hold the largest counts (which can move, so the pattern has slack): a sibling atom in the nearest enclosing
    /// node, then farther ones, then (where universes share a total) a path through the grand total.
    /// Produced lazily: a caller that finds what it needs early stops the search.
    /// </summary>
    public IEnumerable<(int Node, int Coefficient)[]> Candidates(int node, int max, Func<int, long> size)
    {
        bool usable(int n) => size(n) >= 0;
        if (!SharedTotal)
        {
            // One atom alone (a year, and every pool holding it), or two atoms of one enclosing node (two
            // years of a pool), which leaves that node unchanged.
            var singles = _nodeAtoms[node].Select(a => new Dictionary<int, int> { [a] = 1 });
            var within = _nodeAtoms[node].SelectMany(alpha => NearestOutside(node, alpha, size, wholeUniverse: false)
                .Select(beta => new Dictionary<int, int> { [alpha] = 1, [beta] = -1 }));
            return Valid(singles.Concat(within), node, max, usable);
        }

        var universe = _nodeUniverse[node];
        if (universe == Grand || _nodeAtoms[node].Length == _universeAtoms[universe].Length)
        {
            // The node is a whole universe (the ICB, all persons): one atom of every universe moves.
            var eligible = new Lazy<int[][]>(() => Eligible(size, max));
            return Valid(Range(max).Select(i => OnePerUniverse(eligible.Value, i, except: -1, [])), node, max, usable);
        }

        var inside = Preferring(_nodeAtoms[node].Where(a => _nodesOfAtom[a].All(usable)), size).Take(4).ToArray();
        var pairs = inside.SelectMany(alpha => NearestOutside(node, alpha, size, wholeUniverse: true).Select(beta => new Dictionary<int, int> { [alpha] = 1, [beta] = -1 }));
        if (_universeAtoms.Length == 1 && _grandNode < 0)
        {
            return Valid(pairs, node, max, usable);
        }

        // Pairs leave room for paths through the grand total, which succeed where no neighbour has the cell.
        var first = new Lazy<int[][]>(() => Eligible(size, 1));
        var throughGrand = inside.Select(alpha => OnePerUniverse(first.Value, 0, except: universe, new() { [alpha] = 1 }));
        return Valid(pairs, node, max - 2, usable).Concat(Valid(throughGrand, node, 2, usable));
    }

    private static IEnumerable<int> Range(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return i;
        }
    }

    // The proposals that are valid vectors touching the node and only usable nodes, at most max of them.
    private IEnumerable<(int Node, int Coefficient)[]> Valid(IEnumerable<Dictionary<int, int>> proposals, int node, int max, Func<int, bool> usable)
    {
        int produced = 0, tries = 0;
        foreach (var weights in proposals)
        {
            if (produced >= max || ++tries > MaxTries)
            {
                yield break;
            }

            if (Vector(weights) is { } v && v.Any(t => t.Node == node) && v.All(t => usable(t.Node)))
            {
                produced++;
                yield return v;
            }
        }
    }

    // Per universe, the first atoms every node of which is usable (empty when a universe has none).
    private int[][] Eligible(Func<int, long> size, int max) =>
        [.. _universeAtoms.Select(atoms => Preferring(atoms.Where(a => _nodesOfAtom[a].All(n => size(n) >= 0)), size).Take(max).ToArray())];

    // Atoms whose every node holds a count above 0 first, then the rest, each in their own order.
    private IEnumerable<int> Preferring(IEnumerable<int> atoms, Func<int, long> size)
    {
        var later = new List<int>();
        foreach (var atom in atoms)
        {
            if (_nodesOfAtom[atom].All(n => size(n) > 0))
            {
                yield return atom;
            }
            else
            {
                later.Add(atom);
            }
        }

        foreach (var atom in later)
        {
            yield return atom;
        }
    }

    // Atoms outside the node, nearest first (those sharing its smallest enclosing node, then the next,
    // then, when asked, the rest of its universe),
    // skipping any with a node of its own (one not holding alpha) that is not usable.
    private IEnumerable<int> NearestOutside(int node, int alpha, Func<int, long> size, bool wholeUniverse)
    {
        var inside = _nodeAtoms[node];
        var enclosing = _nodesOfAtom[alpha].Where(m => m != node && _nodeAtoms[m].Length > inside.Length && inside.All(a => Array.BinarySearch(_nodeAtoms[m], a) >= 0))
            .OrderBy(m => _nodeAtoms[m].Length).Select(m => _nodeAtoms[m]).Concat(wholeUniverse ? [_universeAtoms[_atomUniverse[alpha]]] : []);
        var seen = new HashSet<int>(inside);
        var ofAlpha = _nodesOfAtom[alpha];
        foreach (var atoms in enclosing)
        {
            var fitting = atoms.Where(seen.Add).Where(beta => _nodesOfAtom[beta].All(m => Array.IndexOf(ofAlpha, m) >= 0 || size(m) >= 0));
            foreach (var beta in Preferring(fitting, size))
            {
                yield return beta;
            }
        }
    }

    // One atom of each universe (the i-th eligible, wrapping) weighted 1, so every universe totals 1.
    // A universe without an eligible atom cannot move: the proposal is then empty (and invalid).
    private Dictionary<int, int> OnePerUniverse(int[][] eligible, int i, int except, Dictionary<int, int> weights)
    {
        for (var u = 0; u < eligible.Length; u++)
        {
            if (u == except || _universeAtoms[u].Length == 0)
            {
                continue;
            }

            if (eligible[u].Length == 0)
            {
                return [];
            }

            weights[eligible[u][i % eligible[u].Length]] = 1;
        }

        return weights;
    }

    // Each node's weight is the sum of its atoms'; the grand node's is the universes' common total.
    private (int Node, int Coefficient)[]? Vector(Dictionary<int, int> weights)
    {
        var coefficients = new Dictionary<int, int>();
        foreach (var (atom, weight) in weights)
        {
            foreach (var n in _nodesOfAtom[atom])
            {
                coefficients[n] = coefficients.GetValueOrDefault(n) + weight;
            }
        }

        if (_grandNode >= 0 && weights.Count > 0)
        {
            var first = weights.Keys.Select(a => _atomUniverse[a]).Min();
            coefficients[_grandNode] = weights.Where(w => _atomUniverse[w.Key] == first).Sum(w => w.Value);
        }

        var vector = coefficients.Where(c => c.Value != 0).OrderBy(c => c.Key).Select(c => (c.Key, c.Value)).ToArray();
        return vector.All(t => Math.Abs(t.Value) == 1) ? vector : null;
    }
}
