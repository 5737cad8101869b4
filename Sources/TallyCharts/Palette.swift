/// Series colours. The default is Okabe and Ito's colour-blind-safe set (Okabe & Ito 2008,
/// "Color Universal Design"), in an order that keeps neighbours distinguishable; black is
/// left out because text and axes use it.
public enum Palette {
    public static let okabeIto: [Color] = [
        "#0072B2", // blue
        "#D55E00", // vermillion
        "#009E73", // bluish green
        "#E69F00", // orange
        "#CC79A7", // reddish purple
        "#56B4E9", // sky blue
        "#F0E442", // yellow
    ].map { Color(hex: $0)! }
}
