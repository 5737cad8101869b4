/// A statistic, or the reason it could not be computed ("needs at least 3 observations").
public enum Computed<Value: Sendable>: Sendable {
    case value(Value)
    case unavailable(String)

    public var value: Value? {
        if case .value(let v) = self { return v }
        return nil
    }

    public var reason: String? {
        if case .unavailable(let r) = self { return r }
        return nil
    }
}

extension Computed: Equatable where Value: Equatable {}
