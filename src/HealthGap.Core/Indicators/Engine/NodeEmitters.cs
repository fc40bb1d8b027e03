using HealthGap.Core.Indicators.Engine.Emitters;

namespace HealthGap.Core.Indicators.Engine;

/// <summary>
/// The registry of emitters: exactly one per node kind. A test fails if a criterion or count kind has
/// no emitter or no golden SQL test.
/// </summary>
internal sealed class NodeEmitters
{
    private readonly Dictionary<Type, INodeEmitter> _byType;

    public NodeEmitters()
    {
        INodeEmitter[] all =
        [
            new RegisteredEmitter(), new AgeEmitter(), new FlagEmitter(), new OnRegisterEmitter(), new HasEventEmitter(),
            new LatestValueEmitter(), new DiedEmitter(), new AllOfEmitter(), new AnyOfEmitter(), new NotEmitter(),
            new PersonCountEmitter(), new EventCountEmitter(), new TumourCountEmitter(), new SpellProcedureEmitter(),
            new PersonYearsEmitter(), new DeathCountEmitter(),
        ];
        _byType = all.ToDictionary(e => e.NodeType);
    }

    public IReadOnlyCollection<Type> NodeTypes => _byType.Keys;

    public string Emit(object node, EmitContext context) =>
        _byType.TryGetValue(node.GetType(), out var emitter)
            ? emitter.Emit(node, context)
            : throw new InvalidOperationException($"no SQL emitter for node kind {node.GetType().Name}.");
}
