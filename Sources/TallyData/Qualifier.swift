import TallyPrimitives

/// How a source states a number (exact, approximate, a lower bound): the shared definition in
/// TallyPrimitives, named here as the data calls it, so that tables and charts mark it alike.
public typealias Qualifier = FigureQualifier
