namespace HealthGap.Core.Indicators.Engine.Emitters;

/// <summary>Turns one kind of definition node into a SQL fragment over the person alias <c>p</c>.</summary>
internal interface INodeEmitter
{
    Type NodeType { get; }

    string Emit(object node, EmitContext context);
}

/// <summary>Typed base: one emitter per node kind.</summary>
internal abstract class NodeEmitter<T> : INodeEmitter
{
    public Type NodeType => typeof(T);

    public string Emit(object node, EmitContext context) => Emit((T)node, context);

    protected abstract string Emit(T node, EmitContext context);
}
