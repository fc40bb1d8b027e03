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

    /// <summary>How many nodes there are.</summary>
    public int NodeCount => _nodeAtoms.Length;

    /// <summary>
    /// Up to <paramref name="max"/> shift vectors, each giving <paramref name="node"/> a non-zero weight
    /// (±1 on every node it touches) and touching only nodes <paramref name="usable"/> allows (those with
    /// a cell beside the one being protected), the smallest first: a sibling atom in the nearest enclosing
    /// node, then farther ones, then (where universes share a total) a path through the grand total.
    /// </summary>
    public IReadOnlyList<(int Node, int Coefficient)[]> Candidates(int node, int max, Func<int, bool> usable)
    {
        var result = new List<(int Node, int Coefficient)[]>();
        var tries = 0;
        bool Add(Dictionary<int, int> weights)
        {
            tries++;
            if (result.Count < max && Vector(weights) is { } v && v.Any(t => t.Node == node) && v.All(t => usable(t.Node)))
            {
                result.Add(v);
            }

            return result.Count < max && tries < MaxTries;
        }

        if (!SharedTotal)
        {
            foreach (var atom in _nodeAtoms[node])
            {
                if (!Add(new() { [atom] = 1 }))
                {
                    break;
                }
            }

            return result;
        }

        var universe = _nodeUniverse[node];
        if (universe == Grand || _nodeAtoms[node].Length == _universeAtoms[universe].Length)
        {
            // The node is a whole universe (the ICB, all persons): one atom of every universe moves.
            var eligible = _universeAtoms.Select(atoms => atoms.Where(a => _nodesOfAtom[a].All(usable)).Take(max).ToArray()).ToArray();
            if (eligible.Where((e, u) => e.Length == 0 && _universeAtoms[u].Length > 0).Any())
            {
                return result;
            }

            for (var i = 0; i < max && Add(OnePerUniverse(eligible, i, except: -1, [])); i++)
            {
            }

            return result;
        }

        var inside = _nodeAtoms[node].Where(a => _nodesOfAtom[a].All(usable)).Take(4).ToArray();
        // Pairs leave room for two paths through the grand total, which succeed where no neighbour has the cell.
        var throughGrand = _universeAtoms.Length > 1 || _grandNode >= 0;
        foreach (var alpha in inside)
        {
            foreach (var beta in NearestOutside(node, alpha))
            {
                if (!Add(new() { [alpha] = 1, [beta] = -1 }) || (throughGrand && result.Count >= max - 2))
                {
                    break;
                }
            }

            if (throughGrand && result.Count >= max - 2)
            {
                break;
            }
        }

        // Through the grand total: this atom and one atom in every other universe all move together.
        if (inside.Length > 0 && throughGrand && result.Count < max)
        {
            var eligible = _universeAtoms.Select(atoms => atoms.Where(a => _nodesOfAtom[a].All(usable)).Take(2).ToArray()).ToArray();
            if (!eligible.Where((e, u) => u != universe && e.Length == 0 && _universeAtoms[u].Length > 0).Any())
            {
                foreach (var alpha in inside)
                {
                    if (!Add(OnePerUniverse(eligible, 0, except: universe, new() { [alpha] = 1 })))
                    {
                        break;
                    }
                }
            }
        }

        return result;
    }

    // Atoms outside the node, nearest first: those sharing its smallest enclosing node, then the next.
    private IEnumerable<int> NearestOutside(int node, int alpha)
    {
        var inside = _nodeAtoms[node];
        var enclosing = _nodesOfAtom[alpha].Where(m => m != node && _nodeAtoms[m].Length > inside.Length && inside.All(a => Array.BinarySearch(_nodeAtoms[m], a) >= 0))
            .OrderBy(m => _nodeAtoms[m].Length).Select(m => _nodeAtoms[m]).Append(_universeAtoms[_atomUniverse[alpha]]);
        var seen = new HashSet<int>(inside);
        foreach (var atoms in enclosing)
        {
            foreach (var beta in atoms.Where(seen.Add))
            {
                yield return beta;
            }
        }
    }

    // One atom of each universe (the i-th eligible, wrapping) weighted 1, so every universe totals 1.
    private static Dictionary<int, int> OnePerUniverse(int[][] eligible, int i, int except, Dictionary<int, int> weights)
    {
        for (var u = 0; u < eligible.Length; u++)
        {
            if (u != except && eligible[u].Length > 0)
            {
                weights[eligible[u][i % eligible[u].Length]] = 1;
            }
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
