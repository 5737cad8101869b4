/// Path arithmetic on plain strings ("/" separated), so the data layer needs no NSString.
public enum FilePath {
    /// Everything before the last "/" ("" for a bare name, "/" for a root file).
    public static func directory(of path: String) -> String {
        guard let i = path.lastIndex(of: "/") else { return "" }
        return i == path.startIndex ? "/" : String(path[..<i])
    }

    /// The part after the last "/".
    public static func lastComponent(_ path: String) -> String {
        guard let i = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: i)...])
    }

    /// `base` and `name` joined by one "/"; `name` alone when `base` is empty or `name` is absolute.
    public static func join(_ base: String, _ name: String) -> String {
        if base.isEmpty || name.hasPrefix("/") { return name }
        return base.hasSuffix("/") ? base + name : base + "/" + name
    }

    /// The name without its last extension ("counts.csv" -> "counts").
    public static func deletingExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
