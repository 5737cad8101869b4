/// Series colours. The default is Okabe and Ito's colour-blind-safe set (Okabe & Ito 2008,
/// "Color Universal Design"), in an order that keeps neighbours distinguishable; black is
/// left out because text and axes use it, and their sky blue too: beside their blue on one chart
/// the two were hard to tell apart (issue 16). A dark brown (#8C564B, from Tableau 10's set, the
/// colour matplotlib calls tab:brown) takes its place: darker than the orange and the vermillion,
/// and neither blue nor purple.
public enum Palette {
    public static let okabeIto: [Color] = [
        "#0072B2", // blue
        "#D55E00", // vermillion
        "#009E73", // bluish green
        "#E69F00", // orange
        "#CC79A7", // reddish purple
        "#8C564B", // brown (in place of Okabe-Ito's sky blue)
        "#F0E442", // yellow
    ].map { Color(hex: $0)! }
}
